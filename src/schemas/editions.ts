/**
 * `content/editions/<name>.yaml`: one local edition of the handbook (a county's or city's). Build it
 * with `EDITION=<name> npm run build`. Read only by `src/lib/edition.ts`, outside Astro's content
 * collections, because the edition also sets the site title in astro.config.mjs.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/calendar-date.ts';
import { stripBidiControls } from '../lib/text-safety.ts';

/**
 * Text pasted into an edition: trimmed, limited, and without the invisible characters that change
 * the direction of the text after them (src/lib/text-safety.ts).
 */
const text = (what: string, max = 200) =>
	z
		.string({ error: `Write ${what} as text.` })
		.trim()
		.min(1, { error: `Write ${what}; it is empty.` })
		.max(max, { error: `Shorten ${what} to ${max} characters or fewer.` })
		.transform(stripBidiControls);

const phone = z
	.string({ error: 'Write the phone number as text in quotes, like "555-0100".' })
	.regex(/^\+?[0-9][0-9 ().-]{6,20}$/, {
		error: 'Write a phone number with digits, spaces, dashes or dots only, like "555-0100".',
	});

const email = z.email({ error: 'Write a full email address, like "clerk@example.org".' });

const date = z
	.string({ error: 'Write the date in quotes as YYYY-MM-DD, like "2026-11-01".' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, like "2026-11-01".' })
	.refine((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || isCalendarDate(date), {
		error: 'This day does not exist: check the month and the day.',
	});

/** One official readers contact, shown on their role's page, its scripts and its leave-behind. */
const editionOfficialSchema = z.strictObject({
	/** The official's name, e.g. "Dana Example". */
	name: text('the official’s name', 80),
	/** Their title, e.g. "Sheriff" or "Commissioner, District 2". */
	title: text('the official’s title', 80),
	/** Their office phone, e.g. "555-0100". Optional. */
	phone: phone.optional(),
	/** Their office email. Optional. */
	email: email.optional(),
	/** Their office's street address. Optional. */
	office: text('the office address').optional(),
	/** When and where their public meetings happen, e.g. "Tuesdays at 6 pm, County Building". Optional. */
	meetings: text('the meeting schedule').optional(),
	/** How a member of the public signs up to speak or comment at those meetings. Optional. */
	comment: text('how to sign up to comment', 300).optional(),
});

/** A local group or hotline readers may need: rapid response, legal aid, the organizing group. */
const editionHotlineSchema = z.strictObject({
	/** Its name, e.g. "Sample County Rapid Response". */
	name: text('the group or hotline’s name', 100),
	/** Its phone number. */
	phone,
	/** What to call it for, in a few words, e.g. "Report ICE activity". */
	for: text('what to call it for', 120),
});

export const editionSchema = z.strictObject({
	/** The edition's name, shown in the site title, e.g. "Sample County". */
	name: text('the edition’s name', 60),
	/** Where the edition is for. */
	place: z.strictObject(
		{
			/** The state's page id from content/states/, e.g. "california" or "new-york". */
			state: z
				.string({
					error: 'Write the state as its file name in content/states/, like "new-york".',
				})
				.max(40, {
					error: 'Write the state as its file name in content/states/, like "new-york".',
				}),
			/** The county's name as it is usually written, e.g. "Sample County". */
			county: text('the county', 80),
			/** The city, when the edition is for one city. Optional. */
			city: text('the city', 80).optional(),
		},
		{ error: 'Add "place" with "state", "county" and optionally "city".' },
	),
	/** Officials by role: keys are role ids from content/roles/ (e.g. "sheriff"), values lists of officials. */
	officials: z.record(z.string().max(40), z.array(editionOfficialSchema).max(50)).default({}),
	/** Local groups and hotlines, shown on the home page and the leave-behinds. Default: none. */
	hotlines: z.array(editionHotlineSchema).max(30).default([]),
	/** The group handing out leave-behinds: its name and how to reach it, printed on each. */
	group: z.strictObject(
		{
			/** The group's name. */
			name: text('the group’s name', 100),
			/** How to reach it: a phone, email or web address, written as it should be printed. */
			contact: text('how to reach the group', 120),
		},
		{ error: 'Add "group" with "name" and "contact" for the leave-behinds.' },
	),
	/** Values filled into scripts: keys are placeholder tokens like "[COUNTY]"; a reader's own text wins. */
	defaults: z
		.record(
			z.string().regex(/^\[[A-Z][A-Z0-9 '’/-]{0,60}\]$/, {
				error: 'Write each key as a script placeholder in square brackets, like "[COUNTY]".',
			}),
			text('the default value', 120),
		)
		.default({}),
	/** The day someone last checked every name, phone and email above against an official source. */
	contactsChecked: date,
});

/** An edition file as written. */
export type EditionInput = z.input<typeof editionSchema>;
/** An edition after validation. */
export type Edition = z.output<typeof editionSchema>;
/** One official in an edition. */
export type EditionOfficial = z.output<typeof editionOfficialSchema>;

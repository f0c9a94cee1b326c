/**
 * `content/editions/<name>.yaml`: one local edition of the handbook (a county's or city's). Build it
 * with `EDITION=<name> npm run build`. Read only by `src/lib/edition.ts`, outside Astro's content
 * collections, because the edition also sets the site title in astro.config.mjs.
 */
import { z } from 'astro/zod';
import { officialStances } from './vocabulary';
import { isCalendarDate } from './calendar-date.ts';
import { stripBidiControls } from './bidi-controls.ts';

/**
 * Text pasted into an edition: trimmed, limited, and without the invisible characters that change
 * the direction of the text after them (bidi-controls.ts).
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

/** A web address a reader may open: http or https only, so no script or data URL gets in. */
const webAddress = z.url({
	protocol: /^https?$/,
	error: 'Write the full web address, starting with https://.',
});

/** An official's public position on one ask, with where and when they said it. */
const editionPositionSchema = z.strictObject({
	/** What the position is on, e.g. "Ending the jail's 287(g) agreement". */
	on: text('what the position is on', 160),
	/** supports, opposes, undecided or no-answer (asked, and gave none). */
	stance: z.enum(officialStances, { error: `Use one of: ${officialStances.join(', ')}.` }),
	/** The day they said it (or were asked), YYYY-MM-DD. */
	date,
	/** Where they said it: a public record, a recording, a news story. */
	source: webAddress,
});

/** When an official's public meetings repeat, so readers can add them to a calendar. */
const editionMeetingDatesSchema = z.strictObject({
	/** The first meeting to list, YYYY-MM-DD. */
	first: date,
	/** The start time, 24-hour HH:MM, local time, e.g. "18:00". */
	time: z
		.string({ error: 'Write the time in quotes as HH:MM, 24-hour, like "18:00".' })
		.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
			error: 'Write the time in quotes as HH:MM, 24-hour, like "18:00".',
		}),
	/** How long a meeting usually lasts, in minutes. Default 120. */
	minutes: z.number().int().min(15).max(720).default(120),
	/** weekly or monthly. */
	repeats: z.enum(['weekly', 'monthly'], { error: 'Use weekly or monthly.' }),
	/** The days: for monthly, the week and day like 2TU (second Tuesday) or -1FR (last Friday); for weekly, MO to SU. */
	on: z
		.array(
			z.string().regex(/^(?:-?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)$/, {
				error: 'Write each day like TU (weekly) or 2TU, 4TU, -1FR (monthly).',
			}),
		)
		.min(1, { error: 'Name at least one day, like [2TU, 4TU].' }),
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
	/** The meetings' dates for the edition's calendar (`/calendar.ics`). Optional. */
	meetingDates: editionMeetingDatesSchema.optional(),
	/** What the official has said in public on the asks, newest first, each with its date and source. Default: none. */
	positions: z.array(editionPositionSchema).max(20).default([]),
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
/** One public position of an official. */
export type EditionPosition = z.output<typeof editionPositionSchema>;
/** One official in an edition. */
export type EditionOfficial = z.output<typeof editionOfficialSchema>;

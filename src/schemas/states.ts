/**
 * `content/states/<state-name>.yaml`: what one state's law (or DC's) says about local cooperation
 * with ICE. Each gets a page at `/states/<state-name>/`. A law is shown only once someone has
 * compared it with its source: an entry without `reviewed` says "not yet reviewed" and lists no
 * laws. Read by `src/lib/handbook.ts`.
 */
import { z } from 'astro/zod';
import { recordsDeadlineKinds, stateLawKinds, stateLawStatuses } from './vocabulary';
import {
	citationsSchema,
	isoDateSchema,
	partialDateSchema,
	textSchema,
	translatedFromSchema,
} from './shared';

/** A two-letter USPS state code in capitals, e.g. `TX`. */
const stateCodeSchema = z
	.string({ error: 'Write the two-letter postal code in capitals, like TX.' })
	.regex(/^[A-Z]{2}$/, { error: 'Write the two-letter postal code in capitals, like TX.' });

/** One state law (or an attorney general's directive with the force of law, or a court ruling). */
const stateLawSchema = z.strictObject({
	/** The name readers and officials use, e.g. "Senate Bill 8 (2025)". */
	name: textSchema(3, 120),
	/** Where the law is written today, e.g. "Texas Government Code, chapter 753". */
	citation: textSchema(3, 160),
	/** What it does: one or more of requires-287g, requires-detainers, bans-sanctuary-policies, limits-cooperation, bans-287g, model-policy-or-explain (see `stateLawKinds`). */
	kinds: z
		.array(z.enum(stateLawKinds, { error: `Use one of: ${stateLawKinds.join(', ')}.` }))
		.min(1, { error: `Name at least one kind: ${stateLawKinds.join(', ')}.` }),
	/** When it was signed or adopted: YYYY, YYYY-MM or YYYY-MM-DD. */
	enacted: partialDateSchema,
	/** When it took (or takes) effect, YYYY-MM-DD; a date after the build shows as "takes effect". Leave out when you could not confirm it: the page then says so. */
	effective: isoDateSchema.optional(),
	/** The date by which officials must comply, when the law sets one apart from `effective` (YYYY-MM-DD); shown on the state's calendar. Leave out when there is none or it is not confirmed. */
	complianceBy: isoDateSchema.optional(),
	/** Where it stands: in-force, partly-blocked, blocked or repealed. Default in-force. */
	status: z
		.enum(stateLawStatuses, { error: `Use one of: ${stateLawStatuses.join(', ')}.` })
		.default('in-force'),
	/** In plain words: what it requires or forbids, of whom, by when, and what happens to those who do not comply. */
	summary: textSchema(40, 800),
	/** The statute, bill text, court opinion or official page itself: ids from content/sources/. */
	sources: citationsSchema,
});

/**
 * A state's public-records law (open records, freedom of information, right to know): what a
 * resident cites to ask a sheriff or county for records, how long the agency has to answer, how to
 * appeal, and what it may cost. Shown on the state page under `#public-records` and used by the
 * request tracker at `/records/` to compute a due date. Leave it out until someone has read the
 * statute itself: the page then says "not yet reviewed".
 */
const publicRecordsSchema = z.strictObject({
	/** The law's name, e.g. "Texas Public Information Act". */
	name: textSchema(3, 120),
	/** Where it is written, e.g. "Texas Government Code, chapter 552". */
	citation: textSchema(3, 160),
	/** How the response deadline is counted: business-days, calendar-days or none (no fixed number of days). */
	deadlineKind: z.enum(recordsDeadlineKinds, {
		error: `Use one of: ${recordsDeadlineKinds.join(', ')}.`,
	}),
	/** The number of days the agency has to answer (produce the records, or say when it will), counted as `deadlineKind` says; leave out when `deadlineKind` is none. */
	deadlineDays: z
		.number({ error: 'Write the number of days as a whole number, like 10.' })
		.int({ error: 'Write the number of days as a whole number, like 10.' })
		.min(1, { error: 'A deadline is at least 1 day.' })
		.max(90, { error: 'Check the statute: no state gives more than 90 days.' })
		.optional(),
	/** In plain words: what the deadline requires and any extension the law allows, e.g. "The agency must send the records or say when it will, within 10 business days." */
	deadline: textSchema(20, 400),
	/** In plain words: how to appeal a denial or a late answer (to whom, by when). */
	appeal: textSchema(20, 500),
	/** In plain words: what the agency may charge (copies, staff time) and whether fees can be waived. */
	fees: textSchema(20, 400),
	/** The statute itself, or an official guide (attorney general, state open-records office): ids from content/sources/. */
	sources: citationsSchema,
	/** The day someone compared this section with the statute: YYYY-MM-DD. */
	reviewed: isoDateSchema,
});

export const stateSchema = z
	.strictObject({
		/** The state's name, e.g. "New Mexico" or "District of Columbia". */
		name: textSchema(4, 40),
		/** The two-letter postal code, e.g. `NM`. ICE's list and local editions use it. */
		code: stateCodeSchema,
		/** The two-digit Census FIPS code, e.g. "35"; county codes in this state start with it. */
		fips: z
			.string({ error: 'Write the two-digit FIPS code in quotes, like "35".' })
			.regex(/^\d{2}$/, { error: 'Write the two-digit FIPS code in quotes, like "35".' }),
		/** What the state's law means for a volunteer there, in one to three sentences. Required once reviewed. */
		summary: textSchema(40, 500).optional(),
		/** The state's laws on local cooperation with ICE, most important first. Empty when there are none. */
		laws: z.array(stateLawSchema).default([]),
		/** The day someone compared every law on this page (and the absence of others) with the sources. Leave out until then. */
		reviewed: isoDateSchema.optional(),
		/** What the review covered or could not settle, for readers and the next reviewer. */
		reviewNote: textSchema(20, 600).optional(),
		/** The state's public-records law, once checked against the statute; leave out until then (the page says "not yet reviewed"). */
		publicRecords: publicRecordsSchema.optional(),
		/** Corrections and new laws on this page, newest first, for the "what changed" feeds: each a day and one or two sentences. */
		changes: z
			.array(
				z.strictObject({
					/** The day the page changed, YYYY-MM-DD. */
					date: isoDateSchema,
					/** What changed, in plain words, e.g. "Corrected: Georgia law makes agencies apply for 287(g) each year." */
					what: textSchema(20, 300),
				}),
			)
			.default([]),
		/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
		translatedFrom: translatedFromSchema,
	})
	.superRefine((state, ctx) => {
		const records = state.publicRecords;
		if (
			records !== undefined &&
			(records.deadlineKind === 'none') !== (records.deadlineDays === undefined)
		)
			ctx.addIssue({
				code: 'custom',
				path: ['publicRecords', 'deadlineDays'],
				message:
					records.deadlineKind === 'none'
						? 'Leave out deadlineDays when deadlineKind is none.'
						: `Give deadlineDays: the number of ${records.deadlineKind.replace('-', ' ')} the statute allows.`,
			});
		if (state.reviewed === undefined && state.laws.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['laws'],
				message:
					'A law may be listed only after it was checked against its source: add reviewed: YYYY-MM-DD, or remove the law.',
			});
		if (state.reviewed !== undefined && state.summary === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['summary'],
				message:
					'A reviewed state needs a summary: say in plain words what its law means for a volunteer.',
			});
	});

/** A state as written in YAML. */
export type StateInput = z.input<typeof stateSchema>;
/** A state after validation. */
export type State = z.output<typeof stateSchema>;
/** A state's public-records law after validation. */
export type PublicRecordsLaw = z.output<typeof publicRecordsSchema>;
/** One state law after validation. */
export type StateLaw = z.output<typeof stateLawSchema>;

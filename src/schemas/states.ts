/**
 * `content/states/<state-name>.yaml`: what one state's law (or DC's) says about local cooperation
 * with ICE. Each gets a page at `/states/<state-name>/`. A law is shown only once someone has
 * compared it with its source: an entry without `reviewed` says "not yet reviewed" and lists no
 * laws. Read by `src/lib/handbook.ts`.
 */
import { z } from 'astro/zod';
import { stateLawKinds, stateLawStatuses } from './vocabulary';
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
/** One state law after validation. */
export type StateLaw = z.output<typeof stateLawSchema>;

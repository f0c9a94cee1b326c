/**
 * Building blocks shared by the collection schemas. Each collection schema in this folder is
 * composed from these, so a rule (what a slug looks like, how a date is written, what a citation
 * list needs) is written once and explained once.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { stateCautionEffects, stateLawKinds } from './vocabulary';
import { isCalendarDate } from './calendar-date.ts';

/** A public id: lowercase words joined by hyphens, e.g. `detainers-are-requests`. Ids become URLs. */
export const slugSchema = z
	.string({ error: requiredText('lowercase words joined by hyphens') })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'Use lowercase words joined by hyphens, like "detainers-are-requests".',
	})
	.max(80, { error: 'Keep the id under 80 characters.' });

/**
 * YAML reads `2025-07-18` as a date and `2014` as a number; turn both back into the text the author
 * wrote, so dates print exactly as written and one rule checks them.
 */
function yamlValueToText(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number') return String(value);
	return value;
}

/** A calendar date written YYYY-MM-DD, e.g. `2025-07-18`. Kept as text so it prints as written. */
export const isoDateSchema = z.preprocess(
	yamlValueToText,
	z.iso.date({ error: 'Write the date as YYYY-MM-DD, like 2025-07-18.' }),
);

/** A date as precise as the source gives it: `2014`, `2014-10` or `2014-03-04`. */
export const partialDateSchema = z.preprocess(
	yamlValueToText,
	z
		.string()
		.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
			error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, like 2014-03-04.',
		})
		.refine((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || isCalendarDate(date), {
			error: 'This day does not exist: check the month and the day.',
		}),
);

/** The message for a missing or mistyped field: missing fields get "add it", others "write text". */
function requiredText(what = 'text') {
	return (issue: { input?: unknown }) =>
		issue.input === undefined ? 'This field is missing: add it.' : `Write this as ${what}.`;
}

/** The message for a missing or mistyped list: `what` says what each item holds. */
export function requiredList(what: string) {
	return (issue: { input?: unknown }) =>
		issue.input === undefined
			? `This field is missing: add a list, ${what}.`
			: `Write this as a list, ${what}.`;
}

/** One line of plain text between `min` and `max` characters, trimmed. */
export function textSchema(min: number, max: number) {
	return z
		.string({ error: requiredText() })
		.trim()
		.min(min, { error: `Write at least ${min} characters.` })
		.max(max, { error: `Keep this under ${max} characters: split it or cut words.` });
}

/** The sources behind a claim: at least one id of a file in `content/sources/`. */
export const citationsSchema = z
	.array(reference('sources'), {
		error: (issue) =>
			issue.input === undefined
				? 'This field is missing: cite at least one source, like sources: [galarza-v-szalczyk-2014].'
				: 'List the sources as ids of files in content/sources/, like [galarza-v-szalczyk-2014].',
	})
	.min(1, {
		error:
			'Cite at least one source: add the id of a file in content/sources/, like galarza-v-szalczyk-2014.',
	});

/** The officials an entry is meant for: at least one id of a file in `content/roles/`. */
export const roleRefListSchema = z
	.array(reference('roles'), {
		error: (issue) =>
			issue.input === undefined
				? 'This field is missing: name the officials it suits, like roles: [sheriff].'
				: 'List the roles as ids of files in content/roles/, like [sheriff, county-commission].',
	})
	.min(1, { error: 'Name at least one role from content/roles/, like sheriff.' });

/** The single official an entry is written for: the id of a file in `content/roles/`. */
export const roleRefSchema = reference('roles');

/**
 * Where an ask, talking point or script does not fit a state's law, and what to say there instead.
 * It matches a state by the kinds of law it has (`lawKinds`) or by its postal code (`states`).
 * Role, ask, script and state pages show the note wherever it matters.
 */
const stateCautionSchema = z
	.strictObject({
		/** Kinds of state law where this caution holds, e.g. [requires-287g]; see `stateLawKinds`. */
		lawKinds: z
			.array(z.enum(stateLawKinds, { error: `Use one of: ${stateLawKinds.join(', ')}.` }))
			.default([]),
		/** Postal codes of states where it holds for a reason no law kind captures, e.g. [TX]. */
		states: z
			.array(z.string().regex(/^[A-Z]{2}$/, { error: 'Write a two-letter postal code, like TX.' }))
			.default([]),
		/** `does-not-apply` (asking for it there asks an official to break state law) or `caution`. */
		effect: z.enum(stateCautionEffects, {
			error: `Use one of: ${stateCautionEffects.join(', ')}.`,
		}),
		/** What the reader in such a state needs to know, in one to three plain sentences. */
		note: textSchema(30, 500),
		/** Asks that do work there: ids from content/model-asks/. */
		instead: z.array(reference('model-asks')).default([]),
	})
	.refine((c) => c.lawKinds.length > 0 || c.states.length > 0, {
		error: 'Say where the caution holds: add lawKinds: [requires-287g] or states: [TX].',
	});

/** An entry's state cautions; empty when it fits every state. */
export const stateCautionsSchema = z.array(stateCautionSchema).default([]);

/**
 * Where an ask, talking point or script fits only some states: those whose law has one of
 * `lawKinds` in force, or whose postal code is in `states`. Leave out when it fits everywhere (the
 * usual case). Used for asks and scripts written for state law: compliance with a state law that
 * limits cooperation (Washington, California), or what is still allowed where state law requires
 * 287(g) (Texas, Florida, Georgia). National pages show such an entry with a note naming where it
 * fits; per-state pages offer it only there (`src/lib/state-law.ts`).
 */
export const onlyWhereSchema = z
	.strictObject({
		/** Kinds of state law in force where this fits, e.g. [limits-cooperation, bans-287g]. */
		lawKinds: z
			.array(z.enum(stateLawKinds, { error: `Use one of: ${stateLawKinds.join(', ')}.` }))
			.default([]),
		/** Postal codes of states where it fits for a reason no law kind captures, e.g. [WA]. */
		states: z
			.array(z.string().regex(/^[A-Z]{2}$/, { error: 'Write a two-letter postal code, like WA.' }))
			.default([]),
	})
	.refine((w) => w.lawKinds.length > 0 || w.states.length > 0, {
		error: 'Say where it fits: add lawKinds: [limits-cooperation] or states: [WA].',
	})
	.optional();

/** Where an entry fits, after validation; undefined means everywhere. */
export type OnlyWhere = z.output<typeof onlyWhereSchema>;

/** A state caution after validation. */
export type StateCaution = z.output<typeof stateCautionSchema>;

/**
 * On a translation only (`content/<collection>/es/`): the first 12 hex digits of the SHA-256 of the
 * English file when it was translated (`sha256sum content/states/texas.yaml | cut -c1-12`). The
 * build compares it with the English file now to list translations that are out of date. English
 * files never carry it; `src/lib/handbook.ts` checks both rules.
 */
export const translatedFromSchema = z
	.string({ error: 'Write the first 12 hex digits of the SHA-256 of the English file, in quotes.' })
	.regex(/^[0-9a-f]{12}$/, {
		error:
			"Write 12 lowercase hex digits in quotes, like '3f9a0c12b4de': run sha256sum <English file> | cut -c1-12.",
	})
	.optional();

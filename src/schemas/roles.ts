/**
 * `content/roles/<id>.yaml`: one kind of official a reader contacts. Each role gets a generated
 * page at `/roles/<id>/`. Read by `src/lib/handbook.ts` and the role pages in
 * `pages/[...lang]/roles/`.
 */
import { z } from 'astro/zod';
import { citationsSchema, requiredList, textSchema, translatedFromSchema } from './shared';

/** Someone else who can move this official, and how. */
const influencerSchema = z.strictObject({
	/** Who it is, e.g. "County attorney". */
	who: textSchema(3, 80),
	/** What they can do to push the official, in one sentence. */
	how: textSchema(10, 240),
});

export const roleSchema = z.strictObject({
	/** The page title, e.g. "Sheriff" or "City council, mayor and police chief". */
	title: textSchema(3, 60),
	/** A short label for the sidebar and buttons, e.g. "Sheriff". */
	label: textSchema(3, 30),
	/** Position in the sidebar and the home page list, lowest first. */
	order: z.number().int().min(1),
	/** Other names readers use for this official, e.g. ["congressman", "senator"]. Shown under the title; search finds them. */
	otherNames: z.array(textSchema(2, 60)).default([]),
	/** Level of government: `county`, `city`, `state` or `federal`. */
	level: z.enum(['county', 'city', 'state', 'federal']),
	/** One or two sentences for the page description and link previews. */
	summary: textSchema(40, 240),
	/** Who this official is, in a short paragraph: how they get the job and who they answer to. */
	intro: textSchema(80, 700),
	/** What this official decides about cooperation with ICE, one item per line. */
	controls: z
		.array(textSchema(10, 200), { error: requiredList('one line per decision') })
		.min(1, { error: 'List at least one decision.' }),
	/** People around this official who can push them (at least one). */
	influencers: z
		.array(influencerSchema, { error: requiredList('a who and a how for each person') })
		.min(1, { error: 'Name at least one person who can push this official.' }),
	/** The sources behind the facts in `intro` and `controls`: ids from content/sources/. */
	sources: citationsSchema,
	/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
	translatedFrom: translatedFromSchema,
});

/** A role as written in YAML. */
export type RoleInput = z.input<typeof roleSchema>;
/** A role after validation. */
export type Role = z.output<typeof roleSchema>;

/**
 * `content/talking-points/<id>.yaml`: one argument, made once and reused. The file name is its id,
 * so two points cannot share one; each point has a canonical page at `/talking-points/<id>/` and an
 * anchor `#<id>` on every role page that shows it. Read by `src/lib/handbook.ts`.
 */
import { z } from 'astro/zod';
import { talkingPointCategories } from './vocabulary';
import {
	citationsSchema,
	isoDateSchema,
	roleRefListSchema,
	slugSchema,
	textSchema,
	stateCautionsSchema,
	translatedFromSchema,
} from './shared';

export const talkingPointSchema = z.strictObject({
	/** A short headline that names the point, e.g. "Detainers are requests, not orders". */
	title: textSchema(10, 80),
	/** The claim in one sentence the listener should remember. Also the link-preview text. */
	claim: textSchema(20, 200),
	/** The evidence: a number, a place, a time, or a ruling, in one to three sentences. */
	evidence: textSchema(40, 600),
	/** A line to say out loud on a call or at a meeting, in plain words. */
	say: textSchema(20, 280),
	/** The argument family: legal, cost, public-safety, civil-rights, trust or voluntary. */
	category: z.enum(talkingPointCategories, {
		error: `Use one of: ${talkingPointCategories.join(', ')}.`,
	}),
	/** The officials this point works on: ids from content/roles/. */
	roles: roleRefListSchema,
	/**
	 * How strong the point is, 1 (weakest) to 5 (strongest). Role pages list a capped number of
	 * points, strongest first, and the printed leave-behind takes the top ones. Default: 3.
	 */
	strength: z
		.number()
		.int()
		.min(1, { error: 'Use a whole number from 1 (weakest) to 5 (strongest).' })
		.max(5, { error: 'Use a whole number from 1 (weakest) to 5 (strongest).' })
		.default(3),
	/** For a rebuttal: the objection it answers, as an official would say it. Leave out otherwise. */
	objection: textSchema(10, 160).optional(),
	/**
	 * Other ways readers ask about the point or officials put the objection, in their own words,
	 * e.g. ["Is it a crime to be undocumented?"]. Shown as "Also asked as" on the point's page, so
	 * search finds it by those words. Default: none.
	 */
	otherNames: z.array(textSchema(5, 120)).default([]),
	/** Where state law makes this wrong or risky, and what to do there instead. Default: none. */
	stateCautions: stateCautionsSchema,
	/** The sources behind the claim and the evidence: ids from content/sources/. */
	sources: citationsSchema,
	/** When someone last checked the point against its sources, YYYY-MM-DD. */
	reviewed: isoDateSchema,
	/**
	 * The point's old file names, after a rename: people have shared links to them, so each becomes a
	 * redirect to this point's page (src/lib/redirects.ts). Default: none.
	 */
	aliases: z.array(slugSchema).default([]),
	/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
	translatedFrom: translatedFromSchema,
});

/** A talking point as written in YAML. */
export type TalkingPointInput = z.input<typeof talkingPointSchema>;
/** A talking point after validation. */
export type TalkingPoint = z.output<typeof talkingPointSchema>;

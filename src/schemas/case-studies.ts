/**
 * `content/case-studies/<id>.mdx`: a place that changed its policy (or a warning from one that did
 * harm). The body tells what happened, what worked and what we learned. Role pages list them
 * under "What has worked". Read by `src/lib/handbook.ts`.
 */
import { z } from 'astro/zod';
import { winKinds } from './vocabulary';
import { citationsSchema, roleRefListSchema, textSchema, translatedFromSchema } from './shared';

export const caseStudySchema = z
	.strictObject({
		/** The page title, e.g. "Santa Clara County stops holding people for ICE". */
		title: textSchema(10, 90),
		/** The place, e.g. "Santa Clara County". */
		jurisdiction: textSchema(3, 80),
		/** Two-letter postal code of the state (DC for Washington, DC). */
		state: z.string().regex(/^[A-Z]{2}$/, { error: 'Use the two-letter postal code, like CA.' }),
		/** The year the change happened. */
		year: z.number().int().min(1990).max(2100),
		/** What changed, in one sentence. Also the link-preview text. */
		changed: textSchema(20, 240),
		/** `win` for a policy that protects people, `warning` for one that shows the harm. */
		outcome: z.enum(['win', 'warning']),
		/** For a win on 287(g) or detainers, what kind (see `winKinds`); `/wins/` lists and filters by it. Leave out for other wins (a city ID, legal help) and for warnings. */
		winKind: z.enum(winKinds, { error: `Use one of: ${winKinds.join(', ')}.` }).optional(),
		/** The officials who made (or could undo) the change: ids from content/roles/. */
		roles: roleRefListSchema,
		/** The sources behind the story: ids from content/sources/. */
		sources: citationsSchema,
		/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
		translatedFrom: translatedFromSchema,
	})
	.refine((study) => study.winKind === undefined || study.outcome === 'win', {
		error: 'Only a win has a winKind: remove winKind, or set outcome: win.',
		path: ['winKind'],
	});

/** A case study's frontmatter as written. */
export type CaseStudyInput = z.input<typeof caseStudySchema>;
/** A case study's frontmatter after validation. */
export type CaseStudy = z.output<typeof caseStudySchema>;

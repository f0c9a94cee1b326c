/**
 * `content/glossary/<id>.yaml`: one term a reader may meet, defined in plain words. All terms
 * appear on `/glossary/` with an anchor each; their other names help search find them.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { textSchema, translatedFromSchema } from './shared';

export const glossarySchema = z.strictObject({
	/** The term as readers see it most often, e.g. "Detainer". */
	term: textSchema(2, 60),
	/** A plain definition in one to three sentences. */
	definition: textSchema(20, 500),
	/** Other names and spellings people use, e.g. ["ICE hold", "immigration hold"]. */
	otherNames: z.array(textSchema(2, 60)).default([]),
	/** Related terms: ids from content/glossary/. */
	seeAlso: z.array(reference('glossary')).default([]),
	/** The handbook page that explains the term at length, as a site path like "/explainers/ice-detainers/". */
	page: z
		.string()
		.regex(/^\/[a-z0-9/-]*\/$/, {
			error: 'Write a site path with slashes at both ends, like "/explainers/ice-detainers/".',
		})
		.optional(),
	/**
	 * The term base for Spanish (English entries only): the approved Spanish rendering and the
	 * renderings to avoid. A content test flags every avoided rendering found in Spanish text.
	 */
	spanish: z
		.strictObject({
			/** The approved Spanish term, e.g. "Orden de retención migratoria". */
			term: textSchema(2, 80),
			/** Lowercase phrases that mislead for this term anywhere in Spanish text, e.g. "orden de detención". */
			avoid: z.array(textSchema(3, 60)).default([]),
		})
		.optional(),
	/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
	translatedFrom: translatedFromSchema,
});

/** A glossary term as written in YAML. */
export type GlossaryTermInput = z.input<typeof glossarySchema>;
/** A glossary term after validation. */
export type GlossaryTerm = z.output<typeof glossarySchema>;

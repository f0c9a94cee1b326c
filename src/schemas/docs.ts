/**
 * Extra frontmatter for Starlight's `docs` collection (`content/docs/`): guides and policy
 * explainers. Explainers must cite sources and carry a review date; `src/lib/handbook.ts` checks
 * that, because the schema cannot see which folder a page is in.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDateSchema, textSchema, translatedFromSchema } from './shared';

export const docsExtensionSchema = z.object({
	/** The page's title, shown as its heading and in the browser tab (Starlight's field, with a length limit). */
	title: textSchema(3, 100),
	/** One or two sentences that stand on their own, for search and link previews (generated pages pass longer summaries). Optional. */
	description: textSchema(1, 1000).optional(),
	/** The officials this page is about: ids from content/roles/. Shown as links and used by search filters. */
	roles: z.array(reference('roles')).default([]),
	/** The sources behind the page: ids from content/sources/. Required for explainers. */
	sources: z.array(reference('sources')).default([]),
	/** Talking points to offer at the end of the page: ids from content/talking-points/. */
	talkingPoints: z.array(reference('talking-points')).default([]),
	/** Asks to offer at the end of the page: ids from content/model-asks/. */
	asks: z.array(reference('model-asks')).default([]),
	/** When someone last checked the page against its sources, YYYY-MM-DD. Required for explainers. */
	reviewed: isoDateSchema.optional(),
	/** Other names for the topic that readers search for, e.g. ["S-Comm"]. Shown under the title. */
	otherNames: z.array(textSchema(2, 80)).max(20).default([]),
	/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
	translatedFrom: translatedFromSchema,
});

/** The extra docs frontmatter after validation. */
export type DocsExtension = z.output<typeof docsExtensionSchema>;

/**
 * `content/sources/<id>.yaml`: one court case, report, law, data set or toolkit that the handbook
 * cites. Every claim points here; `src/lib/handbook.ts` lists them under each page's "Sources".
 */
import { z } from 'astro/zod';
import { sourceKinds } from './vocabulary';
import { reference } from 'astro:content';
import { isoDateSchema, partialDateSchema, textSchema } from './shared';

export const sourceSchema = z.strictObject({
	/** Full title or case name, e.g. "Galarza v. Szalczyk". */
	title: textSchema(3, 200),
	/** Who published it: a court, agency, organization or newspaper. */
	publisher: textSchema(2, 120),
	/** When it was published or decided: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: partialDateSchema,
	/** What it is: one of court-case, report, law, bill, data, toolkit, government, news. */
	kind: z.enum(sourceKinds, {
		error: `Use one of: ${sourceKinds.join(', ')}.`,
	}),
	/** Web address of the source, where one exists. Leave it out rather than guess. */
	url: z
		.url({ protocol: /^https?$/, error: 'Give a full web address starting with https://.' })
		.optional(),
	/** Legal citation for court cases and laws, e.g. "745 F.3d 634 (3d Cir. 2014)". */
	citation: textSchema(3, 120).optional(),
	/** A note for readers: what the source covers, or how we found it when the original is not online. */
	note: textSchema(10, 400).optional(),
	/** The day someone last opened this source and read what the handbook cites it for: YYYY-MM-DD. */
	accessed: isoDateSchema.optional(),
	/**
	 * The toolkit where we found this source, when the handbook has not read the original. Such a
	 * source cannot carry a claim: talking points, asks, roles, state laws and explainers may not list
	 * it in `sources` (the build stops). Cite the `via` source instead, or read the original and drop `via`.
	 */
	via: reference('sources').optional(),
});

/** A source as written in YAML. */
export type SourceInput = z.input<typeof sourceSchema>;
/** A source after validation. */
export type Source = z.output<typeof sourceSchema>;

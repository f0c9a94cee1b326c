/**
 * `content/model-asks/<id>.yaml`: one specific request to one kind of official. Role pages list
 * them under "What to ask for"; call scripts name the asks they carry. Read by `src/lib/handbook.ts`.
 */
import { z } from 'astro/zod';
import {
	citationsSchema,
	roleRefSchema,
	onlyWhereSchema,
	stateCautionsSchema,
	textSchema,
	translatedFromSchema,
} from './shared';

export const modelAskSchema = z.strictObject({
	/** A short headline, e.g. "Require a judicial warrant". */
	title: textSchema(8, 80),
	/** The ask in one sentence, as you would say it to the official. */
	ask: textSchema(20, 240),
	/** The official who can grant it: an id from content/roles/. */
	role: roleRefSchema,
	/** Why it matters, in one to three sentences. */
	why: textSchema(30, 500),
	/** Position on the role page, lowest first: put the most important ask first. */
	order: z.number().int().min(1),
	/** Where state law makes this wrong or risky, and what to do there instead. Default: none. */
	stateCautions: stateCautionsSchema,
	/** Only for asks written for some states' law (see onlyWhereSchema); leave out when it fits everywhere. */
	onlyWhere: onlyWhereSchema,
	/** The sources behind the ask: ids from content/sources/. */
	sources: citationsSchema,
	/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
	translatedFrom: translatedFromSchema,
});

/** A model ask as written in YAML. */
export type ModelAskInput = z.input<typeof modelAskSchema>;
/** A model ask after validation. */
export type ModelAsk = z.output<typeof modelAskSchema>;

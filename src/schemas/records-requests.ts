/**
 * `content/records-requests/<id>.yaml`: one public-records request letter a reader can send to a
 * sheriff, jail or county, with blanks (`[AGENCY]`, `[RECORDS LAW]`, …; see
 * `src/schemas/records-tokens.ts`) that `/records/` fills in on the phone. Spanish twins in `es/`.
 * Read by `src/lib/public-records.ts`.
 */
import { z } from 'astro/zod';
import { recordsTokens, unknownRecordsTokens } from './records-tokens.ts';
import { textSchema, translatedFromSchema } from './shared';

/** Blanks every letter must have: whom it goes to, the law it cites and when to answer. */
const requiredTokens = ['agency', 'records-law', 'response-time', 'your-name'] as const;

export const recordsRequestSchema = z
	.strictObject({
		/** What the request asks for, as the picker lists it, e.g. "287(g) costs and staffing". */
		title: textSchema(5, 70),
		/** What the records show and why they help a campaign, in one or two plain sentences. */
		summary: textSchema(30, 300),
		/** The email's subject line; may use the blanks, e.g. "Public records request: [AGENCY]". */
		subject: textSchema(10, 120),
		/** The letter: paragraphs split by a blank line, a list item per line starting "- ". Uses the blanks, never a name or date of its own. */
		body: textSchema(200, 3000),
		/** Where it sits in the picker: lower first. */
		order: z.number().int().min(0).max(100),
		/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
		translatedFrom: translatedFromSchema,
	})
	.superRefine((letter, ctx) => {
		const text = `${letter.subject}\n${letter.body}`;
		for (const token of unknownRecordsTokens(text))
			ctx.addIssue({
				code: 'custom',
				path: ['body'],
				message: `${token} is not a blank the records page fills. Use one of: ${Object.values(recordsTokens.en).join(', ')} (in Spanish: ${Object.values(recordsTokens.es).join(', ')}).`,
			});
		for (const id of requiredTokens)
			if (
				!letter.body.includes(recordsTokens.en[id]) &&
				!letter.body.includes(recordsTokens.es[id])
			)
				ctx.addIssue({
					code: 'custom',
					path: ['body'],
					message: `The letter needs the blank ${recordsTokens.en[id]} (in Spanish ${recordsTokens.es[id]}).`,
				});
	});

/** A records request letter after validation. */
export type RecordsRequest = z.output<typeof recordsRequestSchema>;

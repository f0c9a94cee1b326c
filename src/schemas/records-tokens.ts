/**
 * The blanks a public-records letter (`content/records-requests/`) may use, in English and Spanish,
 * and the reader's choice each one stands for. Data the records-request schema owns: it checks
 * every letter against this list, so it lives here, beside the schemas (which import nothing from
 * above them); `src/lib/records-letters.ts` fills the blanks with it on the records page. Plain
 * module, safe in the browser.
 */
import { placeholderSource } from './placeholder-pattern.ts';

/** The reader's choices a request letter fills in, each a blank in the template. */
export const recordsFieldIds = [
	'agency',
	'records-law',
	'response-time',
	'start-date',
	'end-date',
	'your-name',
	'your-contact',
] as const;

/** One blank of a records letter. */
export type RecordsFieldId = (typeof recordsFieldIds)[number];

/** The blank each field fills, as a template writes it in each language. */
export const recordsTokens: Readonly<Record<'en' | 'es', Record<RecordsFieldId, string>>> = {
	en: {
		agency: '[AGENCY]',
		'records-law': '[RECORDS LAW]',
		'response-time': '[RESPONSE TIME]',
		'start-date': '[START DATE]',
		'end-date': '[END DATE]',
		'your-name': '[YOUR NAME]',
		'your-contact': '[YOUR CONTACT]',
	},
	es: {
		agency: '[AGENCIA]',
		'records-law': '[LEY DE REGISTROS]',
		'response-time': '[PLAZO DE RESPUESTA]',
		'start-date': '[FECHA INICIAL]',
		'end-date': '[FECHA FINAL]',
		'your-name': '[SU NOMBRE]',
		'your-contact': '[SU CONTACTO]',
	},
};

/** The field a blank stands for (either language), or undefined for a blank no records letter uses. */
export function recordsFieldOf(token: string): RecordsFieldId | undefined {
	for (const tokens of Object.values(recordsTokens))
		for (const id of recordsFieldIds) if (tokens[id] === token) return id;
	return undefined;
}

/** Blanks in `text` that no records field fills: an author's typo, reported by the schema. */
export function unknownRecordsTokens(text: string): string[] {
	const blanks = text.match(new RegExp(placeholderSource, 'g')) ?? [];
	return [...new Set(blanks.filter((t) => recordsFieldOf(t) === undefined))];
}

/**
 * Filling in a public-records request (`content/records-requests/`): the words each blank gets
 * from the reader's choices (agency, state, dates, name). The blanks a template may use, in English
 * and Spanish, are listed in `src/schemas/records-tokens.ts`, beside the schema that checks them.
 * Pure module: the records page's script (`src/client/records-page.ts`) and the tests use it. The
 * result is plain text; the page puts it in with `textContent`.
 */
import { recordsFieldOf, type RecordsFieldId } from '../schemas/records-tokens.ts';
import { stripBidiControls } from './text-safety';

/** The longest agency name kept. */
export const agencyMaxLength = 160;

/** An agency name as a letter and the list of requests keep it: direction controls removed, spaces trimmed, cut to the limit. */
export const cleanAgency = (text: string) =>
	stripBidiControls(text).trim().replace(/\s+/g, ' ').slice(0, agencyMaxLength);

/** One blank of a records letter (the blanks are listed beside the schema that checks them). */
export type { RecordsFieldId };

/** `text` with each blank whose field has a non-empty value replaced by it; other blanks stay. */
export function fillRecordsLetter(
	text: string,
	values: Partial<Record<RecordsFieldId, string>>,
): string {
	return text.replace(/\[[^\]\n]+\]/g, (token) => {
		const id = recordsFieldOf(token);
		const value = id === undefined ? undefined : values[id]?.trim();
		return value ? value : token;
	});
}

/** A state's public-records law, as the records page passes it to the browser. */
export interface RecordsLawFacts {
	/** The state's name in the page's language, e.g. "Texas". */
	stateName: string;
	/** The law's name, once reviewed, e.g. "Texas Public Information Act". */
	lawName?: string | undefined;
	/** Where it is written, once reviewed, e.g. "Texas Government Code, chapter 552". */
	citation?: string | undefined;
	/** How the deadline is counted, once reviewed. */
	deadlineKind?: 'business-days' | 'calendar-days' | 'none' | undefined;
	/** The number of days, when counted. */
	deadlineDays?: number | undefined;
}

/** The words of days in each language: "10 business days", "10 días hábiles". */
export function dayCount(
	kind: 'business-days' | 'calendar-days',
	days: number,
	lang: 'en' | 'es',
): string {
	const one = days === 1;
	if (lang === 'es')
		return kind === 'business-days'
			? `${days} ${one ? 'día hábil' : 'días hábiles'}`
			: `${days} ${one ? 'día calendario' : 'días calendario'}`;
	return kind === 'business-days'
		? `${days} business ${one ? 'day' : 'days'}`
		: `${days} calendar ${one ? 'day' : 'days'}`;
}

/** The law as a letter names it: its name and citation once reviewed, else "the public records law of Texas". */
export function recordsLawWords(law: RecordsLawFacts, lang: 'en' | 'es'): string {
	if (law.lawName && law.citation) return `${law.lawName} (${law.citation})`;
	return lang === 'es'
		? `la ley de registros públicos de ${law.stateName}`
		: `the public records law of ${law.stateName}`;
}

/** When the letter asks for an answer: within the law's days, or as the law requires. */
export function responseTimeWords(law: RecordsLawFacts, lang: 'en' | 'es'): string {
	if (law.deadlineKind === 'business-days' || law.deadlineKind === 'calendar-days')
		if (law.deadlineDays !== undefined) {
			const count = dayCount(law.deadlineKind, law.deadlineDays, lang);
			return lang === 'es'
				? `dentro de ${count}, como lo exige la ley`
				: `within ${count}, as the law requires`;
		}
	if (law.deadlineKind === 'none')
		return lang === 'es' ? 'pronto, como lo exige la ley' : 'promptly, as the law requires';
	return lang === 'es' ? 'dentro del plazo que fija la ley' : 'within the time the law allows';
}

/** A day (YYYY-MM-DD) as a letter writes it: "December 4, 2026", "4 de diciembre de 2026". */
export function letterDay(day: string, lang: 'en' | 'es'): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return day;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
		dateStyle: 'long',
		timeZone: 'UTC',
	}).format(date);
}

/** One block of a letter: a paragraph (its lines) or a list (its items). */
export type LetterBlock =
	{ kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

/** A letter's body as blocks: paragraphs split by blank lines; lines starting "- " are list items. */
export function letterBlocks(body: string): LetterBlock[] {
	return body
		.trim()
		.split(/\n\s*\n/)
		.map((chunk): LetterBlock => {
			const lines = chunk.split('\n').map((l) => l.trim());
			return lines.every((l) => l.startsWith('- '))
				? { kind: 'list', items: lines.map((l) => l.slice(2).trim()) }
				: { kind: 'paragraph', lines };
		});
}

/** A piece of letter text: plain words, or a blank with the field that fills it. */
export type LetterPiece = { text: string } | { token: string; field: RecordsFieldId };

/** `text` cut into plain words and blanks, so a page can show each blank in its own element. */
export function splitBlanks(text: string): LetterPiece[] {
	const pieces: LetterPiece[] = [];
	let last = 0;
	for (const match of text.matchAll(/\[[^\]\n]+\]/g)) {
		const field = recordsFieldOf(match[0]);
		if (field === undefined) continue;
		if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
		pieces.push({ token: match[0], field });
		last = match.index + match[0].length;
	}
	if (last < text.length) pieces.push({ text: text.slice(last) });
	return pieces;
}

/** A letter as plain text for copying or email: list items start with "- ". */
export function letterText(body: string): string {
	return letterBlocks(body)
		.map((block) =>
			block.kind === 'list' ? block.items.map((i) => `- ${i}`).join('\n') : block.lines.join('\n'),
		)
		.join('\n\n');
}

/**
 * Reading level of plain text: Flesch-Kincaid grade level for English, the Fernández-Huerta score
 * for Spanish. Talking points and call scripts aim for about 8th grade in both languages;
 * `tools/readability-report.ts` reports every entry.
 */
import { syllable } from 'syllable';
import { replacePlaceholders } from './placeholders.ts';

/** Words, sentences and syllables counted in a text. */
export interface TextCounts {
	words: number;
	sentences: number;
	syllables: number;
}

/** Strips Markdown and MDX syntax that a reader never hears: imports, headings marks, links, emphasis. */
export function toPlainText(markdown: string): string {
	return markdown
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^#+\s*(.*)$/gm, '$1.')
		.replace(/[*_`]/g, '')
		.replace(/^\s*(?:[-*]|\d+\.)\s+(.*)$/gm, '$1.');
}

/** Letters of English and Spanish words (Spanish adds accented vowels, ü and ñ). */
const letter = 'A-Za-zÁÉÍÓÚÜÑáéíóúüñ';

/**
 * Counts words, sentences and syllables, with English syllables unless `countSyllables` says
 * otherwise. Placeholders like `[YOUR NAME]` or `[SU NOMBRE]` count as one short word.
 */
export function countText(
	text: string,
	countSyllables: (word: string) => number = syllable,
): TextCounts {
	const cleaned = replacePlaceholders(text, 'name');
	const sentences = cleaned
		.split(/(?<=[.!?:;])\s+|\n{2,}|\n(?=\S)/)
		.filter((s) => new RegExp(`[${letter}]`).test(s)).length;
	const words = cleaned.match(new RegExp(`[${letter}0-9’'-]+`, 'g')) ?? [];
	const syllables = words.reduce((sum, word) => sum + Math.max(1, countSyllables(word)), 0);
	return { words: words.length, sentences: Math.max(1, sentences), syllables };
}

const strongVowel = /[aeoáéó]/;
const accentedWeakVowel = /[íú]/;
const vowel = /[aeiouáéíóúü]/;

/**
 * Syllables of one Spanish word, by its vowel groups: a diphthong or triphthong is one syllable;
 * two strong vowels (a, e, o) or an accented í or ú next to a vowel are two ("le-er", "pa-ís").
 * The silent u of "que", "qui", "gue", "gui" and a final y ("hoy", "muy") are handled.
 */
export function spanishSyllables(word: string): number {
	const letters = word
		.toLowerCase()
		.replace(/([qg])u(?=[eiéí])/g, '$1')
		.replace(/y(?![aeiouáéíóú])/g, 'i');
	let count = 0;
	let previous = '';
	for (const char of letters) {
		if (!vowel.test(char)) {
			previous = '';
			continue;
		}
		const hiatus =
			previous !== '' &&
			((strongVowel.test(previous) && strongVowel.test(char)) ||
				accentedWeakVowel.test(previous) ||
				accentedWeakVowel.test(char));
		if (previous === '' || hiatus) count += 1;
		previous = char;
	}
	return Math.max(1, count);
}

/** Flesch-Kincaid grade level: about the school grade a reader needs. */
export function gradeLevel(text: string): number {
	const { words, sentences, syllables } = countText(text);
	if (words === 0) return 0;
	return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Fernández-Huerta reading ease for Spanish (1959; Flesch's formula fitted to Spanish, written as
 * textstat and most tools apply it): 206.84 − 60 × syllables per word − 1.02 × words per sentence.
 * Higher is easier. On Flesch's scale 60 to 70 is "standard", read by 8th and 9th graders.
 */
export function fernandezHuerta(text: string): number {
	const { words, sentences, syllables } = countText(text, spanishSyllables);
	if (words === 0) return 100;
	return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
}

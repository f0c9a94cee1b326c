/**
 * Reading grade of plain English text (Flesch-Kincaid grade level). Talking points and call
 * scripts aim for about 8th grade; `scripts/check-readability.ts` reports every entry's grade.
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

/** Counts words, sentences and syllables. Placeholders like `[YOUR NAME]` count as one short word. */
export function countText(text: string): TextCounts {
	const cleaned = replacePlaceholders(text, 'name');
	const sentences = cleaned
		.split(/(?<=[.!?:;])\s+|\n{2,}|\n(?=\S)/)
		.filter((s) => /[A-Za-z]/.test(s)).length;
	const words = cleaned.match(/[A-Za-z0-9’'-]+/g) ?? [];
	const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
	return { words: words.length, sentences: Math.max(1, sentences), syllables };
}

/** Flesch-Kincaid grade level: about the school grade a reader needs. */
export function gradeLevel(text: string): number {
	const { words, sentences, syllables } = countText(text);
	if (words === 0) return 0;
	return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

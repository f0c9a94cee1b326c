/**
 * Reports the reading level of every talking point and call script, and of explainers for
 * information: the Flesch-Kincaid grade in English, the Fernández-Huerta score in Spanish
 * (`es/` translations). `npm run check:readability` (scripts/check-readability.ts) prints it and
 * tests/content/readability.test.ts holds the limits.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../src/lib/content-files.ts';
import { iceFigures } from '../src/lib/ice-lists.ts';
import { fernandezHuerta, gradeLevel, toPlainText } from '../src/lib/readability.ts';
import type { IceList } from '../src/schemas/ice-lists.ts';

/** The highest grade allowed for talking points and call scripts. */
export const maxGrade = 9;

/**
 * The lowest Fernández-Huerta score allowed for Spanish talking points and scripts: 60 is where
 * Flesch's scale, which the formula shares, puts "standard" text for 8th and 9th graders.
 */
export const minSpanishScore = 60;

/** One measured entry. */
export interface GradedEntry {
	file: string;
	grade: number;
	gated: boolean;
}

/** One measured Spanish entry: its Fernández-Huerta score (higher is easier). */
export interface ScoredEntry {
	file: string;
	score: number;
	gated: boolean;
}

/**
 * Figures from ICE's list fill `{agreements}` tokens and `<IceFigure name="agreements" />` before
 * grading, so the grade is that of the text readers see.
 */
function figureFiller(root: string): (text: string) => string {
	const dir = join(root, 'ice-lists');
	const editions = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.reverse()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as IceList);
	if (editions.length === 0) return (text) => text;
	const figures = iceFigures(editions[0]!, editions[1], new Map());
	return (text) =>
		text
			.replace(/<IceFigure name="(\w+)" \/>/g, (whole, name: string) => figures[name] ?? whole)
			.replace(/\{(\w+)\}/g, (whole, name: string) => figures[name] ?? whole);
}

/** Grades every talking point (claim, evidence and line to say) and every script (body and short version). */
export function gradeContent(root = 'content'): GradedEntry[] {
	const fill = figureFiller(root);
	const points = readCollection('talking-points', root).map(({ file, data }) => ({
		file,
		grade: gradeLevel(
			fill([data['claim'], data['evidence'], data['say']].map(String).join('\n\n')),
		),
		gated: true,
	}));
	const scripts = readCollection('call-scripts', root).map(({ file, data, body }) => ({
		file,
		grade: gradeLevel(toPlainText(fill(`${String(data['shortVersion'] ?? '')}\n\n${body}`))),
		gated: true,
	}));
	const explainers = readCollection('docs/explainers', root).map(({ file, body }) => ({
		file,
		grade: gradeLevel(toPlainText(fill(body))),
		gated: false,
	}));
	return [...points, ...scripts, ...explainers];
}

/** The entries of a translation folder (`talking-points/es`), none when it does not exist yet. */
const readTranslations = (folder: string, root: string) =>
	existsSync(join(root, folder)) ? readCollection(folder, root) : [];

/** Scores every Spanish talking point and script (gated) and Spanish explainer (for information). */
export function scoreSpanishContent(root = 'content'): ScoredEntry[] {
	const fill = figureFiller(root);
	const points = readTranslations('talking-points/es', root).map(({ file, data }) => ({
		file,
		score: fernandezHuerta(
			fill([data['claim'], data['evidence'], data['say']].map(String).join('\n\n')),
		),
		gated: true,
	}));
	const scripts = readTranslations('call-scripts/es', root).map(({ file, data, body }) => ({
		file,
		score: fernandezHuerta(toPlainText(fill(`${String(data['shortVersion'] ?? '')}\n\n${body}`))),
		gated: true,
	}));
	const explainers = readTranslations('docs/es/explainers', root).map(({ file, body }) => ({
		file,
		score: fernandezHuerta(toPlainText(fill(body))),
		gated: false,
	}));
	return [...points, ...scripts, ...explainers];
}

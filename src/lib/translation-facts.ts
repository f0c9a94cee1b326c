/**
 * Checks that a translation keeps its English entry's facts. Both files are parsed and walked in
 * parallel: the same keys, the same list lengths, equal numbers, booleans and dates, and equal
 * id-like text (references, kinds, URLs, site paths, state codes); in prose, the same
 * `{figure}` tokens. Prose itself may differ, and so may the number of `otherNames`. In an MDX body: the same imports, components and
 * link targets. Used by tests/content/translations.test.ts.
 */
import { posix } from 'node:path';
import { parseContent } from './content-files.ts';

/** One difference between a translation and its English file. */
export interface FactProblem {
	/** Where in the file, e.g. `laws[0].sources[1]` or `(body)`. */
	field: string;
	message: string;
}

/** Text that is an identifier or address, never prose: it must be copied exactly. */
const idLike = [
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/, // ids, references, kinds, statuses
	/^https?:\/\//, // URLs
	/^\/[^\s]*$/, // site paths
	/^\d{4}(?:-\d{2}){0,2}$/, // dates as written
	/^[A-Z]{2}$/, // state codes
	/^\d+$/, // FIPS codes and other numbers written as text
];

/** Fields whose values are always prose, even when one lowercase word ("detainer"). */
const proseFields = new Set(['otherNames', 'alsoAsked', 'term', 'label']);

/**
 * Lists of names readers search for: a translation lists what Spanish speakers would type, as many
 * as there are, so their length may differ, and a translation may have one where the English entry
 * has none.
 */
const freeLists = new Set(['otherNames']);

/** The field translators add, which the English file never has. */
const translationOnly = new Set(['translatedFrom']);

/** Fields of the English file a translation leaves out: the glossary's Spanish term base. */
const englishOnly = new Set(['spanish']);

const figureToken = /\{[a-zA-Z][\w.]*\}/g;

const tokensIn = (text: string) => [...new Set(text.match(figureToken) ?? [])].sort();

const describe = (value: unknown) => JSON.stringify(value);

/** Walks both values in parallel and lists every fact that differs. */
function compare(
	english: unknown,
	translation: unknown,
	field: string,
	prose: boolean,
	problems: FactProblem[],
): void {
	const at = field || '(top)';
	if (Array.isArray(english)) {
		if (!Array.isArray(translation)) {
			problems.push({ field: at, message: 'is a list in English: keep it a list.' });
			return;
		}
		if (freeLists.has(field.split('.').pop()!)) return;
		if (english.length !== translation.length) {
			problems.push({
				field: at,
				message: `has ${translation.length} items; the English file has ${english.length}. Translate each item, add or drop none.`,
			});
			return;
		}
		english.forEach((item, i) => compare(item, translation[i], `${field}[${i}]`, prose, problems));
		return;
	}
	if (english instanceof Date || translation instanceof Date) {
		const a = english instanceof Date ? english.toISOString() : describe(english);
		const b = translation instanceof Date ? translation.toISOString() : describe(translation);
		if (a !== b)
			problems.push({ field: at, message: `is ${b}; the English file says ${a}. Keep dates.` });
		return;
	}
	if (english !== null && typeof english === 'object') {
		if (translation === null || typeof translation !== 'object') {
			problems.push({ field: at, message: 'is a group of fields in English: keep its fields.' });
			return;
		}
		const a = Object.keys(english).filter((k) => field !== '' || !englishOnly.has(k));
		const b = Object.keys(translation).filter((k) => field !== '' || !translationOnly.has(k));
		for (const key of a.filter((k) => !b.includes(k)))
			problems.push({
				field: field ? `${field}.${key}` : key,
				message: 'is missing: copy it from the English file (translated if it is prose).',
			});
		for (const key of b.filter((k) => !a.includes(k) && !freeLists.has(k)))
			problems.push({
				field: field ? `${field}.${key}` : key,
				message: 'is not in the English file: remove it.',
			});
		for (const key of a.filter((k) => b.includes(k)))
			compare(
				(english as Record<string, unknown>)[key],
				(translation as Record<string, unknown>)[key],
				field ? `${field}.${key}` : key,
				prose || proseFields.has(key),
				problems,
			);
		return;
	}
	if (typeof english === 'string' && typeof translation === 'string') {
		if (!prose && idLike.some((p) => p.test(english))) {
			if (english !== translation)
				problems.push({
					field: at,
					message: `is "${translation}"; the English file says "${english}". Ids, references, kinds, URLs and paths stay exactly as in English.`,
				});
			return;
		}
		const a = tokensIn(english).join(' ');
		const b = tokensIn(translation).join(' ');
		if (a !== b)
			problems.push({
				field: at,
				message: `has the figure tokens [${b}]; the English text has [${a}]. Keep every {token} as written.`,
			});
		return;
	}
	if (english !== translation)
		problems.push({
			field: at,
			message: `is ${describe(translation)}; the English file says ${describe(english)}. Keep numbers, yes/no values and dates.`,
		});
}

const importLine = /^import .*$/gm;

/**
 * An import with a relative path resolved from the file's folder: a translation one folder deeper
 * imports the same component as `../../../src/…` where English writes `../../src/…`.
 */
function resolveImport(line: string, file: string): string {
	return line.replace(/(['"])(\.{1,2}\/[^'"]*)\1/, (_, quote: string, path: string) => {
		return `${quote}${posix.join(posix.dirname(file), path)}${quote}`;
	});
}
const component = /<[A-Z][A-Za-z]*\b[^>]*\/?>/g;
const linkTarget = /\]\(([^)\s]+)\)/g;

const attribute = /(\w+)="([^"]*)"/g;

/** A component as a fact: its name and its id-like attributes (`<IceFigure name="agreements" />`); prose attributes such as `title` may be translated. */
function componentFact(tag: string): string {
	const name = /^<([A-Za-z]+)/.exec(tag)![1]!;
	const ids = [...tag.matchAll(attribute)]
		.filter(([, , value]) => idLike.some((p) => p.test(value!)))
		.map(([, key, value]) => `${key}="${value}"`);
	return `<${[name, ...ids].join(' ')}>`;
}

/**
 * The facts of an MDX body that a translation keeps: imports, components, link targets (without
 * the #anchor, which follows the Spanish headings) and figure tokens.
 */
function bodyFacts(
	body: string,
	file: string,
): Record<'imports' | 'components' | 'links' | 'tokens', string[]> {
	return {
		imports: (body.match(importLine) ?? []).map((line) => resolveImport(line, file)).sort(),
		components: (body.match(component) ?? []).map(componentFact).sort(),
		links: [...body.matchAll(linkTarget)].map((m) => m[1]!.replace(/#.*$/, '')).sort(),
		tokens: tokensIn(body),
	};
}

/**
 * Every fact a translation changes, compared with its English file. `englishFile` and
 * `translationFile` are the paths (for the parser: YAML or MDX), the texts their contents.
 */
export function findFactProblems(
	englishFile: string,
	englishText: string,
	translationFile: string,
	translationText: string,
): FactProblem[] {
	const english = parseContent(englishText, englishFile);
	const translation = parseContent(translationText, translationFile);
	const problems: FactProblem[] = [];
	compare(english.data, translation.data, '', false, problems);
	const a = bodyFacts(english.body, englishFile);
	const b = bodyFacts(translation.body, translationFile);
	for (const key of ['imports', 'components', 'links', 'tokens'] as const) {
		const missing = a[key].filter((x) => !b[key].includes(x));
		const extra = b[key].filter((x) => !a[key].includes(x));
		if (missing.length > 0 || extra.length > 0)
			problems.push({
				field: '(body)',
				message: `${key} differ from the English file: ${[
					...missing.map((x) => `missing ${x}`),
					...extra.map((x) => `not in English ${x}`),
				].join('; ')}. Keep them exactly as in English.`,
			});
	}
	return problems;
}

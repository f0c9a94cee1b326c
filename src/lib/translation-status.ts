/**
 * How much of the handbook is translated, read from the files as authors wrote them: every entry a
 * volunteer sees (docs, roles, talking points, asks, scripts, case studies, glossary, states) and
 * its translation beside it in an `es/` folder. A translation is out of date when its
 * `translatedFrom` is not the start of the SHA-256 of its English file as it is now. The build
 * prints one line (src/integrations/translation-status.ts); `npm run i18n:status` prints the lists.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent } from './content-files.ts';
import { translatedCollections, type TranslatedLang } from './i18n.ts';

/** The first 12 hex digits of the SHA-256 of a file's bytes: what `translatedFrom` holds. */
function fingerprint(bytes: string | Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** One English file and where its translation goes. */
interface Pair {
	english: string;
	translation: string;
}

/** A translation whose English file changed after it was translated. */
export interface OutOfDate {
	translation: string;
	english: string;
	/** What the translation says it was made from, and what the English file is now. */
	translatedFrom: string;
	now: string;
}

export interface TranslationStatus {
	lang: TranslatedLang;
	/** Every English entry a volunteer sees. */
	total: number;
	/** Translations that exist (up to date or not). */
	translated: string[];
	/** English files with no translation yet. */
	untranslated: string[];
	outOfDate: OutOfDate[];
	/** Translations with no English file of the same name (renamed or deleted English entries). */
	orphans: string[];
}

const collectionFile: Record<(typeof translatedCollections)[number], RegExp> = {
	roles: /\.yaml$/,
	'talking-points': /\.yaml$/,
	'model-asks': /\.yaml$/,
	'call-scripts': /\.mdx$/,
	'case-studies': /\.mdx$/,
	glossary: /\.yaml$/,
	states: /\.yaml$/,
	'records-requests': /\.yaml$/,
};

const docsFile = /\.mdx?$/;

/** Files (not folders) directly in `dir` matching `pattern`, sorted; none when `dir` is missing. */
function filesIn(dir: string, pattern: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isFile() && pattern.test(d.name) && d.name !== 'README.md')
		.map((d) => d.name)
		.sort();
}

/** Docs pages under `content/docs/` (recursively, the language folder left out), relative paths. */
function docsPages(dir: string, lang: string, prefix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((d) => {
			if (d.isDirectory())
				return prefix === '' && d.name === lang
					? []
					: docsPages(join(dir, d.name), lang, `${prefix}${d.name}/`);
			return docsFile.test(d.name) ? [`${prefix}${d.name}`] : [];
		});
}

/** Every English file a volunteer sees, each with where its translation goes. */
function pairs(lang: TranslatedLang, root: string): { pairs: Pair[]; orphans: string[] } {
	const found: Pair[] = [];
	const orphans: string[] = [];
	const add = (englishDir: string, translationDir: string, english: string[], own: string[]) => {
		for (const name of english)
			found.push({ english: `${englishDir}/${name}`, translation: `${translationDir}/${name}` });
		const known = new Set(english);
		orphans.push(...own.filter((n) => !known.has(n)).map((n) => `${translationDir}/${n}`));
	};
	for (const name of translatedCollections) {
		const dir = `content/${name}`;
		const pattern = collectionFile[name];
		add(
			dir,
			`${dir}/${lang}`,
			filesIn(join(root, dir), pattern),
			filesIn(join(root, dir, lang), pattern),
		);
	}
	add(
		'content/docs',
		`content/docs/${lang}`,
		docsPages(join(root, 'content/docs'), lang),
		docsPages(join(root, 'content/docs', lang), '\0'),
	);
	return { pairs: found, orphans };
}

/** What is translated into `lang`, what is not, and what is out of date. */
export function getTranslationStatus(lang: TranslatedLang = 'es', root = '.'): TranslationStatus {
	const { pairs: all, orphans } = pairs(lang, root);
	const status: TranslationStatus = {
		lang,
		total: all.length,
		translated: [],
		untranslated: [],
		outOfDate: [],
		orphans,
	};
	for (const { english, translation } of all) {
		if (!existsSync(join(root, translation))) {
			status.untranslated.push(english);
			continue;
		}
		status.translated.push(translation);
		const text = readFileSync(join(root, translation), 'utf8');
		const translatedFrom = String(parseContent(text, translation).data['translatedFrom'] ?? '');
		const now = fingerprint(readFileSync(join(root, english)));
		if (translatedFrom !== now)
			status.outOfDate.push({ translation, english, translatedFrom, now });
	}
	return status;
}

/** The share translated as a whole percent, rounded down (so 100% means every entry). */
function percent({ translated, total }: TranslationStatus): number {
	return total === 0 ? 100 : Math.floor((translated.length * 100) / total);
}

/** The one line the build prints, e.g. `[i18n] es: 180/230 entries translated (78%), 3 out of date: …`. */
export function formatStatusLine(status: TranslationStatus): string {
	const head = `[i18n] ${status.lang}: ${status.translated.length}/${status.total} entries translated (${percent(status)}%)`;
	const stale =
		status.outOfDate.length === 0
			? ', 0 out of date'
			: `, ${status.outOfDate.length} out of date: ${status.outOfDate
					.map((o) => `${o.translation} (English changed after translation)`)
					.join(', ')}`;
	const orphans =
		status.orphans.length === 0
			? ''
			: `; ${status.orphans.length} with no English file: ${status.orphans.join(', ')}`;
	return head + stale + orphans;
}

/** The full report of `npm run i18n:status`: the line, then every untranslated and out-of-date file. */
export function formatStatusReport(status: TranslationStatus): string {
	const lines = [formatStatusLine(status)];
	if (status.outOfDate.length > 0) {
		lines.push(
			'',
			`Out of date (${status.outOfDate.length}): update the translation, then its translatedFrom:`,
		);
		for (const o of status.outOfDate)
			lines.push(
				`  ${o.translation}: translatedFrom '${o.translatedFrom}', ${o.english} is now '${o.now}'`,
			);
	}
	if (status.untranslated.length > 0) {
		lines.push('', `Not translated yet (${status.untranslated.length}):`);
		for (const file of status.untranslated) lines.push(`  ${file}`);
	}
	if (status.orphans.length > 0) {
		lines.push(
			'',
			`Translations with no English file (${status.orphans.length}): rename or delete:`,
		);
		for (const file of status.orphans) lines.push(`  ${file}`);
	}
	return lines.join('\n');
}

/**
 * `translatedFrom` on the wrong file: an English file must not carry it, a translation must. For
 * the content check in src/lib/handbook.ts; `filePath` is relative to the project root.
 */
export function findTranslatedFromProblems(
	entries: readonly { filePath: string; data: Record<string, unknown> }[],
): { filePath: string; field: string; message: string }[] {
	const problems: { filePath: string; field: string; message: string }[] = [];
	for (const { filePath, data } of entries) {
		const translation = /^content\/(?:[^/]+\/)?es\//.test(filePath);
		const has = data['translatedFrom'] !== undefined;
		if (translation && !has) {
			const english = filePath.replace(/\/es\//, '/');
			problems.push({
				filePath,
				field: 'translatedFrom',
				message: `This field is missing: add translatedFrom: '<12 hex digits>' as the last field, from sha256sum ${english} | cut -c1-12.`,
			});
		} else if (!translation && has) {
			problems.push({
				filePath,
				field: 'translatedFrom',
				message:
					'Only translations (files in an es/ folder) carry translatedFrom: remove it from this English file.',
			});
		}
	}
	return problems;
}

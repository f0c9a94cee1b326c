/**
 * Reads content files as an author wrote them, outside Astro's content layer: for config that
 * loads before collections do (sidebar, redirects), scripts (starters, reading grades) and tests.
 * Pages never use this; they query collections through src/lib/handbook.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** One content file: its path from the project root, its id, its data, and its Markdown body. */
export interface ContentFile {
	file: string;
	id: string;
	data: Record<string, unknown>;
	body: string;
}

const contentFile = /\.(ya?ml|mdx?)$/;

/** Splits a YAML file, or a Markdown/MDX file's frontmatter and body, into data and body. */
export function parseContent(text: string, file: string): Pick<ContentFile, 'data' | 'body'> {
	if (/\.ya?ml$/.test(file)) return { data: loadYaml(text, file), body: '' };
	const [, front = '', body = text] =
		/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text) ?? [];
	return { data: loadYaml(front, file), body };
}

/** YAML as data; a syntax error names the file, as every build error must (issue 23). */
function loadYaml(text: string, file: string): ContentFile['data'] {
	try {
		const data = yaml.load(text, { filename: file });
		return (data && typeof data === 'object' ? data : {}) as ContentFile['data'];
	} catch (error) {
		throw new Error(
			`${file}: not valid YAML (${(error as Error).message.split('\n')[0]}). Fix the indentation or quoting.`,
		);
	}
}

/** Reads one content file. */
export function readContentFile(file: string): ContentFile {
	const name = file.split(/[\\/]/).pop()!;
	return {
		file,
		id: name.replace(/\.\w+$/, ''),
		...parseContent(readFileSync(file, 'utf8'), file),
	};
}

/** Every entry of a collection folder (`talking-points`, `docs/guides`), sorted by file name. */
export function readCollection(folder: string, root = 'content'): ContentFile[] {
	return readFolder(join(root, folder));
}

/** Every content file directly in `dir` (README.md excluded), sorted by file name. */
export function readFolder(dir: string): ContentFile[] {
	return readdirSync(dir)
		.filter((name) => contentFile.test(name) && name !== 'README.md')
		.sort()
		.map((name) => readContentFile(join(dir, name)));
}

/** The ids an entry lists in one of its fields (a list of ids or a single id). */
export function idsIn(entry: ContentFile, field: string): string[] {
	const value = entry.data[field];
	if (Array.isArray(value)) return value.map(String);
	return typeof value === 'string' ? [value] : [];
}

/** Reads the real content/ folder as plain data, the way an author wrote it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** One content file: its path from the project root, its data, and its Markdown body (if any). */
export interface ContentFile {
	file: string;
	id: string;
	data: Record<string, unknown>;
	body: string;
}

/** Every entry of a collection folder under content/. */
export function readCollection(folder: string): ContentFile[] {
	const dir = join('content', folder);
	return readdirSync(dir)
		.filter((name) => /\.(ya?ml|mdx?)$/.test(name) && name !== 'README.md')
		.sort()
		.map((name) => {
			const file = join(dir, name);
			const text = readFileSync(file, 'utf8');
			const id = name.replace(/\.\w+$/, '');
			if (name.endsWith('.yaml'))
				return { file, id, data: yaml.load(text) as Record<string, unknown>, body: '' };
			const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
			return { file, id, data: (yaml.load(front) ?? {}) as Record<string, unknown>, body };
		});
}

/** The ids an entry lists in one of its fields (a list of ids or a single id). */
export function idsIn(entry: ContentFile, field: string): string[] {
	const value = entry.data[field];
	if (Array.isArray(value)) return value.map(String);
	return typeof value === 'string' ? [value] : [];
}

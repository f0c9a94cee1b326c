/**
 * Shared by the `new-*` starter scripts: reads `--name value` options and writes a file only if it
 * does not exist yet, so a starter never overwrites an author's work.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { readCollection } from '../src/lib/content-files.ts';

/** The first plain argument and every `--name value` pair. */
export function readArgs(argv: string[]): {
	id: string | undefined;
	options: Record<string, string>;
} {
	const options: Record<string, string> = {};
	let id: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg.startsWith('--')) options[arg.slice(2)] = argv[++i] ?? '';
		else id ??= arg;
	}
	return { id, options };
}

/** Stops with a message unless `id` is lowercase words joined by hyphens. */
export function requireId(id: string | undefined, usage: string): string {
	if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
		console.error(`Give an id of lowercase words joined by hyphens.\nUsage: ${usage}`);
		process.exit(1);
	}
	return id;
}

/** Stops with the known ids unless `value` names a file in `content/<folder>/`. */
export function requireEntry(folder: string, value: string): string {
	const known = readCollection(folder).map((entry) => entry.id);
	if (!known.includes(value)) {
		console.error(`"${value}" is not in content/${folder}/. Use one of: ${known.join(', ')}.`);
		process.exit(1);
	}
	return value;
}

/** Writes `text` to `file` unless the file exists; prints what to do next. */
export function writeStarter(file: string, text: string, next: string): void {
	if (existsSync(file)) {
		console.error(`${file} already exists. Pick another id or edit that file.`);
		process.exit(1);
	}
	writeFileSync(file, text);
	console.log(`Wrote ${file}. ${next}`);
}

/**
 * Which of the files Pagefind writes to `dist/pagefind/` the handbook's search uses. The search
 * dialog (src/lib/search-dialog.ts) calls Pagefind's API only: `pagefind.js`, which starts
 * `pagefind-worker.js`, reads `pagefind-entry.json`, then for the page's language its
 * `pagefind.<hash>.pf_meta` and its WebAssembly `wasm.<wasm>.pagefind` (`wasm.unknown.pagefind` for
 * a language Pagefind has no stemmer for), and as words are searched the files under `index/`,
 * `fragment/` and `filter/`. Pagefind also writes its own ready-made search interfaces
 * (`pagefind-ui.js`, `pagefind-component-ui.js`, `pagefind-modular-ui.js`, their CSS,
 * `pagefind-highlight.js`: about 430 KB) and has no option to leave them out; nothing loads them.
 */

/** `pagefind-entry.json`: one index per language, each with its meta file hash and WebAssembly. */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** Reads `pagefind-entry.json`; a file without a `languages` map is an error that says so. */
export function parsePagefindEntry(text: string): PagefindEntry {
	const entry = JSON.parse(text) as Partial<PagefindEntry> | null;
	if (!entry || typeof entry.languages !== 'object' || entry.languages === null)
		throw new Error(
			'pagefind/pagefind-entry.json has no "languages": has Pagefind changed the format of its entry file?',
		);
	return { languages: entry.languages };
}

/** Files (paths inside `pagefind/`, with forward slashes) the search loads, given Pagefind's entry. */
export function isSearchFile(file: string, entry: PagefindEntry): boolean {
	if (/^(?:index|fragment|filter)\//.test(file)) return true;
	const used = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);
	for (const { hash, wasm } of Object.values(entry.languages)) {
		used.add(`pagefind.${hash}.pf_meta`);
		used.add(`wasm.${wasm || 'unknown'}.pagefind`);
	}
	return used.has(file);
}

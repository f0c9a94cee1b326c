import { describe, expect, it } from 'vitest';
import { isSearchFile, parsePagefindEntry } from '../../../src/lib/search-bundle';

/** What Pagefind 1.6 wrote for the handbook: English and Spanish, each with its own stemmer. */
const entry = parsePagefindEntry(
	'{"version":"1.6.0","languages":{"en":{"hash":"en_8618932782","wasm":"en","page_count":232},"es":{"hash":"es_bc8a57f9a5","wasm":"es","page_count":232}}}',
);

describe('the files search loads from dist/pagefind/', () => {
	it('keeps the API, its worker, each language’s metadata and WebAssembly, and the index', () => {
		for (const file of [
			'pagefind.js',
			'pagefind-worker.js',
			'pagefind-entry.json',
			'pagefind.en_8618932782.pf_meta',
			'pagefind.es_bc8a57f9a5.pf_meta',
			'wasm.en.pagefind',
			'wasm.es.pagefind',
			'index/en_1a2b3c4.pf_index',
			'fragment/en_9f8e7d6.pf_fragment',
			'filter/es_0a0b0c0.pf_filter',
		])
			expect(isSearchFile(file, entry), file).toBe(true);
	});

	it('leaves out Pagefind’s own search interfaces, and the WebAssembly no language uses', () => {
		for (const file of [
			'pagefind-ui.js',
			'pagefind-ui.css',
			'pagefind-component-ui.js',
			'pagefind-component-ui.css',
			'pagefind-modular-ui.js',
			'pagefind-modular-ui.css',
			'pagefind-highlight.js',
			'wasm.unknown.pagefind',
			// An older build's metadata, left behind.
			'pagefind.en_0000000000.pf_meta',
		])
			expect(isSearchFile(file, entry), file).toBe(false);
	});

	it('keeps the plain WebAssembly for a language Pagefind has no stemmer for', () => {
		const withoutStemmer = parsePagefindEntry(
			'{"languages":{"xx":{"hash":"xx_1234567890","wasm":null,"page_count":3}}}',
		);
		expect(isSearchFile('wasm.unknown.pagefind', withoutStemmer)).toBe(true);
	});

	it('says what is wrong with an entry file it cannot read', () => {
		expect(() => parsePagefindEntry('{"version":"9"}')).toThrow(
			'pagefind/pagefind-entry.json has no "languages"',
		);
	});
});

/** The built site is ready for offline use and its search filters cannot leak into excerpts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/lib/link-check';
import { allPagePaths, distDir, page } from './dist';

const serviceWorker = readFileSync(join(distDir, 'sw.js'), 'utf8');

describe('the service worker', () => {
	it('saves every page for reading offline', () => {
		const missing = listHtmlFiles(distDir).filter((file) => !serviceWorker.includes(`"${file}"`));
		expect(missing).toEqual([]);
	});

	it('saves the whole search bundle, index and fragments included', () => {
		const bundle = readdirSync(join(distDir, 'pagefind'), {
			recursive: true,
			encoding: 'utf8',
		}).filter((f) => /\.\w+$/.test(f));
		const missing = bundle.filter((file) => !serviceWorker.includes(`"pagefind/${file}"`));
		expect(missing).toEqual([]);
	});

	it('ignores the cache-busting parameter Pagefind adds, so offline search finds its index', () => {
		expect(serviceWorker).toMatch(/ignoreURLParametersMatching:\[\/\^ts\$\/\]/);
	});

	it('is linked from every page with the app manifest', () => {
		expect(page('/').querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
			'/manifest.webmanifest',
		);
		const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
			icons: { src: string }[];
		};
		for (const icon of manifest.icons)
			expect(readdirSync(join(distDir, 'icons')).concat('favicon.svg')).toContain(
				icon.src.split('/').pop(),
			);
	});
});

describe('search filters', () => {
	it('are empty elements on every page, so their text never enters the index', () => {
		for (const path of allPagePaths()) {
			for (const filter of page(path).querySelectorAll('[data-pagefind-filter]')) {
				expect(filter.text, `${path}: ${filter.getAttribute('data-pagefind-filter')}`).toBe('');
			}
		}
	});
});

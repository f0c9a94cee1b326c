/**
 * Light on old phones: the HTML of each page type plus the styles and scripts it links, gzip
 * compressed as a static host serves them, stays under a fixed ceiling. Read from dist/, so it
 * cannot flake on a busy machine. The comparison with a plain Starlight site, measured in a browser,
 * is `npm run bench:weight` (figures in BENCHMARKS.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageTypes } from '../../tools/page-types';
import { distDir, page } from './dist';

/** Gzip bytes a first visit to `path` needs from this site, without images and fonts. */
function firstVisitBytes(path: string): number {
	const html = page(path);
	const files = [
		`${path}index.html`,
		...html.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!),
		...html.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
	].filter((href) => href.startsWith('/'));
	return files
		.map((file) => join(distDir, file))
		.filter((file) => existsSync(file))
		.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

/** The ceiling: under a second and a half on slow 3G (400 kbit/s). The sheriff page is about 42 KiB. */
const ceiling = 64 * 1024;

describe('page weight', () => {
	it.each(Object.entries(pageTypes))('a %s (%s) stays under 64 KiB', (_, path) => {
		const bytes = firstVisitBytes(path);
		expect(bytes).toBeLessThanOrEqual(ceiling);
	});
});

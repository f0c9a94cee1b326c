/** Reads the built site in dist/ for the site tests (run `npm run build` first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listHtmlFiles } from '../../src/lib/link-check';
import { quickRun, samplePages } from '../page-sample';

export const distDir = 'dist';

if (!existsSync(join(distDir, 'index.html'))) {
	throw new Error('No built site in dist/. Run `npm run build` before the site tests.');
}

/** The file a site path is served from (`/roles/sheriff/` → dist/roles/sheriff/index.html). */
function fileOf(path: string): string {
	return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** The parsed HTML of a page, by its site path (`/roles/sheriff/`). */
export function page(path: string): HTMLElement {
	const file = fileOf(path);
	if (!existsSync(file)) throw new Error(`No built page at ${path} (${file}).`);
	return parse(readFileSync(file, 'utf8'));
}

/** True for a redirect stub (an old address that sends the browser on), read without parsing. */
export function isRedirectStub(path: string): boolean {
	return readFileSync(fileOf(path), 'utf8').includes('http-equiv="refresh"');
}

/** Site paths of every built HTML page. */
export function allPagePaths(): string[] {
	return listHtmlFiles(distDir).map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** The quick run's sample, read once. */
let sample: Set<string> | undefined;
const sampled = () => (sample ??= new Set(samplePages(distDir)));

/**
 * True for a page the per-page checks read in this run: every page in `npm test`; in `npm run
 * test:quick` one page of each layout and the pages whose content changed since `main`, the same
 * sample the browser smoke tests visit (tests/page-sample.ts). Checks over the whole site (counts,
 * links between pages) still read every page they need.
 */
export function inThisRun(path: string): boolean {
	return !quickRun || sampled().has(path);
}

/** The pages the per-page checks read in this run: every built page, or the quick run's sample. */
export function pagesInThisRun(): string[] {
	return quickRun ? [...sampled()] : allPagePaths();
}

/** The `content` of `<meta property|name="key">`, or undefined. */
export function meta(html: HTMLElement, key: string): string | undefined {
	return (
		html.querySelector(`meta[property="${key}"]`) ?? html.querySelector(`meta[name="${key}"]`)
	)?.getAttribute('content');
}

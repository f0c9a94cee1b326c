/** Reads the built site in dist/ for the site tests (run `npm run build` first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listHtmlFiles } from '../../src/lib/link-check';

export const distDir = 'dist';

if (!existsSync(join(distDir, 'index.html'))) {
	throw new Error('No built site in dist/. Run `npm run build` before the site tests.');
}

/** The parsed HTML of a page, by its site path (`/roles/sheriff/`). */
export function page(path: string): HTMLElement {
	const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
	if (!existsSync(file)) throw new Error(`No built page at ${path} (${file}).`);
	return parse(readFileSync(file, 'utf8'));
}

/** Site paths of every built HTML page. */
export function allPagePaths(): string[] {
	return listHtmlFiles(distDir).map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** The `content` of `<meta property|name="key">`, or undefined. */
export function meta(html: HTMLElement, key: string): string | undefined {
	return (
		html.querySelector(`meta[property="${key}"]`) ?? html.querySelector(`meta[name="${key}"]`)
	)?.getAttribute('content');
}

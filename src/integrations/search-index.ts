/**
 * Builds the site's search index with Pagefind, in place of Starlight's own step (`pagefind: false`
 * in astro.config.mjs). The index is the same: Pagefind indexes only pages marked
 * `data-pagefind-body`. The difference is time: Starlight hands Pagefind the whole `dist/`, so it
 * parses every page, the two thousand per-state officials' pages and leave-behinds that search
 * leaves out included. This reads each page once, looks for the marker, and gives Pagefind only the
 * pages it will index.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listHtmlFiles } from '../lib/link-check.ts';

/** A page search indexes: Starlight marks its content, and a leave-behind its sheet, with this. */
const searchableMarker = 'data-pagefind-body';

/** Pagefind answers with a list of errors instead of throwing; this turns them into one error. */
function checked<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0)
		throw new Error(`Pagefind could not build the search index: ${response.errors.join('; ')}`);
	return response;
}

export default function searchIndex(): AstroIntegration {
	return {
		name: 'handbook:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const distDir = fileURLToPath(dir);
				const pages = listHtmlFiles(distDir);
				let indexed = 0;
				try {
					const { index } = checked(await pagefind.createIndex());
					for (const page of pages) {
						const content = readFileSync(join(distDir, page), 'utf8');
						if (!content.includes(searchableMarker)) continue;
						checked(await index!.addHTMLFile({ sourcePath: page, content }));
						indexed++;
					}
					checked(await index!.writeFiles({ outputPath: join(distDir, 'pagefind') }));
				} finally {
					await pagefind.close();
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`indexed ${indexed} of ${pages.length} pages for search in ${seconds} s`);
			},
		},
	};
}

/**
 * Puts the base path in front of root-relative links that content authors wrote, like
 * `[the sheriff](/roles/sheriff/)`, so they work when the site is served under `/handbook/`.
 * Astro 7's default Markdown processor (Sätteri) runs no rehype plugins, so this rewrites the
 * finished HTML instead. Must come right after starlight(), before the link check and the
 * Content-Security-Policy. Does nothing when the site is served at the root of its domain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from '../lib/link-check.ts';
import { addBaseToLinks } from '../lib/paths.ts';
import { basePath } from '../lib/site.ts';

export default function basePathLinks(): AstroIntegration {
	return {
		name: 'handbook:base-path-links',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (basePath === '/') return;
				const root = fileURLToPath(dir);
				let changed = 0;
				for (const page of listHtmlFiles(root)) {
					const file = join(root, page);
					const html = readFileSync(file, 'utf8');
					const rewritten = addBaseToLinks(html);
					if (rewritten !== html) {
						writeFileSync(file, rewritten);
						changed++;
					}
				}
				logger.info(`put the base path ${basePath} in front of content links in ${changed} pages`);
			},
		},
	};
}

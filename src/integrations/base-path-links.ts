/**
 * Puts the base path in front of root-relative links that content authors wrote, like
 * `[the sheriff](/roles/sheriff/)`, so they work when the site is served under `/handbook/`; and on
 * Spanish pages (`/es/…`) the language too, so the same link reaches `/es/roles/sheriff/`. This is
 * the one place links are localized: content and components write English site paths.
 * Astro 7's default Markdown processor (Sätteri) runs no rehype plugins, so this rewrites the
 * finished HTML instead. Must come right after starlight(), before the link check and the
 * Content-Security-Policy. English pages are left alone when the site is served at the root.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from '../lib/link-check.ts';
import { defaultLang, langOfPath } from '../lib/i18n.ts';
import { finishLinks } from '../lib/paths.ts';
import { basePath } from '../lib/site.ts';

export default function basePathLinks(): AstroIntegration {
	return {
		name: 'handbook:base-path-links',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let changed = 0;
				for (const page of listHtmlFiles(root)) {
					const lang = langOfPath(`/${page.split(sep).join('/')}`);
					if (lang === defaultLang && basePath === '/') continue;
					const file = join(root, page);
					const html = readFileSync(file, 'utf8');
					const rewritten = finishLinks(html, lang);
					if (rewritten !== html) {
						writeFileSync(file, rewritten);
						changed++;
					}
				}
				logger.info(`finished links (base path ${basePath}, language prefix) in ${changed} pages`);
			},
		},
	};
}

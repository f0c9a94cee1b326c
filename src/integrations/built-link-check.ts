/**
 * Fails `astro build` when any built page links to a page or anchor that does not exist, naming
 * the content file to fix (from the page's "Edit page" link) as well as the built page.
 * Runs after Starlight (and Pagefind) in `astro:build:done`; see `src/lib/link-check.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from '../lib/link-check.ts';
import { editBaseUrl } from '../lib/site.ts';

/** The content file a built page comes from, read from its "Edit page" link; undefined if none. */
function sourceOf(root: string, page: string): string | undefined {
	const html = readFileSync(join(root, page), 'utf8');
	const start = html.indexOf(`href="${editBaseUrl}`);
	if (start === -1) return undefined;
	const from = start + `href="${editBaseUrl}`.length;
	return html.slice(from, html.indexOf('"', from));
}

export default function builtLinkCheck(): AstroIntegration {
	let site = 'http://localhost';
	return {
		name: 'handbook:built-link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				// The site's address with its base path, e.g. https://example.org/handbook/.
				site = new URL(config.base, config.site ?? site).href;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const broken = findBrokenLinks(root, site);
				if (broken.length === 0) {
					logger.info('every internal link and anchor resolves');
					return;
				}
				const lines = broken.map((b) => {
					const source = sourceOf(root, b.page);
					const where = source ? `${source} (page dist/${b.page})` : `dist/${b.page}`;
					return `${where}: link "${b.href}": ${b.reason}`;
				});
				throw new Error(
					`${lines.join('\n')}\n${broken.length} broken internal links. ` +
						'Fix the link in the content file or component that renders it, then build again.',
				);
			},
		},
	};
}

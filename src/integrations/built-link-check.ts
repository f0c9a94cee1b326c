/**
 * Fails `astro build` when any built page links to a page or anchor that does not exist.
 * Runs after Starlight (and Pagefind) in `astro:build:done`; see `src/lib/link-check.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from '../lib/link-check.ts';

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
				const broken = findBrokenLinks(fileURLToPath(dir), site);
				if (broken.length === 0) {
					logger.info('every internal link and anchor resolves');
					return;
				}
				const lines = broken.map((b) => `dist/${b.page}: link "${b.href}": ${b.reason}`);
				throw new Error(
					`${lines.join('\n')}\n${broken.length} broken internal links. ` +
						'Fix the link in the content file or component that renders it, then build again.',
				);
			},
		},
	};
}

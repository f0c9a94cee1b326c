/**
 * Writes the Content-Security-Policy <meta> tag as the first element of every built page (see
 * src/lib/content-security-policy.ts), and keeps every script Astro bundles in a file of its own
 * (never inlined into a page), so 'self' allows it and no page needs a hash of what it contains.
 * Runs in `astro:build:done`, after pages are final. An inline script the policy does not allow is
 * named with its page: the browser will refuse it, so find the content that wrote it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	addPolicyMeta,
	buildPolicy,
	projectScriptHashes,
	unknownInlineScripts,
} from '../lib/content-security-policy.ts';
import { listHtmlFiles } from '../lib/link-check.ts';

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'handbook:content-security-policy',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// Astro inlines small bundled scripts into each page; kept as files, 'self' covers them.
				updateConfig({
					vite: {
						build: {
							assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
						},
					},
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const hashes = projectScriptHashes();
				const policy = buildPolicy(hashes);
				const pages = listHtmlFiles(root);
				for (const page of pages) {
					const file = join(root, page);
					const html = readFileSync(file, 'utf8');
					for (const script of unknownInlineScripts(html, hashes))
						logger.warn(
							`dist/${page}: an inline script that is not one of the project's own, which browsers ` +
								`will refuse: "${script.trim().slice(0, 80)}". Find the content or component that wrote it.`,
						);
					writeFileSync(file, addPolicyMeta(html, policy));
				}
				logger.info(
					`content security policy written into ${pages.length} pages (${hashes.length} inline scripts allowed)`,
				);
			},
		},
	};
}

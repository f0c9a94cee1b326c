/**
 * Writes a Content-Security-Policy <meta> tag into every built page (see
 * src/lib/content-security-policy.ts). Runs in `astro:build:done`, after pages are final.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addPolicyMeta } from '../lib/content-security-policy.ts';
import { listHtmlFiles } from '../lib/link-check.ts';

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'handbook:content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = listHtmlFiles(root);
				for (const page of pages) {
					const file = join(root, page);
					writeFileSync(file, addPolicyMeta(readFileSync(file, 'utf8')));
				}
				logger.info(`content security policy written into ${pages.length} pages`);
			},
		},
	};
}

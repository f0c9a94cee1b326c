/**
 * Writes `dist/_headers` and `dist/_redirects` for Netlify and Cloudflare Pages (see
 * src/lib/host-files.ts). Runs after the Content-Security-Policy integration, so the hashes match
 * the final pages. Other hosts ignore both files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, buildRedirectsFile } from '../lib/host-files.ts';
import { listHtmlFiles } from '../lib/link-check.ts';
import { withBase } from '../lib/paths.ts';
import { basePath } from '../lib/site.ts';

export default function hostFiles(redirects: Record<string, string>): AstroIntegration {
	return {
		name: 'handbook:host-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = listHtmlFiles(root).map((page) => readFileSync(join(root, page), 'utf8'));
				writeFileSync(join(root, '_headers'), buildHeadersFile(pages, basePath));
				const withBasePaths = Object.fromEntries(
					Object.entries(redirects).map(([from, to]) => [withBase(from), withBase(to)]),
				);
				writeFileSync(join(root, '_redirects'), buildRedirectsFile(withBasePaths));
				logger.info('wrote _headers and _redirects for Netlify and Cloudflare Pages');
			},
		},
	};
}

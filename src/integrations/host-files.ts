/**
 * Writes `dist/_headers` and `dist/_redirects` for Netlify and Cloudflare Pages (see
 * src/lib/host-files.ts). The policy's hashes come from the project's components, as in each page's
 * <meta> tag. Other hosts ignore both files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { projectScriptHashes } from '../lib/content-security-policy.ts';
import { buildHeadersFile, buildRedirectsFile } from '../lib/host-files.ts';
import { withBase } from '../lib/paths.ts';
import { basePath } from '../lib/site.ts';

export default function hostFiles(redirects: Record<string, string>): AstroIntegration {
	return {
		name: 'handbook:host-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				writeFileSync(join(root, '_headers'), buildHeadersFile(projectScriptHashes(), basePath));
				const withBasePaths = Object.fromEntries(
					Object.entries(redirects).map(([from, to]) => [withBase(from), withBase(to)]),
				);
				writeFileSync(join(root, '_redirects'), buildRedirectsFile(withBasePaths));
				logger.info('wrote _headers and _redirects for Netlify and Cloudflare Pages');
			},
		},
	};
}

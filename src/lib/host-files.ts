/**
 * Files that Netlify and Cloudflare Pages read from the build output: `_headers` sends the
 * Content-Security-Policy as an HTTP header too (the <meta> tag in each page stays, for every other
 * host), and `_redirects` sends renamed talking points to their new pages with a real 301.
 */
import { buildPolicy } from './content-security-policy';

/**
 * `_headers`: one rule for every page under the base path, with the same policy as each page's
 * <meta> tag: the hashes of the project's own inline scripts (`projectScriptHashes`), never of what
 * the built pages happen to contain.
 */
export function buildHeadersFile(scriptHashes: readonly string[], basePath: string): string {
	return [
		`${basePath}*`,
		`  Content-Security-Policy: ${buildPolicy(scriptHashes)}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: no-referrer',
		`${basePath}sw.js`,
		'  Cache-Control: no-cache',
		'',
	].join('\n');
}

/** `_redirects`: "old new 301" for every renamed page, paths given with the base path. */
export function buildRedirectsFile(redirects: Record<string, string>): string {
	return Object.entries(redirects)
		.map(([from, to]) => `${from} ${to} 301\n`)
		.join('');
}

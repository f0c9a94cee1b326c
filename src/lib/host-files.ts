/**
 * Files that Netlify and Cloudflare Pages read from the build output: `_headers` sends the
 * Content-Security-Policy as an HTTP header too (the <meta> tag in each page stays, for every other
 * host), and `_redirects` sends renamed talking points to their new pages with a real 301.
 */
import { buildPolicy, hashInlineScripts } from './content-security-policy';

/**
 * `_headers`: one rule for every page under the base path. The policy allows the inline scripts of
 * all pages (one rule, because Cloudflare Pages caps the number of rules); each page's own <meta>
 * policy still limits it to its own scripts, since a browser enforces both.
 */
export function buildHeadersFile(pagesHtml: Iterable<string>, basePath: string): string {
	const hashes = new Set<string>();
	for (const html of pagesHtml) for (const hash of hashInlineScripts(html)) hashes.add(hash);
	return [
		`${basePath}*`,
		`  Content-Security-Policy: ${buildPolicy([...hashes].sort())}`,
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

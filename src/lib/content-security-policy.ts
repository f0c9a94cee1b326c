/**
 * A Content-Security-Policy for static HTML: only the site's own scripts run. Scripts from files
 * on this origin are allowed by 'self'; each inline script is allowed by the SHA-256 hash of its
 * exact text. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and may start a Worker from a
 * blob. The policy goes in a <meta> tag so it holds on any static host.
 */
import { createHash } from 'node:crypto';

const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` sources for every inline script in a page, in order of first appearance. */
export function hashInlineScripts(html: string): string[] {
	const hashes = [...html.matchAll(inlineScript)].map(
		([, body = '']) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
	);
	return [...new Set(hashes)];
}

/** The policy for one page, given its inline script hashes. */
export function buildPolicy(scriptHashes: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** The page with the policy as the first element of <head>, before any script can run. */
export function addPolicyMeta(html: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(hashInlineScripts(html))}">`;
	if (html.includes('http-equiv="Content-Security-Policy"')) return html;
	return html.replace(/<head>/, `<head>${meta}`);
}

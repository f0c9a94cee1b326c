/**
 * The built site's Content-Security-Policy (issue 23): every page, redirect pages and the 404
 * included, opens its <head> with the policy; the policy allows each inline script the pages really
 * carry (so the project's own scripts run) and nothing else inline; `_headers` sends the same one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/lib/link-check';
import { distDir } from './dist';

const pages = listHtmlFiles(distDir).map((file) => ({
	file,
	html: readFileSync(join(distDir, file), 'utf8'),
}));
const policyTag =
	/^<!doctype html>(?:<html[^>]*>)?(?:<head>)?<meta http-equiv="Content-Security-Policy" content="([^"]+)">/i;

describe('the content security policy of the built site', () => {
	it('is the first tag of every page', () => {
		const without = pages.filter(({ html }) => !policyTag.test(html)).map(({ file }) => file);
		expect(without).toEqual([]);
	});

	it('is one policy, the same in every page and in _headers', () => {
		const policies = new Set(pages.map(({ html }) => policyTag.exec(html)?.[1]));
		expect(policies.size).toBe(1);
		const [policy] = policies;
		expect(readFileSync(join(distDir, '_headers'), 'utf8')).toContain(
			`Content-Security-Policy: ${policy}\n`,
		);
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(policy).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
		expect(policy).toContain("script-src-attr 'none'");
	});

	it('allows every inline script the pages carry: the theme, sidebar and search scripts', () => {
		const [, policy = ''] = policyTag.exec(pages[0]!.html) ?? [];
		const missing = new Set<string>();
		for (const { file, html } of pages)
			for (const [, body = ''] of html.matchAll(
				/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g,
			)) {
				const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
				if (!policy.includes(hash)) missing.add(`${file}: ${body.trim().slice(0, 60)}`);
			}
		expect([...missing]).toEqual([]);
	});

	it('keeps bundled scripts in files of their own, so no page needs a hash of what it contains', () => {
		const inlineModules = pages.filter(({ html }) =>
			/<script type="module"(?![^>]*\bsrc=)[^>]*>/.test(html),
		);
		expect(inlineModules.map(({ file }) => file)).toEqual([]);
	});
});

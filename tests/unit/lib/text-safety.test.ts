/**
 * Text from content, edition files and ICE's sheets stays text (issue 23): the policy allows only
 * the project's own scripts, every page gets it first in <head>, Markdown and MDX that would run
 * script or code are refused before the build runs them, and impossible dates are caught even where
 * YAML would quietly turn them into another day.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	addPolicyMeta,
	buildPolicy,
	hashComponentScripts,
	projectScriptHashes,
	unknownInlineScripts,
} from '../../../src/lib/content-security-policy';
import { checkContentSource } from '../../../src/lib/content-guard';
import { contentProblems } from '../../../src/integrations/content-guard';
import { impossibleDates } from '../../../src/lib/yaml-dates';
import { isCalendarDate } from '../../../src/schemas/calendar-date';
import { escapeTitleText, refusedHeadTag } from '../../../src/lib/text-safety';

/** The CSP source for a script's text, computed here rather than by the code under test. */
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the content security policy', () => {
	it('hashes the is:inline scripts written in components, and nothing else', () => {
		const component = [
			'---\nconst a = 1;\n---',
			'<script is:inline>window.theme = 1;</script>',
			'<script>import "./bundled";</script>',
			'<script is:inline define:vars={{ a }}>use(a)</script>',
		].join('\n');
		expect(hashComponentScripts([component])).toEqual([sha('window.theme = 1;')]);
	});

	it("allows the project's own inline scripts: Starlight's theme script and the search hint", () => {
		const hashes = projectScriptHashes();
		// Starlight's ThemeProvider sets the theme before the page paints (node_modules, not content).
		expect(hashes.length).toBeGreaterThanOrEqual(5);
		expect(buildPolicy(hashes)).toMatch(
			/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
		);
		expect(buildPolicy(hashes)).not.toMatch(
			/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/,
		);
	});

	it('finds the same package scripts from a copy of the project that has no node_modules of its own', () => {
		mkdirSync('.tmp', { recursive: true });
		const copy = mkdtempSync(join('.tmp', 'csp-copy-'));
		writeFileSync(join(copy, 'package.json'), readFileSync('package.json'));
		const fromCopy = projectScriptHashes(copy);
		expect(fromCopy.length).toBeGreaterThanOrEqual(5);
		expect(projectScriptHashes()).toEqual(expect.arrayContaining(fromCopy));
	});

	it('names an inline script in a page that is not one of the allowed ones', () => {
		const html =
			'<head></head><script>window.theme = 1;</script><script>alert(1)</script><script src="/x.js"></script>';
		expect(unknownInlineScripts(html, [sha('window.theme = 1;')])).toEqual(['alert(1)']);
	});

	it('puts the policy first in <head>, even on a page whose text mentions the policy tag', () => {
		const page =
			'<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>Write <code>&lt;meta http-equiv="Content-Security-Policy"&gt;</code>.</p><img src=x onerror=alert(1)></body></html>';
		const out = addPolicyMeta(page, "script-src 'self'");
		expect(out).toMatch(
			/^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><title>/,
		);
	});

	it('gives a redirect page with no <head> the policy too', () => {
		const out = addPolicyMeta('<!doctype html><title>Redirecting</title>', 'p');
		expect(out).toBe(
			'<!doctype html><meta http-equiv="Content-Security-Policy" content="p"><title>Redirecting</title>',
		);
	});
});

describe('text in <head>', () => {
	it('escapes a title so it cannot close the <title> tag', () => {
		expect(escapeTitleText("</title><script>alert('x' & 1)</script>")).toBe(
			"&lt;/title&gt;&lt;script&gt;alert('x' &amp; 1)&lt;/script&gt;",
		);
	});

	it('refuses scripts and other active tags from a page’s frontmatter, and keeps plain metadata', () => {
		expect(refusedHeadTag({ tag: 'script', content: 'alert(1)' })).toMatch(/<script>/);
		expect(
			refusedHeadTag({
				tag: 'meta',
				attrs: { 'http-equiv': 'refresh', content: '0;url=javascript:alert(1)' },
			}),
		).toMatch(/http-equiv/);
		expect(refusedHeadTag({ tag: 'link', attrs: { rel: 'preload', href: '/x.js' } })).toBeDefined();
		expect(
			refusedHeadTag({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }),
		).toBeUndefined();
	});
});

describe('Markdown and MDX in content', () => {
	const check = (source: string, file = 'content/docs/guides/pasted.mdx') =>
		checkContentSource(source, file, process.cwd());

	it('accepts the project’s own components and plain text', () => {
		expect(
			check(
				[
					"import IceFigure from '../../../src/components/IceFigure.astro';",
					"import { Aside } from '@astrojs/starlight/components';",
					'',
					'<Aside type="tip" title="Tip">Call <a href="/roles/sheriff/">the sheriff</a>.</Aside>',
					'',
					'```html\n<script>examples in code stay text</script>\n```',
				].join('\n'),
			),
		).toEqual([]);
	});

	it('refuses script, event handlers, javascript: links and frames, naming the file and line', () => {
		expect(
			check(
				[
					'Text<script>alert(1)</script>',
					'',
					'<img src="x" onError="alert(1)" />',
					'',
					'[county page](javascript:alert(1)) and <a href={"java\\tscript:alert(1)"}>x</a>',
					'',
					'<iframe src="https://example.org/"></iframe>',
					'',
					'<div {...props}>x</div>',
				].join('\n'),
			),
		).toEqual([
			'content/docs/guides/pasted.mdx:1: the tag <script> is not allowed.',
			'content/docs/guides/pasted.mdx:3: the event-handler attribute onError on <img> is not allowed.',
			'content/docs/guides/pasted.mdx:5: the link "javascript:alert(1)" would run script. Link to a page or a web address.',
			'content/docs/guides/pasted.mdx:5: the value {"java\\tscript:alert(1)"} is a link that would run script.',
			'content/docs/guides/pasted.mdx:7: the tag <iframe> is not allowed.',
			'content/docs/guides/pasted.mdx:9: a spread attribute {…} on <div> is not allowed. Write each attribute.',
		]);
	});

	it('refuses imports of anything but the project’s components, and any code, before it runs', () => {
		const problems = check(
			[
				"import { writeFileSync } from 'node:fs';",
				"import Evil from '../../../tools/static-server.ts';",
				"import Outside from '../../../../elsewhere/src/components/X.astro';",
				"export const x = writeFileSync('ran.txt', 'x');",
				'',
				"{writeFileSync('ran.txt', 'x')}",
				'',
				"{await import('node:child_process')}",
			].join('\n'),
		);
		expect(problems).toEqual([
			expect.stringContaining('pasted.mdx:1: import from "node:fs" is not allowed.'),
			expect.stringContaining(
				'pasted.mdx:1: import from "../../../tools/static-server.ts" is not allowed.',
			),
			expect.stringContaining(
				'pasted.mdx:1: import from "../../../../elsewhere/src/components/X.astro" is not allowed.',
			),
			'content/docs/guides/pasted.mdx:1: an export (or other code) is not allowed. MDX in content may only import components.',
			expect.stringMatching(
				/pasted\.mdx:6: the expression \{writeFileSync\('ran\.txt', 'x'\)\} runs code/,
			),
			expect.stringMatching(
				/pasted\.mdx:8: the expression \{await import\('node:child_process'\)\} runs code/,
			),
		]);
	});

	it('refuses reading anything the file did not import, and components it did not import', () => {
		expect(
			check(
				[
					"import { Aside } from '@astrojs/starlight/components';",
					'',
					'{process.env.GITHUB_TOKEN} and {frontmatter.title}',
					'',
					'<Aside title={frontmatter.title}>ok</Aside>',
					'',
					'<Function body="x" />',
					'',
					'<a href="&#106;avascript:alert(1)">x</a>',
				].join('\n'),
			),
		).toEqual([
			'content/docs/guides/pasted.mdx:3: the expression {process.env.GITHUB_TOKEN} reads process, which the file does not import. Use only imported components and frontmatter.',
			'content/docs/guides/pasted.mdx:7: <Function> is not a component the file imports. Import it from src/components/.',
			// The parser decodes the character reference, as a browser would.
			'content/docs/guides/pasted.mdx:9: href="javascript:alert(1)" on <a> would run script.',
		]);
	});

	it('refuses raw HTML with script or event handlers in Markdown', () => {
		expect(
			check(
				'Hi <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n<a href="java\tscript:x">a</a>',
				'content/docs/guides/pasted.md',
			),
		).toEqual([
			'content/docs/guides/pasted.md:1: an event-handler attribute (on…=) is not allowed.',
			'content/docs/guides/pasted.md:3: the tag <script> is not allowed.',
			'content/docs/guides/pasted.md:5: the link "java\tscript:x" would run script.',
		]);
	});
});

describe('the check of content/ while the config loads', () => {
	it('lists every unsafe Markdown file and impossible date at once, Markdown (.md) included', () => {
		const root = mkdtempSync(join(tmpdir(), 'content-guard-'));
		mkdirSync(join(root, 'content/docs/guides'), { recursive: true });
		mkdirSync(join(root, 'content/sources'), { recursive: true });
		writeFileSync(
			join(root, 'content/docs/guides/pasted.md'),
			'# Pasted\n\n<script>alert(1)</script>\n',
		);
		writeFileSync(join(root, 'content/docs/guides/fine.mdx'), 'Plain text.\n');
		writeFileSync(join(root, 'content/docs/README.md'), 'Authors may write <script> here.\n');
		writeFileSync(join(root, 'content/sources/a.yaml'), 'title: A\ndate: 2026-02-31\n');
		expect(contentProblems(root)).toEqual([
			'content/sources/a.yaml:2: field "date": 2026-02-31 is not a day that exists. Check the month and the day.',
			'content/docs/guides/pasted.md:3: the tag <script> is not allowed.',
		]);
	});
});

describe('dates', () => {
	it('knows which days exist', () => {
		expect(['2024-02-29', '2026-12-31', '2026-04-30'].filter(isCalendarDate)).toHaveLength(3);
		expect(
			['2026-02-31', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10'].filter(isCalendarDate),
		).toEqual([]);
	});

	it('finds an impossible date that YAML would turn into another day, with its line and field', () => {
		const yaml = [
			'title: A source',
			'date: 2026-02-31',
			"reviewed: '2025-02-29'",
			'ok: 2024-02-29',
			'dates:',
			'  - 2026-04-31',
		].join('\n');
		expect(impossibleDates(yaml)).toEqual([
			{ line: 2, field: 'date', value: '2026-02-31' },
			{ line: 3, field: 'reviewed', value: '2025-02-29' },
			{ line: 6, field: '(list item)', value: '2026-04-31' },
		]);
	});
});

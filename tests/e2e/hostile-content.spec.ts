/**
 * Script that reaches a page through content never runs (issue 23). A throwaway copy of the project
 * gets a talking-point title and an edition name that try to close <title> and open a <script>, and
 * a guide whose MDX carries a <script>, an event handler and text that mentions the policy's own
 * tag. The copy's MDX check (content-guard) is taken out, to stand for a check that misses
 * something: the page's policy must still refuse the script, because it allows only the hashes of
 * the project's own scripts, never of what a built page contains.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { copyProject } from '../../tools/copy-project';
import { startServer } from '../../tools/static-server';

/** What each injection runs if it runs: it records where it came from in `window.ran`. */
const titleAttack = `Detainers </title><script>window.ran='title'</script>`;
const editionAttack = `</title><script>window.ran='edition'</script>`;
// No quotes: Markdown would curl them, and the script would not parse even without a policy.
const mdxScript = 'window.ran=location.pathname';

/** The CSP source for a script's text, as a browser computes it. */
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A copy of the project with hostile text in content, built as the local edition "hostile". */
function buildHostileCopy(): string {
	const copy = copyProject('hostile-content');
	const edit = (file: string, change: (text: string) => string) =>
		writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
	edit('content/talking-points/detainers-are-requests.yaml', (text) =>
		text.replace(/^title: .*$/m, `title: "${titleAttack}"`),
	);
	edit('content/editions/sample.yaml', (text) =>
		text.replace(/^name: .*$/m, `name: "${editionAttack}"`),
	);
	writeFileSync(
		join(copy, 'content/docs/guides/hostile-guide.mdx'),
		[
			'---',
			'title: A guide pasted from a web page',
			'description: Carries a script, an event handler and the policy tag in its text.',
			'---',
			'',
			'A page can set <code>{\'<meta http-equiv="Content-Security-Policy">\'}</code> in its head.',
			'',
			`Call the sheriff.<script>${mdxScript}</script>`,
			'',
			'<img src="/favicon.svg?broken" alt="" onLoad="window.ran = \'handler\'" />',
		].join('\n'),
	);
	edit('astro.config.mjs', (text) => {
		const withoutGuard = text.replace(/^\s*contentGuard\(\),\n/m, '');
		if (withoutGuard === text) throw new Error('astro.config.mjs no longer has contentGuard(),');
		return withoutGuard;
	});
	execFileSync('npx', ['astro', 'build'], {
		cwd: copy,
		// A sample build (src/lib/sample-build.ts): the attacks are on pages every build makes.
		env: {
			...process.env,
			EDITION: 'sample',
			HANDBOOK_PAGES: 'sample',
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		stdio: 'pipe',
	});
	return join(copy, 'dist');
}

test('script put in content by a title, an edition name or an MDX body is refused by the browser', async ({
	browser,
}) => {
	test.setTimeout(600_000);
	const dist = buildHostileCopy();
	const server = await startServer({ root: dist, port: 0 });
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({ colorScheme: 'light' });
	await context.addInitScript(() => {
		const found: string[] = [];
		Object.assign(window, { violations: found });
		document.addEventListener('securitypolicyviolation', (event) =>
			found.push(event.violatedDirective),
		);
	});
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/guides/hostile-guide/`);
		await expect(page.getByText('Call the sheriff.')).toBeVisible();
		// The policy is the first thing in <head>, though the page's text names the policy's tag.
		expect(
			await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')),
		).toBe('Content-Security-Policy');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations))
			.toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
		expect(await page.evaluate(() => (window as unknown as { ran?: string }).ran)).toBeUndefined();
		// The project's own inline script did run, allowed by its hash: the page comes dark, and the
		// theme script (overrides/ThemeProvider.astro) set it to this browser's light setting.
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
		// The edition's name is in every title, as text.
		expect(await page.title()).toContain(editionAttack);

		await page.goto(`${origin}/talking-points/detainers-are-requests/`);
		expect(await page.title()).toContain(titleAttack);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleAttack);
		expect(await page.evaluate(() => (window as unknown as { ran?: string }).ran)).toBeUndefined();
	} finally {
		await context.close();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	// Neither the pages' policy nor the host header allows the injected script.
	const policies = [
		/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
			readFileSync(join(dist, 'guides/hostile-guide/index.html'), 'utf8'),
		)?.[1],
		readFileSync(join(dist, '_headers'), 'utf8'),
	];
	// The project's own theme script (overrides/ThemeProvider.astro), by what it reads.
	const themeScript = /<script>([^<]*prefers-color-scheme[^<]*)<\/script>/.exec(
		readFileSync(join(dist, 'guides/hostile-guide/index.html'), 'utf8'),
	)?.[1];
	for (const policy of policies) {
		expect(policy).toContain("script-src 'self'");
		expect(policy).toContain(sha(themeScript!));
		expect(policy).not.toContain(sha(mdxScript));
		expect(policy).not.toContain(sha(`window.ran='title'`));
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	}
});

/**
 * Readers include immigrants and the people who help them: reading and searching must make no
 * request to any other server, set no cookie, and run only the site's own scripts.
 */
import { expect, test } from '@playwright/test';
import { strings } from '../../src/lib/ui-strings';
import { search } from '../../tools/search-helpers';
import { withServiceWorker } from './offline-helpers';
import { at } from './site-paths';

// The service worker's own requests are the reader's too (playwright.config.ts blocks it elsewhere).
test.use(withServiceWorker);

const pages = [
	'/',
	'/roles/sheriff/',
	'/talking-points/detainers-are-requests/',
	'/explainers/ice-detainers/',
	'/scripts/sheriff-phone/',
	'/roles/sheriff/print/',
	'/tasks/call/',
	'/my-actions/',
	'/records/',
	'/meeting-kit/',
	// The Spanish edition.
	'/es/',
	'/es/roles/sheriff/',
	'/es/scripts/sheriff-phone/',
	'/es/roles/sheriff/print/',
	'/es/my-actions/',
	'/es/records/',
];

test('pages and search make no request to another origin, set no cookie and break no security policy @smoke', async ({
	page,
	context,
	baseURL,
}) => {
	// About 30 pages, each until the network is idle, then two searches: on a busy machine that
	// passes the default minute.
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const requested: string[] = [];
	context.on('request', (request) => requested.push(request.url()));
	const violations: string[] = [];
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { cspViolations: string[] }).cspViolations ??= [];
			(window as unknown as { cspViolations: string[] }).cspViolations.push(
				`${event.violatedDirective} ${event.blockedURI}`,
			);
		});
	});
	for (const path of pages) {
		await page.goto(at(path));
		await page.waitForLoadState('networkidle');
		violations.push(
			...(await page.evaluate(
				() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
			)),
		);
	}
	await page.goto(at('/'));
	const results = await search(page, 'detainer');
	await expect(results.first()).toBeVisible();
	// Search in Spanish, from a Spanish page (its own index).
	await page.goto(at('/es/scripts/sheriff-phone/'));
	await page
		.getByRole('button', { name: new RegExp(`^${strings.es.ui.search.open}`) })
		.first()
		.click();
	await page.getByRole('searchbox', { name: strings.es.ui.search.label }).fill('sheriff');
	await expect(page.locator('#handbook-search .search-result').first()).toBeVisible();
	violations.push(
		...(await page.evaluate(
			() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
		)),
	);

	const foreign = requested.filter(
		(url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
	);
	expect(foreign).toEqual([]);
	expect(requested.length).toBeGreaterThan(pages.length);
	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
	expect(violations).toEqual([]);
});

// Not in test:quick: its site checks read the same policy in every built page
// (tests/site/content-security-policy.test.ts).
test('every page declares a policy that allows only its own scripts', async ({ page }) => {
	for (const path of pages) {
		await page.goto(at(path));
		const policy = await page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(policy, path).toMatch(
			/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/,
		);
		expect(policy).not.toMatch(/script-src[^;]*(https?:|\*|'unsafe-inline'|'unsafe-eval')/);
	}
});

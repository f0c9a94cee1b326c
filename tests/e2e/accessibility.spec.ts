/**
 * WCAG 2.0, 2.1 and 2.2 A and AA plus axe's best practices. The Starlight chrome every page shares
 * (header, search button, sidebar, footer) is checked once on a full page, and once with the search
 * dialog open and showing results; then each page's own content (`main`, what differs between
 * pages) is checked on every page (`npm test`) or one page per layout plus changed pages
 * (`npm run test:quick`). Zero violations, no exceptions: the search button
 * and box are our own (overrides/Search.astro).
 */
import { expect, test as base, type Page } from '@playwright/test';
import { violationsOn, withAxe } from './axe';
import { layoutSamples, pagesToCheck } from './pages';
import { search } from '../../tools/search-helpers';

const test = base.extend<object, { sweepPage: Page }>({
	/**
	 * One tab per test worker that every per-page check navigates, with axe added once: a new
	 * browser context for each of 450 pages cost more than the check itself. The service worker is
	 * blocked: the offline copy is tested in offline.spec.ts, and here it would only download the
	 * shell again beside every check.
	 */
	sweepPage: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			await withAxe(context);
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.describe('accessibility of the shared chrome', () => {
	// A whole page with its long sidebar takes axe a while on a busy machine.
	test.describe.configure({ timeout: 180_000 });
	test.beforeEach(async ({ context }) => withAxe(context));

	test('a full role page, header, sidebar and footer included, has no axe violations @smoke', async ({
		page,
	}) => {
		await page.goto(layoutSamples[1]!);
		expect(await violationsOn(page)).toEqual([]);
	});

	test('the phone layout, with the menu open, has no axe violations @smoke', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(layoutSamples[1]!);
		await page.getByRole('button', { name: 'Menu' }).click();
		expect(await violationsOn(page)).toEqual([]);
	});

	test('the search dialog, open with results, has no axe violations @smoke', async ({ page }) => {
		await page.goto('/');
		const results = await search(page, 'detainer');
		await expect(results.first()).toBeVisible();
		expect(await violationsOn(page)).toEqual([]);
	});

	test('the search dialog showing "matches most of your words" has no axe violations', async ({
		page,
	}) => {
		await page.goto('/');
		await search(page, 'can the jail keep my neighbor after bail is paid');
		await expect(
			page.getByRole('heading', { name: 'Pages that match most of your words' }),
		).toBeVisible();
		expect(await violationsOn(page)).toEqual([]);
	});
});

test.describe('accessibility of each page', () => {
	for (const path of pagesToCheck()) {
		test(`${path}: the main content has no axe violations @smoke`, async ({
			sweepPage,
			baseURL,
		}) => {
			await sweepPage.goto(new URL(path, baseURL).href);
			expect(await violationsOn(sweepPage, 'main')).toEqual([]);
		});
	}
});

/**
 * WCAG 2.0, 2.1 and 2.2 A and AA plus axe's best practices. The Starlight chrome every page shares
 * (header, search button, sidebar, footer) is checked once on a full page, and once with the search
 * dialog open and showing results; then each page's own content (`main`, what differs between
 * pages) is checked on every page (`npm test`) or one page per layout plus changed pages
 * (`npm run test:quick`). Zero violations, no exceptions: the search button
 * and box are our own (overrides/Search.astro).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { layoutSamples, pagesToCheck } from './pages';
import { search } from './search-helpers';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * One `axe.run` in the page (legacy mode: the site has no frames, so axe's cross-frame pass, which
 * opens a second page per check, adds nothing) reporting violations only, not every passing node.
 */
async function violationsOn(page: Page, region?: string) {
	const builder = new AxeBuilder({ page })
		.withTags(tags)
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });
	if (region) builder.include(region);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
}

test.describe('accessibility of the shared chrome', () => {
	// A whole page with its long sidebar takes axe a while on a busy machine.
	test.describe.configure({ timeout: 180_000 });

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
		test.setTimeout(180_000);
		await page.goto('/');
		const results = await search(page, 'detainer');
		await expect(results.first()).toBeVisible();
		expect(await violationsOn(page)).toEqual([]);
	});

	test('the search dialog showing "matches most of your words" has no axe violations', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		await page.goto('/');
		await search(page, 'can the jail keep my neighbor after bail is paid');
		await expect(
			page.getByRole('heading', { name: 'Pages that match most of your words' }),
		).toBeVisible();
		expect(await violationsOn(page)).toEqual([]);
	});
});

test.describe('accessibility of each page', () => {
	// The offline copy is tested in offline.spec.ts; here it would only download the shell again
	// beside every page's check.
	test.use({ serviceWorkers: 'block' });
	for (const path of pagesToCheck()) {
		test(`${path}: the main content has no axe violations @smoke`, async ({ page }) => {
			await page.goto(path);
			expect(await violationsOn(page, 'main')).toEqual([]);
		});
	}
});

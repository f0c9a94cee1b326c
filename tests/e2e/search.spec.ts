import { expect, test } from '@playwright/test';
import { readContentFile } from '../../src/lib/content-files';
import { resultUrls, search, searchBox, typeQuery } from '../../tools/search-helpers';

const point = readContentFile('content/talking-points/detainers-are-requests.yaml');

test.describe('search', () => {
	test('finds a talking point by the words of its title @smoke', async ({ page }) => {
		await page.goto('/guides/start-here/');
		const results = await search(page, String(point.data['title']));
		await expect(results.first().locator('.search-result-link').first()).toHaveAttribute(
			'href',
			new RegExp(`/talking-points/${point.id}/`),
		);
	});
});

test.describe('pages that match most of your words', () => {
	const question = 'can the jail keep my neighbor after bail is paid';

	test('are labelled and come after the exact matches', async ({ page }) => {
		await page.goto('/');
		await search(page, question);
		const groups = page.locator('#handbook-search .search-group');
		const headings = await groups.locator('h2').allTextContents();
		// Last of the groups that answer; only the glossary and the source list may follow.
		expect(
			headings
				.filter((heading) => heading !== 'Also in the glossary and the list of sources')
				.at(-1),
		).toBe('Pages that match most of your words');
		const partial = page.getByRole('region', { name: 'Pages that match most of your words' });
		await expect(partial.getByRole('link').first()).toBeVisible();
		// Every exact match is listed before the first partial match.
		const order = await page
			.locator('#handbook-search .search-result')
			.evaluateAll((items) =>
				items.map((item) => item.closest('[data-group]')?.getAttribute('data-group')),
			);
		expect(order.lastIndexOf('exact')).toBeLessThan(order.indexOf('partial'));
	});

	test('a screen reader hears how many pages match, and the keyboard reaches them', async ({
		page,
	}) => {
		await page.goto('/');
		await search(page, question);
		await expect(page.locator('#handbook-search').getByRole('status')).toHaveText(
			/pages? match(es)? most of them\./,
		);
		const urls = await resultUrls(page);
		await searchBox(page).press('ArrowDown');
		await expect(page.locator(':focus')).toHaveAttribute('href', urls[0]!);
		const partialLinks = page
			.getByRole('region', { name: 'Pages that match most of your words' })
			.locator('.search-result > a');
		const firstPartial = await partialLinks.first().getAttribute('href');
		for (let i = 0; i < 20; i++) {
			if ((await page.locator(':focus').getAttribute('href')) === firstPartial) break;
			await page.keyboard.press('ArrowDown');
		}
		await expect(page.locator(':focus')).toHaveAttribute('href', firstPartial!);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${firstPartial}$`));
	});

	test('are not shown when enough pages match every word', async ({ page }) => {
		await page.goto('/');
		await search(page, 'detainer');
		await expect(page.locator('#handbook-search .search-group[data-group="exact"]')).toBeVisible();
		await expect(page.locator('#handbook-search .search-group[data-group="partial"]')).toHaveCount(
			0,
		);
	});
});

test.describe('the search dialog', () => {
	test('opens with Ctrl+K, closes with Escape, and keeps what was typed as text', async ({
		page,
	}) => {
		await page.goto('/guides/start-here/');
		await page.locator('body').press('Control+k');
		await expect(searchBox(page)).toBeFocused();
		await typeQuery(page, '<b>sheriff</b>');
		await expect(page.locator('#handbook-search b')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(searchBox(page)).toBeHidden();
	});

	test('names the search button by its visible text, shortcut included', async ({ page }) => {
		await page.goto('/');
		const button = page.locator('button[data-open-search]');
		await expect(button).toHaveAccessibleName('Search Ctrl K');
		await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
	});
});

test.describe('search on a phone (issue 25)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('finds the page for an everyday word the handbook does not use, never nothing @smoke', async ({
		page,
	}) => {
		await page.goto('/');
		await search(page, 'email template for my congressman');
		expect((await resultUrls(page)).slice(0, 3)).toContain('/scripts/congress-email/');
	});

	test('finds the meeting kit, the leave-behinds and "What I did"', async ({ page }) => {
		await page.goto('/');
		await search(page, 'print a flyer to leave with my county commissioner');
		expect((await resultUrls(page)).slice(0, 5)).toContain('/roles/county-commission/print/');
		await typeQuery(page, 'meeting kit');
		expect((await resultUrls(page))[0]).toBe('/meeting-kit/');
		await typeQuery(page, 'keep track of who I called');
		expect((await resultUrls(page)).slice(0, 3)).toContain('/my-actions/');
	});

	test('puts the glossary and the source list after the pages that answer', async ({ page }) => {
		await page.goto('/');
		await search(page, 'detainer');
		const urls = await resultUrls(page);
		const reference = urls.findIndex((url) => /^\/(glossary|sources)\/$/.test(url));
		expect(reference).toBeGreaterThan(0);
		expect(urls.slice(reference).every((url) => /^\/(glossary|sources)\/$/.test(url))).toBe(true);
	});

	test('shows each result as a title and one line of text', async ({ page }) => {
		await page.goto('/');
		const results = await search(page, 'sheriff');
		await expect(results.first()).toBeVisible();
		const heights = await results.evaluateAll((items) =>
			items.slice(0, 5).map((item) => {
				const excerpt = item.querySelector('.search-result-excerpt')!;
				const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
				return excerpt.getBoundingClientRect().height / lineHeight;
			}),
		);
		for (const lines of heights) expect(lines).toBeLessThanOrEqual(1.05);
		await expect(page.locator('#handbook-search .search-subresults').first()).toBeHidden();
	});
});

test.describe('search filters', () => {
	test('narrow results by kind of page and by official @smoke', async ({ page }) => {
		await page.goto('/');
		const results = await search(page, 'detainer');
		await expect(results.first()).toBeVisible();
		const dialog = page.locator('#handbook-search');
		await dialog.locator('summary', { hasText: /^Kind$/ }).click();
		await dialog.getByRole('checkbox', { name: /^Script/ }).check();
		await dialog.locator('summary', { hasText: /^Official$/ }).click();
		await dialog.getByRole('checkbox', { name: /^Congress/ }).check();
		await expect
			.poll(async () => {
				const urls = await resultUrls(page);
				return urls.length > 0 && urls.every((url) => /^\/scripts\/congress-/.test(url));
			})
			.toBe(true);
	});

	test('filter values never show up in result excerpts', async ({ page }) => {
		await page.goto('/');
		const results = await search(page, 'sheriff');
		await expect(results.first()).toBeVisible();
		const excerpts = await results.locator('.search-result-excerpt').allTextContents();
		for (const excerpt of excerpts)
			expect(excerpt).not.toMatch(/Role page|Talking pointSheriff|Kind:|Official:/);
	});
});

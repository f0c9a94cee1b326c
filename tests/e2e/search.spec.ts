import { expect, test } from '@playwright/test';
import { readContentFile } from '../../src/lib/content-files';
import { resultUrls, search, searchBox, typeQuery } from './search-helpers';

const point = readContentFile('content/talking-points/detainers-are-requests.yaml').data as {
	permalink: string;
	title: string;
};

test.describe('search', () => {
	test('finds a talking point by the words of its title @smoke', async ({ page }) => {
		await page.goto('/guides/start-here/');
		const results = await search(page, point.title);
		await expect(results.first().locator('.search-result-link').first()).toHaveAttribute(
			'href',
			new RegExp(`/talking-points/${point.permalink}/`),
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
		expect(headings.at(-1)).toBe('Pages that match most of your words');
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

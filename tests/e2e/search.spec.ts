import { expect, test } from '@playwright/test';
import { readContentFile } from '../../src/lib/content-files';
import { search } from './search-helpers';

const point = readContentFile('content/talking-points/detainers-are-requests.yaml').data as {
	permalink: string;
	title: string;
};

test.describe('search', () => {
	test('finds a talking point by the words of its title @smoke', async ({ page }) => {
		await page.goto('/guides/start-here/');
		const results = await search(page, point.title);
		await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveAttribute(
			'href',
			new RegExp(`/talking-points/${point.permalink}/`),
		);
	});
});

test.describe('search filters', () => {
	test('narrow results by kind of page and by official @smoke', async ({ page }) => {
		await page.goto('/');
		const results = await search(page, 'detainer');
		await expect(results.first()).toBeVisible();
		const dialog = page.locator('#starlight__search');
		await dialog.locator('summary', { hasText: /^Kind$/ }).click();
		await dialog.getByRole('checkbox', { name: /^Script/ }).check();
		await dialog.locator('summary', { hasText: /^Official$/ }).click();
		await dialog.getByRole('checkbox', { name: /^Congress/ }).check();
		const resultUrls = () =>
			results.evaluateAll((items) =>
				items.map(
					(item) => item.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? '',
				),
			);
		await expect
			.poll(async () => {
				const urls = await resultUrls();
				return urls.length > 0 && urls.every((url) => /^\/scripts\/congress-/.test(url));
			})
			.toBe(true);
	});

	test('filter values never show up in result excerpts', async ({ page }) => {
		await page.goto('/');
		const results = await search(page, 'sheriff');
		await expect(results.first()).toBeVisible();
		const excerpts = await results.locator('.pagefind-ui__result-excerpt').allTextContents();
		for (const excerpt of excerpts)
			expect(excerpt).not.toMatch(/Role page|Talking pointSheriff|Kind:|Official:/);
	});
});

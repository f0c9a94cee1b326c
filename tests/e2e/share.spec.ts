import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { buildShareText } from '../../src/lib/talking-point-text';

interface Yaml {
	[key: string]: unknown;
}
const load = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Yaml;
/** Dates as the site prints them: YAML reads 2014-03-04 as a Date and 2014 as a number. */
const asWritten = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
const permalink = 'detainers-are-requests';
const point = load(`content/talking-points/${permalink}.yaml`);
const sources = (point['sources'] as string[]).map((id) => {
	const source = load(`content/sources/${id}.yaml`);
	return {
		data: {
			title: String(source['title']),
			publisher: String(source['publisher']),
			date: asWritten(source['date']),
		},
	};
});
const expectedText = buildShareText({ data: { say: String(point['say']) } }, sources);

test.describe('sharing one talking point', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy link" on its page puts the page URL on the clipboard', async ({ page, baseURL }) => {
		await page.goto(`/talking-points/${permalink}/`);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/talking-points/${permalink}/`,
		);
	});

	test('"Copy text" puts the line to say and its sources on the clipboard', async ({ page }) => {
		await page.goto(`/talking-points/${permalink}/`);
		await page.getByRole('button', { name: 'Copy text' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedText);
	});

	test('the same buttons on a role page copy that point, not another', async ({
		page,
		baseURL,
	}) => {
		await page.goto(`/roles/sheriff/#${permalink}`);
		const card = page
			.locator('article.talking-point')
			.filter({ has: page.locator(`[id="${permalink}"]`) });
		await card.getByRole('button', { name: 'Copy link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/talking-points/${permalink}/`,
		);
		await card.getByRole('button', { name: 'Copy text' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedText);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the link to a point is still visible and selectable, and no dead buttons show', async ({
		page,
	}) => {
		await page.goto(`/talking-points/${permalink}/`);
		const link = page.locator('.share-link a');
		await expect(link).toBeVisible();
		await expect(link).toHaveText(new RegExp(`/talking-points/${permalink}/$`));
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	});
});

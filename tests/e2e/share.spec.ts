import { expect, test, type Page } from '@playwright/test';
import { readContentFile } from '../../src/lib/content-files';

/** A talking point, by its file name: also its address, `/talking-points/<file name>/`. */
const pointId = 'detainers-are-requests';
const point = readContentFile(`content/talking-points/${pointId}.yaml`).data;
const sourceTitles = (point['sources'] as string[]).map((id) =>
	String(readContentFile(`content/sources/${id}.yaml`).data['title']),
);

/** What "Copy text" must put on the clipboard: the line to say first, then where it comes from. */
async function expectCopiedText(page: Page) {
	const text = await page.evaluate(() => navigator.clipboard.readText());
	const [say, ...rest] = text.split('\n');
	expect(say).toBe(String(point['say']).trim());
	for (const title of sourceTitles) expect(rest.join('\n')).toContain(title);
}

test.describe('sharing one talking point', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy link" on its page puts the page URL on the clipboard @smoke', async ({
		page,
		baseURL,
	}) => {
		await page.goto(`/talking-points/${pointId}/`);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/talking-points/${pointId}/`,
		);
	});

	test('"Copy text" puts the line to say and its sources on the clipboard', async ({ page }) => {
		await page.goto(`/talking-points/${pointId}/`);
		await page.getByRole('button', { name: 'Copy text' }).click();
		await expectCopiedText(page);
	});

	test('the same buttons on a role page copy that point, not another', async ({
		page,
		baseURL,
	}) => {
		await page.goto(`/roles/sheriff/#${pointId}`);
		const card = page
			.locator('article.talking-point')
			.filter({ has: page.locator(`[id="${pointId}"]`) });
		await card.getByRole('button', { name: 'Copy link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/talking-points/${pointId}/`,
		);
		await card.getByRole('button', { name: 'Copy text' }).click();
		await expectCopiedText(page);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the link to a point is still visible and selectable, and no dead buttons show @smoke', async ({
		page,
	}) => {
		await page.goto(`/talking-points/${pointId}/`);
		const link = page.locator('.share-link a');
		await expect(link).toBeVisible();
		await expect(link).toHaveText(new RegExp(`/talking-points/${pointId}/$`));
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	});
});

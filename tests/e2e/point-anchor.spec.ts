/**
 * An old link to a talking point's anchor on a role page (`/roles/sheriff/#<id>`), for a
 * point the page no longer lists, lands on the point's own page: in the page's language, and under
 * the base path the site is served at (`/handbook/` in the edition run of `npm test`). An anchor
 * the page has stays where it is.
 */
import { expect, test } from '@playwright/test';
import { at } from './site-paths';

/** A talking point the sheriff's page does not list (it is about trust, not the jail). */
const unlisted = 'bright-line-local-federal';

for (const lang of ['', 'es/']) {
	test(`an anchor for an unlisted point on ${lang || 'an English '}role page opens the point's page`, async ({
		page,
	}) => {
		await page.goto(at(`/${lang}roles/sheriff/`));
		await expect(page.locator(`[id="${unlisted}"]`)).toHaveCount(0);
		// A fresh load, as when the link is followed from elsewhere (not a jump within the page).
		await page.goto('about:blank');
		await page.goto(at(`/${lang}roles/sheriff/#${unlisted}`));
		await expect(page).toHaveURL(new RegExp(`${at(`/${lang}talking-points/${unlisted}/`)}$`));
		await expect(page.locator('h1')).toBeVisible();
		expect((await page.request.get(page.url())).status()).toBe(200);
	});
}

test('an anchor the role page has stays on the role page', async ({ page }) => {
	await page.goto(at('/roles/sheriff/'));
	const id = await page.locator('main h2[id]').first().getAttribute('id');
	await page.goto('about:blank');
	await page.goto(at(`/roles/sheriff/#${id}`));
	await expect(page).toHaveURL(new RegExp(`${at('/roles/sheriff/')}#${id}$`));
});

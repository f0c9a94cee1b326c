/**
 * `/wins/` as an organizer uses it: every win is listed with its date and source, readable with no
 * JavaScript; with it, choosing a state or a kind leaves only the matching wins and says how many.
 * The expected places come from the case studies' files (content/case-studies/), not the page code.
 */
import { expect, test } from '@playwright/test';

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every win with its year and source, and no filter to trip on @smoke', async ({
		page,
	}) => {
		await page.goto('/wins/');
		await expect(page.locator('.wins-filter')).toBeHidden();
		const harris = page.locator('#case-harris-county');
		await expect(harris).toContainText('Harris County, Texas');
		await expect(harris).toContainText('Ended a 287(g) agreement');
		await expect(harris.locator('dd').first()).toHaveText('2017');
		await expect(
			harris.getByRole('link', { name: 'What happened in Harris County' }),
		).toHaveAttribute('href', '/case-studies/harris-county/');
		// Seven case studies are wins on 287(g) or detainers; the city-ID and legal-help wins are not.
		await expect(page.locator('[data-win][id^="case-"]')).toHaveCount(7);
		await expect(page.locator('#case-municipal-id-cities')).toHaveCount(0);
	});
});

test('choosing a state, then a kind, leaves only the wins that match', async ({ page }) => {
	await page.goto('/wins/');
	const form = page.locator('.wins-filter');
	await form.getByLabel('State').selectOption({ label: 'California' });
	await expect(page.locator('[data-win]:visible')).toHaveCount(1);
	await expect(page.locator('#case-santa-clara-county')).toBeVisible();
	await expect(form.getByRole('status')).toHaveText(/^Showing 1 of \d+\.$/);
	await form.getByLabel('State').selectOption({ label: 'All' });
	await form.getByLabel('Kind').selectOption({ label: 'Limited ICE detainer holds' });
	await expect(page.locator('[data-win]:visible')).toHaveCount(4);
	await form.getByLabel('State').selectOption({ label: 'Texas' });
	await expect(page.locator('[data-win]:visible')).toHaveCount(0);
	await expect(form.getByRole('status')).toHaveText('No wins match. Choose another state or kind.');
});

test('the Spanish page filters in Spanish', async ({ page }) => {
	await page.goto('/es/wins/');
	const form = page.locator('.wins-filter');
	await form.getByLabel('Tipo').selectOption({ label: 'Terminó un acuerdo 287(g)' });
	await expect(page.locator('[data-win]:visible')).toHaveCount(2);
	await expect(form.getByRole('status')).toHaveText(/^Se muestran 2 de \d+\.$/);
});

test("agreements gone from ICE's list are listed apart, each saying the list gives no reason", async ({
	page,
}) => {
	await page.goto('/wins/');
	await page
		.locator('.wins-filter')
		.getByLabel('Kind')
		.selectOption({ label: "Left ICE's 287(g) list" });
	const left = page.locator('[data-win][data-kind="left-ice-list"]:visible');
	expect(await left.count()).toBeGreaterThan(0);
	await expect(left.first()).toContainText('The list does not say why');
	await expect(left.first()).toContainText("was last on ICE's list of");
	await expect(page.locator('[data-win][id^="case-"]:visible')).toHaveCount(0);
});

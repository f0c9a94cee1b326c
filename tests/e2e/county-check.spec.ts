/**
 * "Check your county" from the home page: a reader picks a state, then a county, and lands on that
 * county's part of the state page. It must work with JavaScript off, and offline after one visit.
 */
import { expect, test } from '@playwright/test';
import { firstVisit, serve } from './offline-helpers';
import { distDir } from './site-paths';

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('home page → Texas → Aransas County shows its agreements', async ({ page }) => {
		await page.goto('/');
		const check = page.locator('section.county-check');
		await expect(check.getByRole('heading', { name: 'Check your county' })).toBeVisible();
		await check.getByRole('link', { name: /^Texas/ }).click();
		// The state page opens on its law: what may be asked there comes before the counties.
		await expect(page).toHaveURL(/\/states\/texas\/$/);
		await expect(
			page.getByRole('heading', { name: 'What state law says', exact: true }),
		).toBeInViewport();
		await page.getByText(/^Pick your county/).click();
		await page
			.locator('.county-index')
			.getByRole('link', { name: 'Aransas County', exact: true })
			.click();
		await expect(page).toHaveURL(/\/states\/texas\/#aransas-county$/);
		const county = page.locator('section.county', { has: page.locator('#aransas-county') });
		await expect(county).toContainText("Aransas County Sheriff's Office");
		await expect(county.getByRole('link', { name: 'Link to Aransas County' })).toBeVisible();
	});

	test('a county with no agreement says so', async ({ page }) => {
		await page.goto('/states/texas/#agreements');
		await page.getByText(/^Pick your county/).click();
		await page
			.locator('.county-index')
			.getByRole('link', { name: 'Travis County', exact: true })
			.click();
		// ICE's list of 2026-05-18 has no agency in Travis County, Texas.
		await expect(page.locator('h4#travis-county')).toBeInViewport();
		await expect(
			page.locator('h4#travis-county').locator('xpath=ancestor::section[1]'),
		).toContainText("Counties with no agreement on ICE's list");
		// Where the link lands: the county's answer under Texas law, with the official's page for Texas.
		const answer = page
			.locator('li', { has: page.locator('#travis-county') })
			.locator('.county-answer');
		await expect(answer).toBeVisible();
		await expect(answer).toContainText('What to ask here under Texas law:');
		await expect(answer.getByRole('link', { name: 'Sheriff', exact: true })).toHaveAttribute(
			'href',
			'/states/texas/sheriff/',
		);
	});
});

test('the county check works offline after the first visit', async ({ browser }) => {
	const site = await serve(distDir);
	const origin = site.origin;
	const context = await browser.newContext();
	const page = await firstVisit(context, origin);
	await site.stop();
	await context.setOffline(true);

	await page
		.locator('section.county-check')
		.getByRole('link', { name: /^Florida/ })
		.click();
	await expect(page).toHaveURL(/\/states\/florida\/$/);
	await page.getByText(/^Pick your county/).click();
	await page
		.locator('.county-index')
		.getByRole('link', { name: 'Collier County', exact: true })
		.click();
	await expect(page.locator('h4#collier-county')).toBeInViewport();
	await expect(
		page.locator('section.county', { has: page.locator('#collier-county') }),
	).toContainText('Collier County Sheriff');
	await context.close();
});

test('search finds a county on its state page, at its anchor, in the top 3', async ({ page }) => {
	await page.goto('/');
	const found = await page.evaluate(
		async (queries) => {
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			const out: Record<string, string[]> = {};
			for (const query of queries) {
				const search = await pagefind.search(query);
				const top = await Promise.all(
					search.results
						.slice(0, 3)
						.map(async (r: { data: () => Promise<{ sub_results: { url: string }[] }> }) =>
							(await r.data()).sub_results.map((s) => s.url),
						),
				);
				out[query] = top.flat();
			}
			return out;
		},
		['Collier County', 'Harris County sheriff 287g'],
	);
	expect(found['Collier County']).toContain('/states/florida/#collier-county');
	// ICE's list has a Harris County Sheriff's Office in Georgia (signed 2025-05-22); in Texas's
	// Harris County only a city police department has one, so Georgia's anchor is the right answer.
	expect(found['Harris County sheriff 287g']).toContain('/states/georgia/#harris-county');
});

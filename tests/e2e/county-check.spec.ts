/**
 * "Check your county" from the home page. With JavaScript off, a reader picks a state, then a
 * county, and lands on that county's part of the state page. With it, the answer comes from the
 * lookup file the first visit saves, so it works offline after one visit.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ui } from '../../src/lib/ui-strings';
import { firstVisit, serve, withServiceWorker } from './offline-helpers';
import { at, distDir } from './site-paths';

async function expectReadableOffline(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response?.fromServiceWorker(), url).toBe(true);
	expect(response?.status(), url).toBe(200);
}

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

/** The committed ICE list the site was built from (the newest file), read here, not from the site. */
function newestIceList() {
	const dir = 'content/ice-lists';
	const newest = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.at(-1)!;
	return JSON.parse(readFileSync(join(dir, newest), 'utf8')) as {
		agreements: { state: string; agency: string; countyFips: string | null }[];
		pending: { countyFips: string | null }[];
	};
}

test('"Check your county" answers with no signal after a first visit, from the saved lookup file', async ({
	browser,
}) => {
	test.setTimeout(180_000);
	const list = newestIceList();
	// Harris County, Texas (FIPS 48201) has agreements on the list; Travis County (48453) has none.
	const harris = list.agreements.filter((a) => a.countyFips === '48201').map((a) => a.agency);
	expect(harris.length).toBeGreaterThan(0);
	expect([...list.agreements, ...list.pending].some((a) => a.countyFips === '48453')).toBe(false);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await firstVisit(context, site.origin);
	await site.stop();
	await context.setOffline(true);
	await expectReadableOffline(page, `${site.origin}${at('/')}`);

	const lookup = page.locator('.county-lookup');
	await lookup.getByLabel(ui.ice.checkState).selectOption({ label: 'Texas' });
	await lookup.getByLabel(ui.ice.checkCounty).selectOption({ label: 'Harris County' });
	const answer = lookup.locator('.county-lookup-answer');
	await expect(answer).toContainText(ui.ice.lookupAgreements);
	for (const agency of harris) await expect(answer).toContainText(agency);
	await expect(answer.getByRole('link', { name: /Texas/ }).last()).toHaveAttribute(
		'href',
		at('/states/texas/#harris-county'),
	);
	await lookup.getByLabel(ui.ice.checkCounty).selectOption({ label: 'Travis County' });
	await expect(answer).toContainText(ui.stateRole.countyNone);
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

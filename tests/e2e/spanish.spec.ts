/**
 * The Spanish edition in a browser: the language picker goes to the same page in the other
 * language; a name typed on an English script fills the Spanish one; a page with no Spanish
 * version yet says so and Spanish search does not offer it; after a first visit that starts in
 * Spanish, the Spanish officials' pages, scripts and search work with no signal.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { strings } from '../../src/lib/ui-strings';
import { serve, withServiceWorker } from './offline-helpers';
import { at, distDir } from './site-paths';

const es = strings.es.ui;
const en = strings.en.ui;

/** The language picker the reader can see (Starlight renders one for phones, one for wider screens). */
const picker = (page: Page) => page.locator('starlight-lang-select select:visible');

/** Searches the way a reader does, in the page's language; returns the result links. */
async function searchFor(page: Page, query: string, ui: typeof es) {
	await page
		.getByRole('button', { name: new RegExp(`^${ui.search.open}`) })
		.first()
		.click();
	const box = page.getByRole('searchbox', { name: ui.search.label });
	await box.fill(query);
	await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-done', query, {
		timeout: 30_000,
	});
	return page
		.locator('#handbook-search .search-result > a.search-result-link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** A talking point with no Spanish file yet, with its English title. */
function untranslatedPoint(): { id: string; title: string } | undefined {
	const folder = 'content/talking-points';
	const spanish = existsSync(`${folder}/es`) ? readdirSync(`${folder}/es`) : [];
	const name = readdirSync(folder)
		.filter((n) => n.endsWith('.yaml') && !spanish.includes(n))
		.sort()[0];
	if (!name) return undefined;
	const id = name.replace(/\.yaml$/, '');
	const html = readdirSync(`${distDir}/talking-points`).includes(id);
	if (!html) return undefined;
	return { id, title: readTitle(`${distDir}/talking-points/${id}/index.html`) };
}

function readTitle(file: string): string {
	const text = readFileSync(file, 'utf8');
	return /<h1[^>]*>([^<]*)<\/h1>/.exec(text)![1]!.trim();
}

test.describe('the language picker', () => {
	for (const path of [
		'/roles/sheriff/',
		'/scripts/sheriff-phone/',
		'/guides/start-here/',
		'/states/texas/',
	])
		test(`goes from ${path} to the same page in Spanish and back`, async ({ page }) => {
			await page.goto(at(path));
			await picker(page).selectOption({ label: 'Español' });
			// Long pages (a state's county list) can take a while to load on a busy machine.
			await expect(page).toHaveURL(new RegExp(`${at(`/es${path}`)}$`), { timeout: 30_000 });
			await page.waitForLoadState('domcontentloaded');
			await expect(page.locator('html')).toHaveAttribute('lang', 'es');
			await picker(page).selectOption({ label: 'English' });
			await expect(page).toHaveURL(new RegExp(`${at(path)}$`), { timeout: 30_000 });
			await page.waitForLoadState('domcontentloaded');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		});
});

test('a name typed on the English script fills the Spanish script', async ({ page }) => {
	await page.goto(at('/scripts/sheriff-phone/'));
	await page.locator('.fill-in [data-key="your-name"]').fill('Ana Ruiz');
	await expect(page.locator('.script-body')).toContainText('Ana Ruiz');
	await page.goto(at('/es/scripts/sheriff-phone/'));
	await expect(page.locator('.fill-in [data-key="your-name"]')).toHaveValue('Ana Ruiz');
	await expect(page.locator('.script-body')).toContainText('Ana Ruiz');
	await expect(page.locator('.script-body')).not.toContainText('[SU NOMBRE]');
});

test('a page with no Spanish version says so, and Spanish search does not offer it', async ({
	page,
}) => {
	const point = untranslatedPoint();
	test.skip(!point, 'every talking point is translated');
	const { id, title } = point!;
	await page.goto(at(`/es/talking-points/${id}/`));
	await expect(page.getByText(strings.es.translation.untranslated)).toBeVisible();
	await expect(page.locator('main')).toHaveAttribute('lang', 'en');

	// The English search finds it by its title: the words are findable.
	await page.goto(at('/roles/sheriff/'));
	expect(await searchFor(page, title, en)).toContain(at(`/talking-points/${id}/`));
	// Spanish search, from a Spanish page, offers only Spanish pages and not this one.
	await page.goto(at('/es/roles/sheriff/'));
	const results = await searchFor(page, title, es);
	expect(results).not.toContain(at(`/es/talking-points/${id}/`));
	expect(results.filter((url) => !url.startsWith(at('/es/')))).toEqual([]);
});

test('after a first visit in Spanish, Spanish officials’ pages, scripts and search work with no signal', async ({
	browser,
}) => {
	test.setTimeout(240_000);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await context.newPage();
	await page.goto(`${site.origin}${at('/es/')}`);
	await expect(page.locator('.offline-status')).toHaveText(es.offline.ready, { timeout: 60_000 });
	const online = await searchFor(page, 'sheriff', es);
	expect(online.length).toBeGreaterThan(0);
	await page.keyboard.press('Escape');
	await site.stop();
	await context.setOffline(true);
	for (const path of ['/es/roles/sheriff/', '/es/scripts/sheriff-phone/', '/es/tasks/call/']) {
		const response = await page.goto(`${site.origin}${at(path)}`);
		expect(response?.fromServiceWorker(), path).toBe(true);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	expect(await searchFor(page, 'sheriff', es)).toEqual(online);
	const unread = await page.goto(`${site.origin}${at('/es/guides/know-your-rights/')}`);
	expect(unread?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.offline.notSaved.title);
	await context.close();
});

/**
 * The handbook works with no signal. Each test serves the built site itself, so it can stop the
 * server and go offline: after a first visit the shell, the officials' pages, the scripts and search
 * work, and so do the talking points, the meeting kit and the leave-behinds ("Check your county"
 * offline: county-check.spec.ts); other pages work once read, or all of them after "Save the whole handbook"
 * (which says its size first); and a new build
 * replaces what was saved, all of it, with the footer saying so. Offline searches show the same
 * pages, in the same order, as online, "matches most of your words" included.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../tools/copy-project';
import { ui } from '../../src/lib/ui-strings';
import { firstVisit, serve, withServiceWorker } from './offline-helpers';
import { allPages, isAgencyPage, isStateOfficialPage } from './pages';
import { resultUrls, search } from '../../tools/search-helpers';
import { at, basePath, distDir } from './site-paths';

test('when the first save fails, the page says so and saving again works', async ({ browser }) => {
	test.setTimeout(180_000);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	// One page of the shell cannot be fetched while saving, as when the signal drops.
	const sheriff = `${site.origin}${at('/roles/sheriff/')}`;
	await context.route(sheriff, (route) => route.abort('internetdisconnected'));
	const page = await context.newPage();
	await page.goto(`${site.origin}${at('/')}`);
	const status = page.locator('.offline-status');
	await expect(status).toHaveText(ui.offline.failed, { timeout: 60_000 });
	await context.unroute(sheriff);
	await page.getByRole('button', { name: ui.offline.retry }).click();
	await expect(status).toHaveText(ui.offline.ready, { timeout: 60_000 });
	await expect(page.getByRole('button', { name: ui.offline.retry })).toBeHidden();
	await context.close();
	await site.stop();
});

async function expectReadableOffline(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response?.fromServiceWorker(), url).toBe(true);
	expect(response?.status(), url).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('after a first visit, the officials’ pages, the scripts and search work with no signal, and an unread guide does not @smoke', async ({
	browser,
}) => {
	test.setTimeout(240_000);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await firstVisit(context, site.origin);
	// What the first visit keeps on the phone, as the browser stores it: at most 3 MiB (issue 24).
	const stored = await page.evaluate(async () => {
		let bytes = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys())
				bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
		}
		return bytes;
	});
	expect(stored).toBeLessThanOrEqual(3 * 1024 * 1024);
	const queries = [
		'detainer',
		'check-in',
		'S-Comm',
		'can the jail keep my neighbor after bail is paid',
	];
	const online: string[][] = [];
	for (const query of queries) {
		await search(page, query);
		online.push(await resultUrls(page));
		await page.keyboard.press('Escape');
	}
	await site.stop();
	await context.setOffline(true);

	for (const path of [
		'/roles/sheriff/',
		'/roles/congress/',
		'/roles/sheriff/print/',
		'/scripts/sheriff-phone/',
		'/talking-points/detainers-are-requests/',
		'/meeting-kit/',
		'/',
	])
		await expectReadableOffline(page, `${site.origin}${at(path)}`);
	for (const [i, query] of queries.entries()) {
		const results = await search(page, query);
		await expect(results.first(), query).toBeVisible();
		expect(await resultUrls(page), query).toEqual(online[i]);
		await page.keyboard.press('Escape');
	}
	const unread = await page.goto(`${site.origin}${at('/guides/know-your-rights/')}`);
	expect(unread?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.offline.notSaved.title);
	await context.close();
});

test('a reader who moves between English and Spanish keeps one saved copy, and the Spanish officials’ pages then work with no signal', async ({
	browser,
}) => {
	test.setTimeout(240_000);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await firstVisit(context, site.origin);
	const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	// Back and forth, as a bilingual reader does: every page opens, and the worker stays the same
	// (another language's worker would replace it and save everything again on each switch).
	for (const path of ['/es/', '/', '/es/roles/sheriff/', '/roles/sheriff/', '/es/'])
		await expect(page.goto(`${site.origin}${at(path)}`)).resolves.toBeTruthy();
	await expect(page.locator('.offline-status')).toHaveText(/./);
	const registration = await page.evaluate(async () => {
		const r = await navigator.serviceWorker.getRegistration();
		return { active: r?.active?.scriptURL, waiting: r?.waiting, installing: r?.installing };
	});
	expect(registration).toEqual({ active: firstWorker, waiting: null, installing: null });
	// Spanish pages of the shell that were never opened are saved too, once a Spanish page was read.
	const unread = ['/es/roles/congress/', '/es/tasks/call/'].map(
		(path) => `${site.origin}${at(path)}`,
	);
	for (const url of unread)
		await expect
			.poll(() => page.evaluate(async (u) => Boolean(await caches.match(u)), url), {
				timeout: 60_000,
			})
			.toBe(true);
	await site.stop();
	await context.setOffline(true);
	for (const url of unread) {
		await expectReadableOffline(page, url);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	}
	await context.close();
});

test('a page read online is then readable with no signal', async ({ browser }) => {
	test.setTimeout(180_000);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await firstVisit(context, site.origin);
	await page.goto(`${site.origin}${at('/guides/know-your-rights/')}`);
	await site.stop();
	await context.setOffline(true);
	await expectReadableOffline(page, `${site.origin}${at('/guides/know-your-rights/')}`);
	expect(
		(await page.goto(`${site.origin}${at('/explainers/ice-detainers/')}`))?.status(),
		'a page not read stays unsaved',
	).toBe(503);
	await context.close();
});

test('"Save the whole handbook" makes every page readable with no signal', async ({ browser }) => {
	test.setTimeout(180_000);
	const site = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await firstVisit(context, site.origin);
	// Officials' pages for each state and agencies' pages are saved when read, not by "save all"
	// (offline-service-worker.ts).
	const pages = allPages().filter((path) => !isStateOfficialPage(path) && !isAgencyPage(path));
	// Before it starts, the button says how much it will download.
	const saveAll = page.getByRole('button', { name: ui.offline.saveAll });
	await expect(saveAll).toHaveText(/\(\d+ MB to download\)$/);
	await saveAll.click();
	await expect(page.locator('.offline-status')).toHaveText(/^All \d+ pages are saved/, {
		timeout: 150_000,
	});
	await site.stop();
	await context.setOffline(true);

	const unreadable = await page.evaluate(async (paths) => {
		const failed: string[] = [];
		for (const path of paths) {
			const response = await fetch(path).catch(() => undefined);
			if (response?.status !== 200) failed.push(`${path}: ${response?.status ?? 'error'}`);
		}
		return failed;
	}, pages.map(at));
	expect(unreadable).toEqual([]);
	await expectReadableOffline(page, `${site.origin}${at('/explainers/ice-detainers/')}`);
	await expectReadableOffline(page, `${site.origin}${at('/states/texas/')}`);
	await context.close();
});

test('a new build replaces the saved copy, pages read before included, and the footer says so', async ({
	browser,
}) => {
	test.skip(
		basePath !== '/',
		'builds the project a second time; the edition run under a base path keeps to one extra build',
	);
	test.setTimeout(420_000);
	// A second build of the project with one talking point retitled.
	const copy = copyProject('offline-update');
	const pointFile = join(copy, 'content/talking-points/detainers-are-requests.yaml');
	const before = readFileSync(pointFile, 'utf8');
	const oldTitle = /^title: (.*)$/m.exec(before)![1]!.replace(/^["']|["']$/g, '');
	const newTitle = 'Detainers ask; they never order';
	writeFileSync(pointFile, before.replace(/^title: .*$/m, `title: ${newTitle}`));
	execFileSync('npx', ['astro', 'build'], {
		cwd: copy,
		stdio: 'ignore',
		// A sample build (src/lib/sample-build.ts): the pages this test reads are in every build.
		env: { ...process.env, HANDBOOK_PAGES: 'sample', ASTRO_TELEMETRY_DISABLED: '1' },
	});

	const first = await serve(distDir);
	const context = await browser.newContext(withServiceWorker);
	const page = await firstVisit(context, first.origin);
	await page.goto(`${first.origin}${at('/talking-points/detainers-are-requests/')}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldTitle);
	await first.stop();

	// The new build, at the same address.
	const second = await serve(join(copy, 'dist'), first.port);
	await page.goto(`${second.origin}${at('/')}`);
	await expect(page.locator('.offline-status')).toHaveText(ui.offline.updated, {
		timeout: 120_000,
	});
	await second.stop();
	await context.setOffline(true);

	// The role page (saved on install) and the point's page (read before) are both the new version,
	// with their styles.
	await expectReadableOffline(
		page,
		`${second.origin}${at('/talking-points/detainers-are-requests/')}`,
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
	await expectReadableOffline(page, `${second.origin}${at('/roles/sheriff/')}`);
	await expect(page.locator('#detainers-are-requests')).toHaveText(newTitle);
	await expect(page.getByText(oldTitle, { exact: true })).toHaveCount(0);
	const styled = await page.evaluate(() =>
		[...document.styleSheets].every((sheet) => sheet.cssRules.length > 0),
	);
	expect(styled, 'every stylesheet of the new version is saved').toBe(true);
	const saved = await page.evaluate(() => caches.keys());
	expect(saved.filter((name) => name.startsWith('handbook-'))).toHaveLength(2);
	await context.close();
});

/**
 * After one visit the handbook works in airplane mode: the test serves the site itself, loads it
 * once, stops the server, goes offline, then reads three other pages and runs searches: they show
 * the same pages, in the same order, as online, "matches most of your words" included.
 */
import { expect, test } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve';
import { resultUrls, search } from './search-helpers';

test('reading and searching keep working with no signal after the first visit', async ({
	browser,
}) => {
	test.setTimeout(240_000);
	const server = await startServer({ port: 0 });
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	const context = await browser.newContext();
	const page = await context.newPage();

	await page.goto(`${origin}/`);
	await expect(page.locator('.offline-status')).toHaveText('Ready to use with no signal.', {
		timeout: 30_000,
	});
	const queries = [
		'detainer',
		'check-in',
		'S-Comm',
		'can the jail keep my neighbor after bail is paid',
	];
	const online: string[][] = [];
	for (const query of queries) {
		await page.goto(`${origin}/guides/start-here/`);
		await search(page, query);
		online.push(await resultUrls(page));
	}
	await new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeAllConnections();
	await context.setOffline(true);

	for (const path of [
		'/roles/sheriff/',
		'/talking-points/detainers-are-requests/',
		'/guides/know-your-rights/',
	]) {
		const response = await page.goto(`${origin}${path}`);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	for (const [i, query] of queries.entries()) {
		await page.goto(`${origin}/guides/start-here/`);
		const results = await search(page, query);
		await expect(results.first(), query).toBeVisible();
		expect(await resultUrls(page), query).toEqual(online[i]);
	}
	await context.close();
});

/**
 * After one visit the handbook works in airplane mode: the test serves the site itself, loads it
 * once, stops the server, goes offline, then reads three other pages and runs three searches.
 */
import { expect, test } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve';
import { search } from './search-helpers';
import { at, basePath, distDir } from './site-paths';

test('reading and searching keep working with no signal after the first visit', async ({
	browser,
}) => {
	const server = await startServer({ port: 0, root: distDir, base: basePath });
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	const context = await browser.newContext();
	const page = await context.newPage();

	await page.goto(`${origin}${at('/')}`);
	await expect(page.locator('.offline-status')).toHaveText('Ready to use with no signal.', {
		timeout: 30_000,
	});
	await new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeAllConnections();
	await context.setOffline(true);

	for (const path of [
		'/roles/sheriff/',
		'/talking-points/detainers-are-requests/',
		'/guides/know-your-rights/',
	]) {
		const response = await page.goto(`${origin}${at(path)}`);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	for (const query of ['detainer', 'check-in', 'S-Comm']) {
		await page.goto(`${origin}${at('/guides/start-here/')}`);
		const results = await search(page, query);
		await expect(results.first(), query).toBeVisible();
	}
	await context.close();
});

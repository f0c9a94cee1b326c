/**
 * Going offline the way a reader does: the test serves the built site itself, opens it once, then
 * stops the server and cuts the network. Shared by every spec that checks something with no signal.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../tools/static-server';
import { ui } from '../../src/lib/ui-strings';
import { at, basePath } from './site-paths';

/**
 * Context options for a test of the service worker: playwright.config.ts blocks it everywhere else,
 * so that each test's fresh browser does not save the whole first visit again.
 */
export const withServiceWorker = { serviceWorkers: 'allow' } as const;

/** Serves `root` on `port` (0: any free port) until `stop()`. */
export async function serve(root: string, port = 0) {
	const server = await startServer({ root, port, base: basePath });
	const { port: bound } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${bound}`,
		port: bound,
		stop: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** First visit: opens the home page and waits until the footer says the shell is saved. */
export async function firstVisit(context: BrowserContext, origin: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${origin}${at('/')}`);
	await expect(page.locator('.offline-status')).toHaveText(ui.offline.ready, { timeout: 60_000 });
	return page;
}

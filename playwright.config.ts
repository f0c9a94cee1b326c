/**
 * Browser tests run against the built site (`npm run build` first; `npm test` does that) served by
 * scripts/serve.ts on a port of their own, in the Chromium tools/chromium.ts finds (a system one,
 * or the one `npm install` brings). `SMOKE=1` runs only the tests tagged @smoke (`npm run
 * test:quick`), with the pages changed since `main` added to the per-page axe sweep.
 */
import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tools/chromium';
import { basePath, distDir } from './tests/e2e/site-paths';

/** A port nothing listens on, asked of the system, so a server left running elsewhere cannot clash. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

// The runner picks the port once; its workers inherit it through the environment.
process.env['E2E_PORT'] ??= String(await freePort());
const port = Number(process.env['E2E_PORT']);
const { executablePath, origin } = await findChromium();
// Said once, by the runner (workers load this file too), so a log shows which browser ran.
if (!process.env['TEST_WORKER_INDEX']) console.log(`Chromium: ${executablePath} (${origin})`);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	fullyParallel: true,
	workers: 2,
	timeout: 60_000,
	// Search loads its index and WebAssembly on first use; on a busy machine that passes 5 s.
	expect: { timeout: 15_000 },
	...(process.env['SMOKE'] ? { grep: /@smoke/ } : {}),
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath, args: chromiumArgs },
		// No service worker unless a test asks for one with `withServiceWorker`
		// (tests/e2e/offline-helpers.ts: the tests of offline use, and the privacy check). Otherwise
		// each test's fresh browser would save the whole first visit (400 files) again: about a
		// third of the browser tests' CPU time.
		serviceWorkers: 'block',
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `node scripts/serve.ts`,
		env: { PORT: String(port), DIST_DIR: distDir, BASE_PATH: basePath },
		url: `http://127.0.0.1:${port}${basePath}`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});

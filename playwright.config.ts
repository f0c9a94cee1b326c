/**
 * Browser tests run against the built site (`npm run build` first; `npm test` does that) served by
 * scripts/serve.ts on a port of their own, in the Chromium scripts/chromium.ts finds (a system one,
 * or the one `npm install` brings). `SMOKE=1` runs only the tests tagged @smoke (`npm run
 * test:quick`), with the pages changed since `main` added to the per-page axe sweep.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium';
import { basePath, distDir } from './tests/e2e/site-paths';

const port = Number(process.env['E2E_PORT'] ?? 4399);
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

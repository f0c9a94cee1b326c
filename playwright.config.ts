/**
 * Browser tests run against the built site (`npm run build` first; `npm test` does that) served by
 * scripts/serve.ts on a port of their own, in the machine's Chromium (see tests/e2e/chromium.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';
import { basePath, distDir } from './tests/e2e/site-paths';

const port = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	fullyParallel: true,
	workers: 2,
	timeout: 60_000,
	reporter: process.env['CI'] ? 'list' : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
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

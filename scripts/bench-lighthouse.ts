/**
 * Lighthouse mobile scores for the home page, a role page, a talking point and an explainer,
 * against the built site served locally, in the machine's Chromium (found as the tests find it).
 * Run `npm run bench:lighthouse` after `npm run build`. Targets: performance 95+, accessibility,
 * best practices and SEO 100. Prints figures; it fails only if Lighthouse itself cannot run.
 */
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../tools/chromium.ts';
import { startServer } from '../tools/static-server.ts';

const pages: Record<string, string> = {
	home: '/',
	'role page': '/roles/sheriff/',
	'talking point': '/talking-points/detainers-are-requests/',
	explainer: '/explainers/ice-detainers/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await startServer({ port: 0 });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await chromeLauncher.launch({
	chromePath: (await findChromium()).executablePath,
	chromeFlags: ['--headless=new', ...chromiumArgs],
});
console.log(
	`Lighthouse (mobile, simulated slow 4G and 4x CPU slowdown), ${new Date().toISOString().slice(0, 10)}`,
);
console.log(`page            ${categories.map((c) => c.padEnd(15)).join('')}`);
try {
	for (const [name, path] of Object.entries(pages)) {
		const result = await lighthouse(`${origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
		});
		const scores = categories.map((c) =>
			String(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)).padEnd(15),
		);
		console.log(`${name.padEnd(16)}${scores.join('')}`);
		const failing = Object.values(result?.lhr.audits ?? {}).filter(
			(a) =>
				a.score !== null &&
				a.score < 0.9 &&
				a.scoreDisplayMode !== 'informative' &&
				a.scoreDisplayMode !== 'manual',
		);
		for (const audit of failing)
			console.log(
				`    below 90: ${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100)})`,
			);
	}
} finally {
	chrome.kill();
	server.close();
}

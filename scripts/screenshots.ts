/**
 * `npm run screenshots`: what a volunteer sees on a phone, as PNG files to look over after a
 * change. Serves the built site (`npm run build` first) and, in the Chromium the browser tests use
 * (tools/chromium.ts), takes a whole-page picture at 390 × 844 of the home page, a state page, a
 * script, the meeting kit and the action log, in English and in Spanish, into `screenshots/`
 * (not committed). The action log is shown with one sample entry, made up here, so its table shows.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tools/chromium.ts';
import { startServer } from '../tools/static-server.ts';

/** Where the pictures go. */
const folder = 'screenshots';

/** The pages, by the file name of their picture. */
const pages = {
	home: '/',
	'state-texas': '/states/texas/',
	'script-sheriff-phone': '/scripts/sheriff-phone/',
	'meeting-kit': '/meeting-kit/',
	'my-actions': '/my-actions/',
};

/** One made-up entry for the action log (the format of src/lib/action-log.ts). */
const sampleAction = {
	when: '2026-11-23T14:05',
	who: 'Sheriff: Lee',
	script: "Call the sheriff's office",
	path: '/scripts/sheriff-phone/',
	outcome: 'left-voicemail',
};

const server = await startServer({ port: 0 });
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({
	executablePath: (await findChromium()).executablePath,
	args: chromiumArgs,
});
const context = await browser.newContext({
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	serviceWorkers: 'block',
});
await context.addInitScript((entry) => {
	localStorage.setItem('handbook/actions', JSON.stringify([entry]));
}, sampleAction);
const page = await context.newPage();
mkdirSync(folder, { recursive: true });
const written: string[] = [];
for (const [lang, prefix] of [
	['en', ''],
	['es', '/es'],
] as const) {
	for (const [name, path] of Object.entries(pages)) {
		await page.goto(`http://127.0.0.1:${port}${prefix}${path}`);
		const file = `${folder}/${lang}-${name}.png`;
		await page.screenshot({ path: file, fullPage: true });
		written.push(file);
	}
}
await browser.close();
server.close();
console.log(`wrote ${written.length} screenshots at 390 px:\n${written.join('\n')}`);

/**
 * Draws the site's link-preview images and app icons into public/ with the machine's Chromium:
 * public/og-image.png and, for Spanish pages, public/og-image-es.png (1200×630), and
 * public/icons/icon-{192,512}.png, from public/favicon.svg.
 * Run `npm run build:images` after changing the favicon or the site's name; commit the results.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tools/chromium.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');

/** The link-preview card: the logo, the site's name and one line on what it is, in one language. */
const previewCard = (
	lang: string,
	name: string,
	line: string,
) => `<!doctype html><html lang="${lang}"><body style="margin:0;width:1200px;height:630px;display:flex;
align-items:center;gap:56px;padding:0 80px;box-sizing:border-box;background:#1d3f8f;color:#fff;
font-family:system-ui,sans-serif"><div style="width:220px;height:220px;flex:none">${favicon}</div>
<div><div style="font-size:76px;font-weight:800;line-height:1.05">${name}</div>
<div style="font-size:36px;margin-top:24px;line-height:1.3">${line}</div></div></body></html>`;

/** One card per language: the file name and its words. */
const previewCards = [
	{
		file: 'public/og-image.png',
		html: previewCard(
			'en',
			'End ICE Cooperation',
			'What to say, what to ask for, and who decides: a handbook for getting local officials to stop helping ICE.',
		),
	},
	{
		file: 'public/og-image-es.png',
		html: previewCard(
			'es',
			'No más ayuda a ICE',
			'Qué decir, qué pedir y quién decide: un manual para que sus funcionarios locales dejen de ayudar a ICE.',
		),
	},
];

const icon = (
	size: number,
) => `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;
background:#1d3f8f"><div style="width:${size}px;height:${size}px">${favicon.replace('rx="14"', 'rx="0"')}</div></body></html>`;

const browser = await chromium.launch({
	executablePath: (await findChromium()).executablePath,
	args: chromiumArgs,
});
const page = await browser.newPage();
mkdirSync('public/icons', { recursive: true });
await page.setViewportSize({ width: 1200, height: 630 });
for (const card of previewCards) {
	await page.setContent(card.html);
	await page.screenshot({ path: card.file });
}
for (const size of [192, 512]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(icon(size));
	await page.screenshot({ path: `public/icons/icon-${size}.png` });
}
await browser.close();
console.log(
	`wrote ${previewCards.map((card) => card.file).join(', ')} and public/icons/icon-192.png, icon-512.png`,
);

/**
 * axe-core, run inside the page. The script is added to a browser context before any page script
 * runs (`withAxe`), so each check is one call in the page: no copy of axe's 500 KB source sent for
 * every check, as `@axe-core/playwright` does, and no second page for frames (the site has none).
 * On a two-core machine that makes the per-page sweep about twice as fast.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import type * as Axe from 'axe-core';

declare global {
	interface Window {
		axe: typeof Axe;
	}
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/** Makes axe available in every page the context opens from now on. */
export async function withAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: axeSource });
}

/**
 * The axe violations on the page as it is now (or inside `region`, a CSS selector), one line
 * each: rule, what it asks, and the elements that break it. Empty when there are none.
 */
export async function violationsOn(page: Page, region?: string): Promise<string[]> {
	return page.evaluate(
		async ({ region, tags }) => {
			const { violations } = await window.axe.run(region ? { include: [region] } : document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			return violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
			);
		},
		{ region, tags: axeTags },
	);
}

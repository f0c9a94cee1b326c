/**
 * WCAG 2.0, 2.1 and 2.2 A and AA plus axe's best practices, over every page of the built site and
 * with the search dialog open, showing exact results and "matches most of your words" results.
 * Zero violations, no exceptions: the search button and box are our own (overrides/Search.astro).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '../../src/lib/link-check';
import { search } from './search-helpers';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Redirect stubs are not pages a reader sees. */
const pages = listHtmlFiles('dist')
	.filter((file) => !readFileSync(join('dist', file), 'utf8').includes('http-equiv="refresh"'))
	.map((file) => `/${file.replace(/index\.html$/, '')}`);

async function violationsOn(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
	return violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
}

test.describe('accessibility', () => {
	for (const path of pages) {
		test(`${path} has no axe violations`, async ({ page }) => {
			await page.goto(path);
			expect(await violationsOn(page)).toEqual([]);
		});
	}

	test('the search dialog, open with results, has no axe violations', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto('/');
		const results = await search(page, 'detainer');
		await expect(results.first()).toBeVisible();
		expect(await violationsOn(page)).toEqual([]);
	});

	test('the search dialog showing "matches most of your words" has no axe violations', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		await page.goto('/');
		await search(page, 'can the jail keep my neighbor after bail is paid');
		await expect(
			page.getByRole('heading', { name: 'Pages that match most of your words' }),
		).toBeVisible();
		expect(await violationsOn(page)).toEqual([]);
	});
});

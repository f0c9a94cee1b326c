/** Opens the handbook's search dialog and types a query, the way a reader does, in the page's language. */
import { expect, type Page } from '@playwright/test';
import { langOfPath } from '../src/lib/i18n.ts';
import { stringsFor } from '../src/lib/ui-strings.ts';

/** The interface strings of the page's language (from its address: `/es/…` is Spanish). */
const stringsOf = (page: Page) => stringsFor(langOfPath(new URL(page.url()).pathname));

/** The search box, by its visible label. */
export const searchBox = (page: Page) =>
	page.getByRole('searchbox', { name: stringsOf(page).ui.search.label });

/** Opens the dialog with the header button (it loads the search code on first open). */
export async function openSearch(page: Page) {
	const open = page
		.getByRole('button', { name: new RegExp(`^${stringsOf(page).ui.search.open}`) })
		.first();
	await expect(open).toBeEnabled();
	await open.click();
	await expect(searchBox(page)).toBeVisible();
}

/**
 * Types `query` into the open dialog and waits until the results for exactly that query are shown.
 * Returns the page results (not the headings inside them), exact matches first.
 */
export async function typeQuery(page: Page, query: string) {
	await searchBox(page).fill(query);
	await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-done', query, {
		timeout: 30_000,
	});
	return page.locator('#handbook-search .search-result');
}

export async function search(page: Page, query: string) {
	await openSearch(page);
	return typeQuery(page, query);
}

/** The page links shown for the current query, in order, exact group first. */
export function resultUrls(page: Page) {
	return page
		.locator('#handbook-search .search-result > a.search-result-link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

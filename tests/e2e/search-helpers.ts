/** Opens Starlight's search dialog and types a query, the way a reader does. */
import { expect, type Page } from '@playwright/test';

export async function search(page: Page, query: string) {
	const open = page.getByRole('button', { name: 'Search' }).first();
	await expect(open).toBeEnabled();
	await open.click();
	const input = page.locator('#starlight__search').getByRole('textbox', { name: 'Search' });
	await expect(input).toBeVisible();
	await input.fill(query);
	return page.locator('#starlight__search .pagefind-ui__result');
}

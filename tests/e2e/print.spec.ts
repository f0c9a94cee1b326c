import { expect, test } from '@playwright/test';
import { readCollection } from '../../src/lib/content-files';

const roleIds = readCollection('roles').map((role) => role.id);

/** Pages in a PDF made by Chromium: one `/Type /Page` object per page. */
const countPdfPages = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test.describe('printed leave-behinds', () => {
	for (const id of roleIds) {
		test(`the ${id} leave-behind prints on at most two Letter pages${id === 'sheriff' ? ' @smoke' : ''}`, async ({
			page,
		}) => {
			await page.goto(`/roles/${id}/print/`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'What we ask', exact: true })).toBeVisible();
			const pdf = await page.pdf({ format: 'Letter', printBackground: false });
			const pages = countPdfPages(pdf);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(2);
		});
	}

	test('a role page in print hides navigation and buttons @smoke', async ({ page }) => {
		await page.goto('/roles/sheriff/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.share-buttons').first()).toBeHidden();
		await expect(page.locator('.sidebar-pane, nav.sidebar').first()).toBeHidden();
		await expect(page.locator('.print-link')).toBeHidden();
	});
});

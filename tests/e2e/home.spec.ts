import { expect, test } from '@playwright/test';
import { readCollection } from '../../src/lib/content-files';

const roleIds = readCollection('roles').map((role) => role.id);

test.describe('home page', () => {
	test('shows the handbook and who you can contact @smoke', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle(/End ICE Cooperation/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Who are you contacting?' })).toBeVisible();
	});

	test('reaches every role page in one tap @smoke', async ({ page }) => {
		await page.goto('/');
		const picker = page.locator('.role-picker');
		for (const id of roleIds) {
			const link = picker.locator(`a[href="/roles/${id}/"]`);
			await expect(link).toBeVisible();
		}
		await picker.locator('a[href="/roles/sheriff/"]').click();
		await expect(page).toHaveURL(/\/roles\/sheriff\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Sheriff' })).toBeVisible();
	});
});

test.describe('light or dark', () => {
	test.use({ colorScheme: 'light' });

	test('follows the phone’s setting, also when it changes, and forgets a theme picked before', async ({
		page,
	}) => {
		// A reader who chose dark with the theme picker the handbook once had.
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('starlight-theme', 'dark');
				sessionStorage.setItem('seeded', '1');
			}
		});
		await page.goto('/roles/sheriff/');
		const html = page.locator('html');
		await expect(html).toHaveAttribute('data-theme', 'light');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBeNull();
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await expect(html).toHaveAttribute('data-theme', 'light');
	});
});

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

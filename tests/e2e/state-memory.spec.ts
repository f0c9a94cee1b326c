/**
 * The reader's state, remembered only when asked (issue 21): on an official's page for one state a
 * button keeps the state on this phone; pages for every state then point to that state's version,
 * and a national script says whether it fits there. It can be forgotten, and without JavaScript the
 * pages stay plain links.
 */
import { expect, test } from '@playwright/test';

test('remembering a state points role pages, leave-behinds and scripts to it, until forgotten @smoke', async ({
	page,
}) => {
	await page.goto('/roles/sheriff/');
	await expect(page.locator('.remembered-state')).toBeHidden();
	expect(await page.evaluate(() => localStorage.getItem('handbook/state'))).toBeNull();

	await page.goto('/states/texas/sheriff/');
	await page.getByRole('button', { name: 'Remember Texas on this phone' }).click();
	await expect(page.locator('.state-memory [role="status"]')).toHaveText(
		'Remembered on this phone: Texas.',
	);
	expect(await page.evaluate(() => localStorage.getItem('handbook/state'))).toBe('TX');

	await page.goto('/roles/sheriff/');
	const line = page.locator('.remembered-state');
	await expect(line).toContainText('Your state, Texas:');
	await expect(line.getByRole('link', { name: 'Sheriff in Texas' })).toHaveAttribute(
		'href',
		'/states/texas/sheriff/',
	);

	await page.goto('/roles/county-commission/print/');
	await expect(
		page.locator('.remembered-state').getByRole('link', {
			name: 'County commission in Texas: Leave-behind',
		}),
	).toHaveAttribute('href', '/states/texas/county-commission/print/');

	// Texas law rules out what the national sheriff script asks (a judge's warrant, ending 287(g)).
	await page.goto('/scripts/sheriff-phone/');
	const note = page.locator('.state-fit');
	await expect(note).toBeVisible();
	await expect(note).toHaveAttribute('data-fits', 'false');
	await expect(note).toContainText('Texas law');
	await expect(note.getByRole('link', { name: 'Sheriff in Texas' })).toHaveAttribute(
		'href',
		'/states/texas/sheriff/',
	);
	for (const href of await note
		.locator('li a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
		expect(href).toMatch(/^\/scripts\/[a-z0-9-]+\/\?state=TX$/);

	await page.goto('/roles/sheriff/');
	await page.locator('.remembered-state').getByRole('button', { name: 'Forget my state' }).click();
	await expect(page.locator('.remembered-state')).toHaveText(
		'Forgotten. No state is kept on this phone.',
	);
	expect(await page.evaluate(() => localStorage.getItem('handbook/state'))).toBeNull();
	await page.reload();
	await expect(page.locator('.remembered-state')).toBeHidden();
});

test('a script opened for a state fills in the state and says it fits there, remembering nothing', async ({
	page,
}) => {
	await page.goto('/scripts/state-phone/?state=WA');
	await expect(page.locator('.state-fit')).toHaveAttribute('data-fits', 'true');
	await expect(page.locator('.state-fit')).toContainText('This script fits Washington law.');
	await expect(page.locator('.script-body .slot[data-token="[STATE]"]').first()).toHaveText(
		'Washington',
	);
	// What the reader types still wins over the state's value.
	await page.getByLabel("Your state's name").fill('Oregon');
	await expect(page.locator('.script-body .slot[data-token="[STATE]"]').first()).toHaveText(
		'Oregon',
	);
	expect(await page.evaluate(() => localStorage.getItem('handbook/state'))).toBeNull();
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the national page lists every state’s page as a plain link, and nothing offers to remember', async ({
		page,
	}) => {
		await page.goto('/roles/sheriff/');
		await page.getByText('Your state’s page for the sheriff').click();
		await page
			.locator('.state-versions')
			.getByRole('link', { name: 'Georgia', exact: true })
			.click();
		await expect(page).toHaveURL(/\/states\/georgia\/sheriff\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sheriff in Georgia');
		await expect(page.getByRole('button', { name: /Remember/ })).toBeHidden();
		await expect(page.locator('#ruled-out')).toHaveText('What state law rules out here');
	});
});

test('an official’s page for a state, and a county answer, fit a 390 px phone with no sideways scroll', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of [
		'/states/texas/sheriff/',
		'/es/states/georgia/county-commission/',
		'/states/texas/#travis-county',
	]) {
		await page.goto(path);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${path} scrolls sideways`,
		).toBeLessThanOrEqual(390);
	}
	await expect(
		page.locator('li', { has: page.locator('#travis-county') }).locator('.county-answer'),
	).toBeInViewport();
});

/**
 * A volunteer on a phone: from the home page to a filled-in script, the fields that fill it, the
 * copy / email / call buttons, "record what happened" and the list at /my-actions/. What they type
 * stays on the phone, is shown as text, and goes when they say "forget". The last test does it all
 * with no signal, after one visit (as in offline.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { firstVisit, serve, withServiceWorker } from './offline-helpers';
import { distDir } from './site-paths';

/** A phone held upright (iPhone 14 size). */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The placeholders a script declares, read from its file. */
function declaredTokens(id: string): string[] {
	const text = readFileSync(`content/call-scripts/${id}.mdx`, 'utf8');
	const data = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as {
		placeholders: { token: string }[];
	};
	return data.placeholders.map((p) => p.token);
}

const scriptText = (page: Page) =>
	page
		.locator('.script-body, .short-version')
		.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText).join('\n'));

/** Types a distinct value into every field for a declared placeholder; returns them by token. */
async function fillEvery(page: Page, tokens: readonly string[]) {
	const values = new Map<string, string>();
	for (const [i, token] of tokens.entries()) {
		const value = `Value${i} for ${token.slice(1, -1).toLowerCase()}`;
		await page.locator(`.fill-in [data-token="${token}"]`).fill(value);
		values.set(token, value);
	}
	return values;
}

test.describe('filling in a script on a phone', () => {
	test('reaches a filled-in script from the home page in three taps or fewer', async ({ page }) => {
		await page.goto('/');
		await page.locator('.task-picker a[data-task="call"]').tap(); // tap 1: the task
		await expect(page).toHaveURL(/\/tasks\/call\/$/);
		await page.locator('a[href="/scripts/sheriff-phone/"]').tap(); // tap 2: the script
		await expect(page).toHaveURL(/\/scripts\/sheriff-phone\/$/);
		await page.getByLabel('Your first and last name').tap(); // tap 3: the first field
		await page.keyboard.type('Ana Ruiz');
		await expect(page.locator('.script-body')).toContainText('my name is Ana Ruiz');
	});

	test('typed values replace every placeholder, for the visit, and in a new tab only when remembered', async ({
		page,
		context,
	}) => {
		const tokens = declaredTokens('sheriff-phone');
		await page.goto('/scripts/sheriff-phone/');
		await expect(page.locator('.fill-in')).toBeVisible();
		const values = await fillEvery(page, tokens);
		let text = await scriptText(page);
		for (const [token, value] of values) {
			expect(text).not.toContain(token);
			expect(text).toContain(value);
		}

		await page.reload();
		text = await scriptText(page);
		for (const value of values.values()) expect(text).toContain(value);

		const notRemembered = await context.newPage();
		await notRemembered.goto('/scripts/sheriff-phone/');
		text = await scriptText(notRemembered);
		for (const token of tokens) expect(text).toContain(token);
		await notRemembered.close();

		await page.getByLabel('Remember on this phone').check();
		const remembered = await context.newPage();
		await remembered.goto('/scripts/sheriff-phone/');
		await expect(remembered.getByLabel('Remember on this phone')).toBeChecked();
		text = await scriptText(remembered);
		for (const value of values.values()) expect(text).toContain(value);
		await remembered.close();
	});

	test('a script opened from an agency page has its county written in, and typing still wins', async ({
		page,
	}) => {
		await page.goto('/agencies/tx-collin-county-sheriffs-office/');
		await page
			.getByRole('link', { name: 'Write to the sheriff for 287(g) facts and limits' })
			.first()
			.click();
		await expect(page).toHaveURL(/county=Collin%20County/);
		await expect(page.locator('.script-body')).toContainText('Collin County');
		await expect(page.locator('.script-body')).not.toContainText('[COUNTY]');
		await page.locator('.fill-in [data-token="[COUNTY]"]').fill('Dallas County');
		await expect(page.locator('.script-body')).toContainText('Dallas County');
	});

	test('a shared field fills every script that uses it', async ({ page }) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[YOUR NAME]"]').fill('Ana Ruiz');
		await page.goto('/scripts/city-council-email/');
		await expect(page.locator('.fill-in [data-token="[YOUR NAME]"]')).toHaveValue('Ana Ruiz');
		await expect(page.locator('.script-body')).toContainText('My name is Ana Ruiz');
	});

	test('"forget" clears the fields, the script and what this phone keeps', async ({
		page,
		context,
	}) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[YOUR NAME]"]').fill('Ana Ruiz');
		await page.getByLabel('Remember on this phone').check();
		await page.getByRole('button', { name: 'Forget what I typed' }).tap();
		await expect(page.locator('.fill-in [data-token="[YOUR NAME]"]')).toHaveValue('');
		await expect(page.locator('.script-body')).toContainText('my name is [YOUR NAME]');
		await expect(page.getByLabel('Remember on this phone')).not.toBeChecked();
		const stored = await page.evaluate(() => [
			localStorage.getItem('handbook/fill-in'),
			sessionStorage.getItem('handbook/fill-in'),
		]);
		expect(stored).toEqual([null, null]);
		const other = await context.newPage();
		await other.goto('/scripts/sheriff-phone/');
		await expect(other.locator('.script-body')).toContainText('my name is [YOUR NAME]');
	});

	test('"forget" takes the official\'s name out of "What I did" too, and says what that list keeps', async ({
		page,
	}) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[SHERIFF NAME]"]').fill('Dana Lopez');
		await page.getByRole('button', { name: 'Left a voicemail' }).tap();
		await expect(page.getByText('Saved on this phone.')).toBeVisible();
		await page.getByRole('button', { name: 'Forget what I typed' }).tap();
		await expect(page.locator('.script-actions [role="status"]')).toContainText(
			'That list still keeps the date, office, result and stance of each call or email',
		);
		const kept = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
		expect(kept).not.toContain('Dana Lopez');
		await page.goto('/my-actions/');
		const row = page.locator('.action-log tbody tr');
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('Left a voicemail');
		await expect(row).not.toContainText('Lopez');
	});

	test('direction-changing characters typed into a field are dropped, so the script reads as written', async ({
		page,
	}) => {
		await page.goto('/scripts/sheriff-phone/');
		// U+202E (right-to-left override) would show everything after it backwards.
		await page.locator('.fill-in [data-token="[YOUR NAME]"]').fill('Ana\u202E Ruiz\u2066');
		await expect(page.locator('.fill-in [data-token="[YOUR NAME]"]')).toHaveValue('Ana Ruiz');
		await expect(page.locator('.script-body')).toContainText('my name is Ana Ruiz');
		const text = await scriptText(page);
		expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
		expect(await page.evaluate(() => sessionStorage.getItem('handbook/fill-in'))).not.toMatch(
			/[\u202A-\u202E\u2066-\u2069]/,
		);
	});

	test('a number with an extension dials the extension after a pause', async ({ page }) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.getByLabel(/Phone number of the sheriff/).fill('(555) 010-2000 ext. 204');
		await expect(page.getByRole('link', { name: 'Call now' })).toHaveAttribute(
			'href',
			'tel:5550102000,204',
		);
	});

	test('markup typed into a field shows as text: no element is made and nothing runs', async ({
		page,
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto('/scripts/sheriff-phone/');
		const attacks = {
			'[YOUR NAME]': '<img src=x onerror=alert(1)>',
			'[YOUR TOWN]': '<script>alert(2)</script>',
		};
		for (const [token, text] of Object.entries(attacks))
			await page.locator(`.fill-in [data-token="${token}"]`).fill(text);
		await page.reload();
		const body = page.locator('.script-body');
		for (const text of Object.values(attacks)) await expect(body).toContainText(text);
		await expect(page.locator('.script-body img, .short-version img')).toHaveCount(0);
		await expect(page.locator('.script-body script, .short-version script')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('without JavaScript the script reads as written, placeholders visible', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto(`${baseURL}/scripts/sheriff-phone/`);
		await expect(page.locator('.script-body')).toContainText('my name is [YOUR NAME]');
		await expect(page.locator('.fill-in')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy the script' })).toBeHidden();
		await expect(page.locator('.placeholder-table table')).toBeVisible();
		await context.close();
	});
});

test.describe('copy, email and call', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy the script" copies the filled words, not the notes after them', async ({ page }) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[YOUR NAME]"]').fill('Ana Ruiz');
		await page.getByRole('button', { name: 'Copy the script' }).tap();
		await expect(page.getByRole('status').filter({ hasText: 'Script copied.' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^Hi, my name is Ana Ruiz, and I live in \[YOUR TOWN\]\./);
		expect(copied).toContain('Please log my call.');
		expect(copied).not.toContain('If they say');
	});

	test('the email button opens the mail app with the subject, the body and the address typed', async ({
		page,
	}) => {
		// A short email, so it fits in a mail link (the sheriff's letter is copied instead: next test).
		await page.goto('/scripts/county-commission-thank-you/');
		await page.locator('.fill-in [data-token="[YOUR NAME]"]').fill('Ana Ruiz');
		await page.getByLabel(/Email address of the county commission/).fill('board@example.org');
		const link = page.getByRole('link', { name: 'Open in my email app' });
		await expect(link).toHaveAttribute('href', /^mailto:board(%40|@)example\.org/);
		const href = await link.getAttribute('href');
		const mail = new URL(href!);
		expect(mail.protocol).toBe('mailto:');
		expect(decodeURIComponent(mail.pathname)).toBe('board@example.org');
		expect(mail.searchParams.get('subject')).toBe('Thank you for standing with our neighbors');
		const body = mail.searchParams.get('body')!;
		expect(body).toContain('Ana Ruiz');
		expect(body).not.toContain('Subject:');
		expect(body).not.toContain('After you send it');
	});

	test('an email too long for a mail link is copied instead, and the page says so', async ({
		page,
	}) => {
		await page.goto('/scripts/sheriff-email/');
		await page
			.locator('.fill-in [data-token="[YOUR STORY]"]')
			.fill('My family lives here. '.repeat(90));
		const link = page.getByRole('link', { name: 'Open in my email app' });
		await link.tap();
		await expect(
			page.getByRole('status').filter({ hasText: 'too long for an email link' }),
		).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
			'My family lives here.',
		);
		await expect(page).toHaveURL(/\/scripts\/sheriff-email\/$/);
	});

	test('the call button appears once a number is typed, and dials it', async ({ page }) => {
		await page.goto('/scripts/sheriff-phone/');
		const call = page.getByRole('link', { name: 'Call now' });
		const hint = page.getByText('Type the office’s phone number above, and “Call now” calls it.');
		await expect(call).toBeHidden();
		await expect(hint).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'How to find the number of the office' }),
		).toHaveAttribute('href', '/guides/research-your-officials/#find-out-who-represents-you');
		await page.getByLabel(/Phone number of the sheriff/).fill('(555) 010-2000');
		await expect(call).toBeVisible();
		await expect(call).toHaveAttribute('href', 'tel:5550102000');
		await expect(hint).toBeHidden();
	});
});

test.describe('what I did', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a recorded call shows in the list and in both exports, and "clear" empties it', async ({
		page,
	}) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[SHERIFF NAME]"]').fill('Lee');
		await page.getByRole('button', { name: 'Left a voicemail' }).tap();
		await expect(page.getByText('Saved on this phone.')).toBeVisible();

		await page.goto('/my-actions/');
		await expect(page.getByText('This list needs JavaScript')).toBeHidden();
		const row = page.locator('.action-log tbody tr');
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('Sheriff: Lee');
		await expect(row).toContainText('Left a voicemail');
		await expect(row.getByRole('link', { name: "Call the sheriff's office" })).toHaveAttribute(
			'href',
			'/scripts/sheriff-phone/',
		);

		await page.getByRole('button', { name: 'Copy as text' }).tap();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/^\d{4}-\d\d-\d\d \d\d:\d\d: Sheriff: Lee, Left a voicemail \(Call the sheriff's office\)$/,
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).tap(),
		]);
		expect(download.suggestedFilename()).toBe('what-i-did.csv');
		const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
		expect(csv[0]).toBe('"When","Who","Outcome","Where they stand","What they said","Script"');
		expect(csv[1]).toMatch(
			/^"\d{4}-\d\d-\d\d \d\d:\d\d","Sheriff: Lee","Left a voicemail","","","Call the sheriff's office"$/,
		);

		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Clear the whole list' }).tap();
		await expect(row).toHaveCount(0);
		await expect(page.getByText('Nothing recorded yet.')).toBeVisible();
	});

	test('"Delete" removes one entry and keeps the others', async ({ page }) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[SHERIFF NAME]"]').fill('Lee');
		await page.getByRole('button', { name: 'Left a voicemail' }).tap();
		await page.getByRole('button', { name: 'No answer' }).tap();
		await expect(page.getByText('Saved on this phone.')).toBeVisible();
		await page.goto('/my-actions/');
		const rows = page.locator('.action-log tbody tr');
		await expect(rows).toHaveCount(2);
		// On the phone each entry is a short card: the list does not scroll sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		await expect(rows.first().getByRole('button', { name: /^Delete/ })).toBeInViewport();
		await rows
			.filter({ hasText: 'Left a voicemail' })
			.getByRole('button', { name: /^Delete/ })
			.tap();
		await expect(rows).toHaveCount(1);
		await expect(rows).toContainText('No answer');
		await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
		await page.reload();
		await expect(rows).toHaveCount(1);
		await expect(rows).toContainText('No answer');
	});

	test('without JavaScript the page says the list needs it', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseURL}/my-actions/`);
		await expect(page.getByText('This list needs JavaScript')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Clear the whole list' })).toBeHidden();
		await context.close();
	});
});

test('with no signal after one visit: task, script, fill in, record, list', async ({ browser }) => {
	const site = await serve(distDir);
	const origin = site.origin;
	const context = await browser.newContext({
		...withServiceWorker,
		viewport: { width: 390, height: 844 },
		hasTouch: true,
	});
	const page = await firstVisit(context, origin);
	await site.stop();
	await context.setOffline(true);

	await page.goto(`${origin}/`);
	await page.locator('.task-picker a[data-task="call"]').tap();
	await page.locator('a[href="/scripts/sheriff-phone/"]').tap();
	await page.locator('.fill-in [data-token="[YOUR NAME]"]').fill('Ana Ruiz');
	await expect(page.locator('.script-body')).toContainText('my name is Ana Ruiz');
	await page.getByRole('button', { name: 'No answer' }).tap();
	// The list's code loads on this first tap (from the saved copy); the page says when it is saved.
	await expect(page.getByText('Saved on this phone.')).toBeVisible();
	await page.goto(`${origin}/my-actions/`);
	await expect(page.locator('.action-log tbody tr')).toContainText('No answer');
	await context.close();
});

test.describe('what they said, carried to another phone', () => {
	test('the note and the stance show in the list, go into a saved file, and come back on another phone', async ({
		page,
		browser,
		baseURL,
	}) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.locator('.fill-in [data-token="[SHERIFF NAME]"]').fill('Lee');
		await page.getByLabel('What did they say?').fill('Will decide after the budget hearing');
		await page.getByRole('radio', { name: 'Undecided' }).check();
		await page.getByRole('button', { name: 'Talked to staff' }).tap();
		await expect(page.getByText('Saved on this phone.')).toBeVisible();
		await expect(page.getByLabel('What did they say?')).toHaveValue('');

		await page.goto('/my-actions/');
		const row = page.locator('.action-log tbody tr');
		await expect(row).toContainText('Undecided');
		await expect(row).toContainText('Will decide after the budget hearing');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Save to a file (for another phone)' }).tap(),
		]);
		expect(download.suggestedFilename()).toBe('what-i-did.json');
		const file = (await download.path())!;

		// Another phone: a fresh browser with nothing stored, in Spanish.
		const other = await browser.newContext({
			baseURL: baseURL!,
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
		});
		const phone = await other.newPage();
		await phone.goto('/es/my-actions/');
		await expect(phone.getByText('Todavía no hay nada anotado.', { exact: false })).toBeVisible();
		await phone.getByLabel('Cargar un archivo guardado').setInputFiles(file);
		await expect(phone.locator('.action-log [role="status"]')).toHaveText(
			'Se añadieron 1 entrada.',
		);
		const moved = phone.locator('.action-log tbody tr');
		await expect(moved).toContainText('Indeciso');
		await expect(moved).toContainText('Will decide after the budget hearing');
		await expect(moved).toContainText('Sheriff: Lee');
		// Loading the same file again adds nothing twice.
		await phone.getByLabel('Cargar un archivo guardado').setInputFiles(file);
		await expect(phone.locator('.action-log [role="status"]')).toHaveText(
			'Se añadieron 0 entradas; 1 ya estaba aquí.',
		);
		await expect(moved).toHaveCount(1);
		await other.close();
	});

	test('"forget" takes what they said out of the list, and says the stance stays', async ({
		page,
	}) => {
		await page.goto('/scripts/sheriff-phone/');
		await page.getByLabel('What did they say?').fill('Told me Dana Lopez would call back');
		await page.getByRole('radio', { name: 'Opposes' }).check();
		await page.getByRole('button', { name: 'No answer' }).tap();
		await page.getByRole('button', { name: 'Forget what I typed' }).tap();
		await expect(page.locator('.script-actions [role="status"]')).toContainText(
			'and what they said in “What I did”',
		);
		const stored = await page.evaluate(() => localStorage.getItem('handbook/actions') ?? '');
		expect(stored).not.toContain('Dana Lopez');
		expect(stored).toContain('"stance":"opposes"');
	});
});

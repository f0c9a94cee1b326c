/**
 * The sample local edition (content/editions/sample.yaml, a made-up county) as a reader sees it:
 * its officials and contact buttons on the role page, the script and the printed leave-behind, its
 * default values in the script's fill-in table with no JavaScript and in the script itself with it
 * (what the reader types still wins), and its state's law first on the
 * home page. Runs in the edition step of `npm test`, against
 * `EDITION=sample SITE_URL=http://127.0.0.1:4399/handbook/ astro build --outDir dist-edition`.
 */
import { expect, test } from '@playwright/test';
import { at } from './site-paths';

test.skip(
	process.env['E2E_EDITION'] !== 'sample',
	'needs the sample edition build (E2E_EDITION=sample)',
);

test('the sheriff page names the sample sheriff with call and email buttons', async ({ page }) => {
	await page.goto(at('/roles/sheriff/'));
	const contacts = page.locator('.edition-contacts');
	await expect(contacts.getByRole('heading', { name: 'Who to contact here' })).toBeVisible();
	await expect(contacts).toContainText('Pat Placeholder');
	await expect(contacts.getByRole('link', { name: 'Call 555-0101' })).toHaveAttribute(
		'href',
		'tel:5550101',
	);
	await expect(contacts.getByRole('link', { name: 'Email sheriff@example.org' })).toHaveAttribute(
		'href',
		'mailto:sheriff@example.org',
	);
});

test('the county commission page gives the meeting schedule and how to speak', async ({ page }) => {
	await page.goto(at('/roles/county-commission/'));
	const contacts = page.locator('.edition-contacts');
	await expect(contacts).toContainText('Robin Sample');
	await expect(contacts).toContainText('Second and fourth Tuesday of each month');
	await expect(contacts).toContainText('Sign up on the sheet at the door');
});

test.describe('with no JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a sheriff script shows the sheriff and the edition’s value for [COUNTY]', async ({
		page,
	}) => {
		await page.goto(at('/scripts/sheriff-email/'));
		await expect(page.locator('.edition-contacts')).toContainText('Pat Placeholder');
		const row = page.getByRole('row').filter({ hasText: '[COUNTY]' });
		await expect(row).toContainText('In this edition: Sample');
		const defaults = await page.locator('.script-body').getAttribute('data-edition-defaults');
		expect(JSON.parse(defaults ?? '{}')).toMatchObject({ '[COUNTY]': 'Sample' });
	});
});

test('with JavaScript the script fills in the edition’s values, and the reader’s own typing wins', async ({
	page,
}) => {
	await page.goto(at('/scripts/sheriff-email/'));
	const county = page.locator('.fill-in [data-token="[COUNTY]"]');
	await expect(county).toBeVisible();
	await expect(county).toHaveAttribute('placeholder', 'Sample');
	const slots = page.locator('.script-body .slot[data-token="[COUNTY]"]');
	await expect(slots.first()).toHaveText('Sample');
	await expect(page.locator('.script-body')).toContainText('in Sample County.');
	await county.fill('Lane');
	await expect(slots.first()).toHaveText('Lane');
	await expect(page.locator('.script-body')).toContainText('in Lane County.');
	await expect(page.locator('.script-body')).not.toContainText('Sample County');
	await county.fill('');
	await expect(slots.first()).toHaveText('Sample');
});

test('the printed leave-behind carries the officials and the group’s contact', async ({ page }) => {
	await page.goto(at('/roles/sheriff/print/'));
	await expect(page.locator('main')).toContainText('Pat Placeholder');
	await expect(page.locator('main')).toContainText('Sample County Neighbors (fictional)');
	await expect(page.locator('main')).toContainText('555-0120, hello@example.org');
	await expect(page.locator('main')).toContainText('Sample County Rapid Response (fictional)');
});

test('the home page starts with the state’s law and the title names the edition', async ({
	page,
}) => {
	await page.goto(at('/'));
	await expect(page).toHaveTitle(/Sample County \(fictional\)/);
	const lawLink = page.getByRole('link', { name: /What the law allows in Oregon/ });
	await expect(lawLink).toHaveAttribute('href', at('/states/oregon/'));
	await lawLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Oregon');
});

test('every link on the home page stays under the base path', async ({ page }) => {
	await page.goto(at('/'));
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(5);
	expect(hrefs.filter((href) => !href.startsWith(at('/')))).toEqual([]);
});

test('a Spanish script takes the edition’s values for its Spanish tokens, and shares what the reader types', async ({
	page,
}) => {
	await page.goto(at('/es/scripts/sheriff-email/'));
	const county = page.locator('.fill-in [data-token="[CONDADO]"]');
	await expect(county).toHaveAttribute('placeholder', 'Sample');
	await expect(page.locator('.script-body')).toContainText('en el condado de Sample.');
	await county.fill('Lane');
	await expect(page.locator('.script-body')).toContainText('en el condado de Lane.');
	await page.goto(at('/scripts/sheriff-email/'));
	await expect(page.locator('.fill-in [data-token="[COUNTY]"]')).toHaveValue('Lane');
});

test('the commission page shows what the commissioner said in public, with its date and source', async ({
	page,
}) => {
	await page.goto(at('/roles/county-commission/'));
	const position = page.locator('.edition-contacts li[data-stance="undecided"]');
	await expect(position).toContainText("Undecided: Ending the jail's 287(g) agreement");
	await expect(position.locator('time')).toHaveText('2026-10-13');
	await expect(position.getByRole('link', { name: 'source' })).toHaveAttribute(
		'href',
		'https://example.org/commission/minutes/2026-10-13',
	);
});

test('the edition calendar repeats the commission meetings on the second and fourth Tuesday', async ({
	page,
	request,
}) => {
	await page.goto(at('/roles/county-commission/'));
	const link = page.getByRole('link', { name: 'Add the meetings to your calendar (.ics)' });
	const href = await link.getAttribute('href');
	expect(href).toBe(at('/calendar.ics'));
	const ics = await (await request.get(href!)).text();
	const { default: ICAL } = await import('ical.js');
	const events = new ICAL.Component(ICAL.parse(ics))
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	const meeting = events.find(
		(e) => e.summary === 'Public meeting: County commission or board of supervisors',
	);
	expect(meeting, events.map((e) => e.summary).join(' | ')).toBeDefined();
	const next = meeting!.iterator();
	expect([next.next(), next.next(), next.next()].map((d) => d?.toString())).toEqual([
		'2027-01-12T18:00:00',
		'2027-01-26T18:00:00',
		'2027-02-09T18:00:00',
	]);
	// The edition is for Oregon: its calendar holds Oregon's law dates and no other state's.
	expect(events.every((e) => e.summary.startsWith('Oregon') || e === meeting)).toBe(true);
});

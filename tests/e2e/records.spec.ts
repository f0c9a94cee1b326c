/**
 * An organizer on a phone asks a sheriff for records: an agency page's link fills in the agency
 * and the state, the letter fills in as they type (as text, never markup), copies with no blank
 * left, and the request goes on a list kept on this phone, with a due date, a calendar file that
 * parses, and a follow-up letter once late. "Forget" clears the list. Nothing is sent anywhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { findPlaceholders } from '../../src/lib/placeholders';
import { violationsOn, withAxe } from './axe';
import { at } from './site-paths';

/** A phone held upright (iPhone 14 size). */
test.use({
	viewport: { width: 390, height: 844 },
	hasTouch: true,
	isMobile: true,
	permissions: ['clipboard-read', 'clipboard-write'],
});

/** The letter on screen, as the reader sees it. */
const shownLetter = (page: Page) =>
	page.locator('.records-letter:not([hidden]) .letter-text').innerText();

/** A state's records law as the page hands it to the browser (data attributes of its option). */
interface LawFacts {
	lawName: string;
	citation: string;
	deadlineKind: 'business-days' | 'calendar-days' | 'none';
	deadlineDays?: number;
	appeal: string;
}

/**
 * Gives a state's option a fixture law (or none: "not yet reviewed"), so these tests hold whatever
 * state content says, then tells the form to read it again.
 */
async function withLaw(page: Page, state: string, law: LawFacts | undefined) {
	await page.evaluate(
		([state, law]) => {
			const option = document.querySelector<HTMLOptionElement>(
				`#records-state option[value="${state}"]`,
			)!;
			for (const key of ['lawName', 'citation', 'deadlineKind', 'deadlineDays', 'appeal'])
				delete option.dataset[key];
			if (law) for (const [key, value] of Object.entries(law)) option.dataset[key] = String(value);
			option.closest('.records-form')!.dispatchEvent(new Event('change'));
		},
		[state, law] as const,
	);
}

/** A fixture law counted in business days. */
const businessDaysLaw: LawFacts = {
	lawName: 'Test Public Information Act',
	citation: 'Test Code, chapter 1',
	deadlineKind: 'business-days',
	deadlineDays: 10,
	appeal: 'Ask the test attorney general for a ruling.',
};

/** Sets the phone's clock to a fixed day, so due dates and "late" do not depend on today. */
async function onDay(page: Page, day: string) {
	await page.clock.setFixedTime(new Date(`${day}T15:00:00`));
}

test.describe('writing a records request on a phone', () => {
	test('an agency link fills in the agency and the state, and typed text fills every blank as text', async ({
		page,
		context,
		baseURL,
	}) => {
		const origin = new URL(baseURL!).origin;
		const elsewhere: string[] = [];
		context.on('request', (r) => {
			if (new URL(r.url()).origin !== origin) elsewhere.push(r.url());
		});
		await page.goto(
			at(`/records/?agency=${encodeURIComponent('Harris County Sheriff’s Office')}&state=texas`),
		);
		await expect(page.locator('.records-form')).toBeVisible();
		await expect(page.getByLabel(/^Agency/)).toHaveValue('Harris County Sheriff’s Office');
		await expect(page.getByLabel('Your state')).toHaveValue('texas');
		await withLaw(page, 'texas', undefined);
		// One letter at a time once the script runs: the one picked.
		await expect(page.locator('.records-letter:not([hidden])')).toHaveCount(1);
		await page.getByLabel('Which records?').selectOption('detainer-and-notification-logs');
		await page.getByLabel('Records from').fill('2025-01-01');
		await page.getByLabel('Records up to').fill('2026-06-30');
		await page.getByLabel('Your name').fill('<b>Ana</b> Ruiz');
		await page.getByLabel('Your email or mailing address').fill('ana@example.org');
		const letter = await shownLetter(page);
		expect(letter).toContain('To the records officer of Harris County Sheriff’s Office:');
		expect(letter).toContain('public records law of Texas');
		expect(letter).toContain('Please answer within the time the law allows.');
		expect(letter).toContain('from January 1, 2025 to June 30, 2026');
		expect(letter).toContain('<b>Ana</b> Ruiz');
		expect(findPlaceholders(letter)).toEqual([]);
		await expect(page.locator('.records-letter b')).toHaveCount(0);

		// Once the state's law is reviewed, the letter names it and its deadline.
		await withLaw(page, 'texas', businessDaysLaw);
		const reviewed = await shownLetter(page);
		expect(reviewed).toContain('under Test Public Information Act (Test Code, chapter 1).');
		expect(reviewed).toContain('Please answer within 10 business days, as the law requires.');
		await expect(page.locator('[data-law-note]')).toHaveText(
			'Test Public Information Act (Test Code, chapter 1). The agency has 10 business days to answer.',
		);

		await page
			.locator('.records-letter:not([hidden])')
			.getByRole('button', { name: 'Copy the letter' })
			.tap();
		await expect(page.getByRole('status').filter({ hasText: 'Letter copied.' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^Subject: Public records request: .*Harris County Sheriff’s Office\n/);
		expect(copied).toContain('\n- Logs, lists or reports of ICE detainers');
		expect(findPlaceholders(copied)).toEqual([]);

		const mail = page
			.locator('.records-letter:not([hidden])')
			.getByRole('link', { name: 'Open in my email app' });
		const href = (await mail.getAttribute('href'))!;
		expect(href).toMatch(/^mailto:\?subject=/);
		expect(decodeURIComponent(href)).toContain('Harris County Sheriff’s Office');
		// Too long for a mail link: the mail app opens with the subject, and the letter is copied.
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await page.evaluate(() =>
			document
				.querySelector('.records-letter:not([hidden]) a[data-action="mail"]')!
				.addEventListener('click', (event) => event.preventDefault()),
		);
		await mail.tap();
		await expect(page.getByRole('status').filter({ hasText: 'so it is copied' })).toBeVisible();
		const body = await page.evaluate(() => navigator.clipboard.readText());
		expect(body).toMatch(/^To the records officer of Harris County Sheriff’s Office:/);
		expect(findPlaceholders(body)).toEqual([]);

		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		expect(elsewhere).toEqual([]);
	});

	test('the list of requests sent: due date, calendar reminder, follow-up when late, and forget', async ({
		page,
	}) => {
		await onDay(page, '2026-12-21');
		await page.goto(at('/records/?agency=Travis%20County%20Sheriff&state=texas'));
		await withLaw(page, 'texas', businessDaysLaw);
		await page.getByLabel('Your name').fill('Ana Ruiz');
		const tracker = page.locator('.records-tracker');
		await expect(tracker.getByText('No requests on this phone yet.')).toBeVisible();

		// Friday 4 December 2026: 10 business days later is Friday 18 December (past, on the 21st).
		await page.getByLabel('Day you sent it').fill('2026-12-04');
		await tracker.getByRole('button', { name: 'Add to my list' }).tap();
		await expect(tracker.getByRole('status')).toHaveText('Added to your list.');
		const item = tracker.locator('.records-list > li');
		await expect(item).toHaveCount(1);
		await expect(item).toContainText(
			'Travis County Sheriff (Texas): 287(g) costs and staffing. Sent December 4, 2026.',
		);
		await expect(item).toContainText('Due December 18, 2026: 10 business days after you sent it.');
		await expect(item).toContainText('Saturdays and Sundays are skipped. Holidays are not');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			item.getByRole('button', { name: 'Add a reminder to my calendar' }).tap(),
		]);
		expect(download.suggestedFilename()).toBe('records-request-reminder.ics');
		const ics = readFileSync((await download.path())!, 'utf8');
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
		);
		expect(event.startDate.toString()).toBe('2026-12-18');
		expect(event.summary).toBe('Records request due: Travis County Sheriff');

		// Late: the follow-up letter names the agency, the day sent and the law, filled in.
		await expect(item.locator('.follow-up')).toBeVisible();
		const followUp = await item.locator('.follow-up').innerText();
		expect(followUp).toContain('To the records officer of Travis County Sheriff:');
		expect(followUp).toContain(
			'On December 4, 2026, I asked for public records under Test Public Information Act (Test Code, chapter 1): 287(g) costs and staffing.',
		);
		expect(followUp).toContain(
			'The law gives you 10 business days to answer. That time ended on December 18, 2026.',
		);
		await expect(item).toContainText('How to appeal in Texas:');
		await expect(item).toContainText('Ask the test attorney general for a ruling.');
		expect(followUp).toContain('Ana Ruiz');
		await item.getByRole('button', { name: 'Copy the follow-up letter' }).tap();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(followUp);

		// Kept on this phone: still there after a reload; "Forget" clears it from storage.
		await page.reload();
		await expect(tracker.locator('.records-list > li')).toHaveCount(1);
		await tracker.getByRole('button', { name: 'Forget all my requests' }).tap();
		await expect(tracker.locator('.records-list > li')).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.getItem('handbook/records-requests'))).toBeNull();
	});

	test('calendar days cross a month end; no deadline, or none checked yet, gives a suggestion; nothing due yet shows no follow-up', async ({
		page,
	}) => {
		await onDay(page, '2026-12-02');
		await page.goto(at('/records/?agency=Travis%20County%20Sheriff&state=texas'));
		const add = async (sent: string) => {
			await page.getByLabel('Day you sent it').fill(sent);
			await page.getByRole('button', { name: 'Add to my list' }).tap();
		};
		await withLaw(page, 'texas', { ...businessDaysLaw, deadlineKind: 'calendar-days' });
		await add('2026-11-25');
		await withLaw(page, 'texas', {
			lawName: 'Test Open Records Act',
			citation: 'Test Code, chapter 2',
			deadlineKind: 'none',
			appeal: 'Sue in the test court.',
		});
		await add('2026-11-26');
		await withLaw(page, 'texas', undefined);
		await add('2026-11-27');
		const items = page.locator('.records-list > li');
		await expect(items).toHaveCount(3);
		// Wednesday 25 November + 10 calendar days = Saturday 5 December.
		await expect(items.nth(0)).toContainText(
			'Due December 5, 2026: 10 calendar days after you sent it.',
		);
		await expect(items.nth(0)).not.toContainText('Saturdays');
		// Thursday 26 November + 10 business days (a suggestion) = Thursday 10 December.
		await expect(items.nth(1)).toContainText(
			'The law sets no fixed deadline. Suggestion: follow up on December 10, 2026',
		);
		// Friday 27 November + 10 business days = Friday 11 December.
		await expect(items.nth(2)).toContainText(
			"We have not checked this state's deadline. Suggestion: follow up on December 11, 2026",
		);
		await expect(page.locator('.records-list .follow-up')).toHaveCount(0);
	});

	test('in Spanish the letter and the list speak Spanish', async ({ page }) => {
		await onDay(page, '2026-12-21');
		await page.goto(at('/es/records/?agency=Oficina%20del%20Sheriff&state=texas'));
		await withLaw(page, 'texas', businessDaysLaw);
		await page.getByLabel('Su nombre').fill('Ana Ruiz');
		await page.getByLabel('Registros desde').fill('2025-01-01');
		await page.getByLabel('Registros hasta').fill('2026-06-30');
		await page.getByLabel('Su correo o dirección postal').fill('ana@example.org');
		const letter = await shownLetter(page);
		expect(letter).toContain('A la persona a cargo de los registros de Oficina del Sheriff:');
		expect(letter).toContain('según Test Public Information Act (Test Code, chapter 1).');
		expect(letter).toContain(
			'Por favor, responda dentro de 10 días hábiles, como lo exige la ley.',
		);
		expect(letter).toContain('desde el 1 de enero de 2025 hasta el 30 de junio de 2026');
		expect(findPlaceholders(letter)).toEqual([]);
		await page.getByLabel('Día en que la envió').fill('2026-12-04');
		await page.getByRole('button', { name: 'Agregar a mi lista' }).tap();
		await expect(page.locator('.records-list > li')).toContainText(
			'Vence el 18 de diciembre de 2026: 10 días hábiles después de enviarla.',
		);
		await expect(page.locator('.records-list .follow-up')).toContainText(
			'A la persona a cargo de los registros de Oficina del Sheriff:',
		);
	});

	test('the filled form and a late request with its follow-up letter have no axe violations', async ({
		page,
		context,
	}) => {
		await withAxe(context);
		await onDay(page, '2026-12-21');
		await page.goto(at('/records/?agency=Travis%20County%20Sheriff&state=texas'));
		await withLaw(page, 'texas', businessDaysLaw);
		await page.getByLabel('Your name').fill('Ana Ruiz');
		await page.getByLabel('Day you sent it').fill('2026-12-04');
		await page.getByRole('button', { name: 'Add to my list' }).tap();
		await expect(page.locator('.records-list .follow-up')).toBeVisible();
		expect(await violationsOn(page, 'main')).toEqual([]);
	});

	test('"Print the letter" prints the chosen letter alone', async ({ page }) => {
		await page.goto(at('/records/?state=texas'));
		await page.getByLabel('Which records?').selectOption('steering-committee-minutes');
		await page.evaluate(() => {
			(window as unknown as { printed: string[] }).printed = [];
			window.print = () =>
				(window as unknown as { printed: string[] }).printed.push(
					`${document.documentElement.hasAttribute('data-printing-letter')} ${
						document.querySelector<HTMLElement>('.records-letter[data-printing]')?.dataset['letter']
					}`,
				);
		});
		await page
			.locator('.records-letter:not([hidden])')
			.getByRole('button', { name: 'Print the letter' })
			.tap();
		expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(
			['true steering-committee-minutes'],
		);
		// After the dialog, the page is as it was.
		await expect(page.locator('html[data-printing-letter]')).toHaveCount(0);
	});

	test('without JavaScript every letter reads with its blanks', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(at('/records/'));
		await expect(page.locator('.records-letter')).toHaveCount(5);
		await expect(page.locator('.records-letter .blank').first()).toHaveText('[AGENCY]');
		await expect(page.getByText('Each letter below has blanks in [CAPITALS].')).toBeVisible();
		await expect(page.locator('.records-form')).toBeHidden();
		await context.close();
	});
});

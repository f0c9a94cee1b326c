/**
 * The phone check (issue 25): one page of every page type, in both languages, on a 390 × 844
 * screen. On each: the page does not scroll sideways, no words run together where two pieces of
 * markup meet ("…jail cost.When the jail…", "as of July 18, 2025.Source:"), and every link and
 * button a finger can reach is at least 24 px in both directions or has room around it (WCAG 2.2,
 * 2.5.8). `npm run test:quick` runs the tagged slice: one page of each layout.
 */
import { expect, test, type Page } from '@playwright/test';
import { at } from './site-paths';

/** One page of each page type a volunteer can open; the first of each language is the smoke slice. */
const englishPages = [
	'/',
	'/roles/sheriff/',
	'/roles/sheriff/print/',
	'/talking-points/',
	'/talking-points/detainers-are-requests/',
	'/scripts/sheriff-phone/',
	'/asks/require-warrants-for-detainers/',
	'/tasks/call/',
	'/guides/organize-an-advocacy-meeting/',
	'/explainers/287g-agreements/',
	'/case-studies/',
	'/case-studies/santa-clara-county/',
	'/states/',
	'/states/texas/',
	'/287g/',
	'/meeting-kit/',
	'/my-actions/',
	'/records/',
	'/glossary/',
	'/sources/',
	'/agencies/tx-collin-county-sheriffs-office/',
];
const pages = [...englishPages, ...englishPages.map((path) => `/es${path}`)];

/** Pages in the smoke slice of `npm run test:quick`: the ones issue 25 found broken. */
const smoke = new Set([
	'/',
	'/es/',
	'/roles/sheriff/print/',
	'/states/texas/',
	'/es/287g/',
	'/meeting-kit/',
	'/es/scripts/sheriff-phone/',
]);

/** Narrowest tap target WCAG 2.5.8 allows without spacing, in CSS pixels. */
const minTarget = 24;

/** The phone screen: 390 CSS pixels wide, as on a common phone. */
const screen = { width: 390, height: 844 };

/**
 * How much wider than the screen the page is laid out, in CSS pixels (0 when it fits). Measured
 * against the screen, not the window: a phone zooms out to show a page that is too wide, which
 * makes the window as wide as the page.
 */
const sidewaysScroll = (page: Page) =>
	page.evaluate((width) => document.documentElement.scrollWidth - width, screen.width);

/**
 * Places where a sentence ends and the next begins with no space between them, as the page shows
 * its text: a lower-case letter or digit, then . , ; or :, then a capital, where the three
 * characters are not in one text node. That is where markup meets (`<strong>cost.</strong>When`,
 * `2025</time>.Source:`); a run inside one text node is what an author typed (a web address),
 * not a markup seam. Each with a little of the text around it.
 */
function runTogetherText(page: Page) {
	return page.evaluate(() => {
		const main = document.querySelector('main') ?? document.body;
		const seam = /[\p{Ll}\p{N}][.,;:]\p{Lu}/gu;
		const inOneNode = new Set<string>();
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode())
			for (const match of (node.textContent ?? '').matchAll(seam)) inOneNode.add(match[0]);
		const shown = main.innerText;
		return [...shown.matchAll(seam)]
			.filter((match) => !inOneNode.has(match[0]))
			.map((match) => shown.slice(Math.max(0, match.index - 25), match.index + 25));
	});
}

/**
 * Links, buttons and form fields that are visible and smaller than 24 × 24 px with less than 24 px
 * between their centre and the next target's (the spacing exception of 2.5.8). Links inside a
 * sentence are exempt (the "inline" exception), as the standard says.
 */
function smallTapTargets(page: Page, min: number) {
	return page.evaluate((min) => {
		const selector = 'a[href], button, input, select, textarea, summary, [role="button"]';
		// Shown ones only: not inside a closed <details>, not hidden.
		const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
			const box = element.getBoundingClientRect();
			return (
				box.width > 0 &&
				box.height > 0 &&
				element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
			);
		});
		/** A link in a line of text: its block has other text beside it. */
		const inline = (element: HTMLElement) => {
			if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
			const block = element.closest('p, li, td, dd, figcaption, blockquote') as HTMLElement | null;
			if (!block) return false;
			const own = element.innerText.trim().length;
			return block.innerText.trim().length > own + 3;
		};
		/**
		 * The area a tap reaches: the element's box, grown by an absolutely placed ::after that sticks
		 * out of it (Starlight's heading anchor links widen their tap area that way).
		 */
		const tapArea = (element: HTMLElement) => {
			const box = element.getBoundingClientRect();
			const after = getComputedStyle(element, '::after');
			if (after.content === 'none' || after.position !== 'absolute') return box;
			const out = (side: string) => Math.max(0, -parseFloat(side) || 0);
			return new DOMRect(
				box.left - out(after.left),
				box.top - out(after.top),
				box.width + out(after.left) + out(after.right),
				box.height + out(after.top) + out(after.bottom),
			);
		};
		const boxes = targets.map((element) => ({ element, box: tapArea(element) }));
		const small = boxes.filter(
			({ element, box }) => (box.width < min || box.height < min) && !inline(element),
		);
		return small
			.filter(({ element, box }) => {
				// The 24 px circle around its centre must not reach another target's circle or box.
				const cx = box.left + box.width / 2;
				const cy = box.top + box.height / 2;
				return boxes.some(({ element: other, box: o }) => {
					if (other === element || other.contains(element) || element.contains(other)) return false;
					const dx = Math.max(o.left - cx, 0, cx - o.right);
					const dy = Math.max(o.top - cy, 0, cy - o.bottom);
					return Math.hypot(dx, dy) < min / 2;
				});
			})
			.map(({ element, box }) => {
				const name = (element.innerText || element.getAttribute('aria-label') || '').trim();
				return `${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
			});
	}, min);
}

test.describe('on a 390 px phone screen', () => {
	test.use({ viewport: screen, hasTouch: true, isMobile: true });

	for (const path of pages) {
		test(`${path} fits the screen, keeps its words apart and has big enough targets${smoke.has(path) ? ' @smoke' : ''}`, async ({
			page,
		}) => {
			await page.goto(at(path));
			expect(await sidewaysScroll(page), 'pixels of sideways scroll').toBeLessThanOrEqual(0);
			expect(await runTogetherText(page), 'words run together').toEqual([]);
			expect(await smallTapTargets(page, minTarget), 'tap targets under 24 px').toEqual([]);
			// Hidden names read aloud by screen readers are in the page's language too.
			if (path.startsWith('/es/'))
				expect(await page.locator('main').textContent()).not.toContain('Section titled');
		});
	}
});

test.describe('what a volunteer reaches on a phone', () => {
	test.use({ viewport: screen, hasTouch: true, isMobile: true });

	test('the header links to the same page in the other language, on the home page too @smoke', async ({
		page,
	}) => {
		await page.goto(at('/'));
		await page.getByRole('banner').getByRole('link', { name: 'Español' }).tap();
		await expect(page).toHaveURL(new RegExp(`${at('/es/')}$`));
		await page.goto(at('/es/roles/sheriff/'));
		await page.getByRole('banner').getByRole('link', { name: 'English' }).tap();
		await expect(page).toHaveURL(new RegExp(`${at('/roles/sheriff/')}$`));
	});

	test('"What I did" is in the menu, on the home page and on each task page', async ({ page }) => {
		await page.goto(at('/roles/sheriff/'));
		await page.getByRole('button', { name: 'Menu' }).tap();
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What I did' }),
		).toBeVisible();
		for (const path of ['/', '/tasks/call/', '/es/tasks/email/']) {
			await page.goto(at(path));
			const name = path.startsWith('/es/') ? 'Lo que hice' : 'What I did';
			await page.getByRole('main').getByRole('link', { name, exact: true }).tap();
			await expect(page).toHaveURL(/\/my-actions\/$/);
		}
	});

	test('a state page groups its counties by first letter, and a letter jumps to its group', async ({
		page,
	}) => {
		await page.goto(at('/states/texas/'));
		const letters = page.getByRole('navigation', { name: 'Counties by first letter' });
		await letters.getByRole('link', { name: 'T', exact: true }).tap();
		await expect(page).toHaveURL(/#without-t$/);
		await expect(page.locator('#without-t')).toBeInViewport();
		// Every county listed under the letter starts with it.
		const names = await page
			.locator('#without-t + ul h4')
			.evaluateAll((headings) => headings.map((h) => h.textContent?.trim() ?? ''));
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(name).toMatch(/^T/);
	});

	test('the sheriff page and the talking-point index list their sections at the top', async ({
		page,
	}) => {
		await page.goto(at('/roles/sheriff/'));
		const jump = page.getByRole('navigation', { name: 'Jump to a section' });
		await jump.getByRole('link', { name: 'Sources' }).tap();
		await expect(page).toHaveURL(/#sources$/);
		await expect(page.locator('#sources')).toBeInViewport();
		await page.goto(at('/es/talking-points/'));
		await expect(
			page.getByRole('navigation', { name: 'Ir a una sección' }).getByRole('link'),
		).not.toHaveCount(0);
	});

	for (const path of ['/roles/sheriff/print/', '/meeting-kit/', '/es/meeting-kit/']) {
		test(`${path} has a Print button that opens the print dialog`, async ({ page }) => {
			await page.goto(at(path));
			await page.evaluate(() => {
				window.print = () => document.body.setAttribute('data-printed', '');
			});
			const name = path.startsWith('/es/') ? 'Imprimir' : 'Print';
			await page.getByRole('button', { name, exact: true }).tap();
			await expect(page.locator('body')).toHaveAttribute('data-printed', '');
		});
	}

	test('without JavaScript a leave-behind says how to print instead of showing a dead button', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL(at('/roles/sheriff/print/'), baseURL).href);
		await expect(page.getByText('To print, open your browser’s menu')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
		await context.close();
	});
});

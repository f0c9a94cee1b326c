/** Every role has a page with the same sections in the same order, each present only when it has data. */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { idsIn, readCollection } from '../content/read-content';
import { page } from './dist';

/**
 * The most words a role page may show in <main> before its first script. A phone held upright
 * (390 x 844 CSS pixels) shows about 120 to 150 words of body text a screen, so 300 words puts the
 * first script within the first screen of scrolling (two screenfuls from the top), which is what a
 * volunteer about to call needs. Text only screen readers hear takes no room and is not counted.
 * The role pages used to put 3,300 to 7,700 words of talking points first.
 */
const maxWordsBeforeFirstScript = 300;

/**
 * How many talking points a role page lists (see `rolePageSize` in src/lib/handbook.ts). Written
 * out here, not imported, so that raising the cap by accident fails this test.
 */
const pointsCap = 8;
const rebuttalsCap = 6;

/** Words of text in `main` that come before the first link to a script, in document order. */
function wordsBeforeFirstScript(main: HTMLElement): number | undefined {
	let words = 0;
	let found = false;
	const walk = (node: HTMLElement) => {
		for (const child of node.childNodes) {
			if (found) return;
			if (child.nodeType === 3) {
				words += child.text.split(/\s+/).filter(Boolean).length;
				continue;
			}
			if (child.nodeType !== 1) continue;
			const el = child as HTMLElement;
			if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) continue;
			// Text only screen readers hear (Starlight's "Section titled …" heading links) takes no room on screen.
			if (el.classList.contains('sr-only')) continue;
			// "Jump to a section" is a few lines of links, one of them straight to the scripts.
			if (el.tagName === 'NAV') continue;
			// Hidden text, and a closed <details> beyond its summary (the list of states), take none either.
			if (el.hasAttribute('hidden')) continue;
			if (el.tagName === 'DETAILS' && !el.hasAttribute('open')) {
				const summary = el.querySelector('summary');
				if (summary) walk(summary);
				continue;
			}
			if (el.tagName === 'A' && el.getAttribute('href')?.startsWith('/scripts/')) {
				found = true;
				return;
			}
			walk(el);
		}
	};
	walk(main);
	return found ? words : undefined;
}

const roles = readCollection('roles');
const points = readCollection('talking-points');
const asks = readCollection('model-asks');
const scripts = readCollection('call-scripts');
const studies = readCollection('case-studies');
const sectionOrder = [
	'controls',
	'asks',
	'scripts',
	'what-to-say',
	'influencers',
	'what-has-worked',
	'sources',
];

describe.each(roles.map((r) => [r.id, r] as const))('the %s page', (id, role) => {
	const html = page(`/roles/${id}/`);
	const forRole = {
		// Asks written for some states' law (onlyWhere) are on those states' official pages only.
		asks: asks.filter((a) => a.data['role'] === id && !a.data['onlyWhere']),
		points: points.filter((p) => idsIn(p, 'roles').includes(id)),
		scripts: scripts.filter((s) => s.data['role'] === id),
		studies: studies.filter((s) => idsIn(s, 'roles').includes(id)),
	};

	it("has the role's title as its heading", () => {
		expect(html.querySelector('h1')?.text.trim()).toBe(role.data['title']);
	});

	it('shows the sections that have data, in the fixed order', () => {
		const expected = sectionOrder.filter(
			(section) =>
				({
					asks: forRole.asks.length > 0,
					'what-to-say': forRole.points.length > 0,
					scripts: forRole.scripts.length > 0,
					'what-has-worked': forRole.studies.length > 0,
				})[section] ?? true,
		);
		const shown = html
			.querySelectorAll('main h2[id]')
			.map((h) => h.id)
			.filter((sectionId) => sectionOrder.includes(sectionId));
		expect(shown).toEqual(expected);
	});

	it('lists every ask, script and case study for the role', () => {
		const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		for (const ask of forRole.asks) expect(links).toContain(`/asks/${ask.id}/`);
		for (const script of forRole.scripts) expect(links).toContain(`/scripts/${script.id}/`);
		for (const study of forRole.studies) expect(links).toContain(`/case-studies/${study.id}/`);
	});

	it('reaches its first script within one screen of scrolling on a phone', () => {
		const words = wordsBeforeFirstScript(html.querySelector('main')!);
		if (forRole.scripts.length === 0) return expect(words).toBeUndefined();
		expect(words).toBeLessThanOrEqual(maxWordsBeforeFirstScript);
	});

	it('lists at most a capped number of points, each with an anchor named after its file', () => {
		const made = forRole.points.filter((p) => !p.data['objection']);
		const rebuttals = forRole.points.filter((p) => p.data['objection']);
		const shown = html.querySelectorAll(
			'article.talking-point h3[id], article.talking-point h4[id]',
		);
		expect(shown.length).toBe(
			Math.min(made.length, pointsCap) + Math.min(rebuttals.length, rebuttalsCap),
		);
		const ids = forRole.points.map((p) => p.id);
		for (const heading of shown) expect(ids).toContain(heading.id);
	});

	it('links to every talking point for the role on the full index, saying how many are left out', () => {
		const more = html.querySelector(`main a[href="/talking-points/#for-${id}"]`);
		expect(more).not.toBeNull();
		const made = forRole.points.filter((p) => !p.data['objection']).length;
		const rebuttals = forRole.points.length - made;
		const left = Math.max(0, made - pointsCap) + Math.max(0, rebuttals - rebuttalsCap);
		if (left > 0) expect(more!.text).toContain(String(left));
	});

	it('groups rebuttals under "If they say…"', () => {
		const rebuttals = forRole.points.filter((p) => p.data['objection']);
		expect(html.getElementById('if-they-say') !== null).toBe(rebuttals.length > 0);
	});

	it("edits the role's data file, not the template", () => {
		const edit = html.querySelector('a[href*="/edit/main/"]')?.getAttribute('href');
		expect(edit).toMatch(new RegExp(`/edit/main/content/roles/${id}\\.yaml$`));
	});

	it('keeps repeated talking points out of search, so their own pages rank first', () => {
		const cards = html.querySelectorAll('article.talking-point');
		expect(cards.length).toBeGreaterThan(0);
		for (const card of cards) expect(card.hasAttribute('data-pagefind-ignore')).toBe(true);
	});
});

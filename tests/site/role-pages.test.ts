/** Every role has a page with the same sections in the same order, each present only when it has data. */
import { describe, expect, it } from 'vitest';
import { idsIn, readCollection } from '../content/read-content';
import { page } from './dist';

const roles = readCollection('roles');
const points = readCollection('talking-points');
const asks = readCollection('model-asks');
const scripts = readCollection('call-scripts');
const studies = readCollection('case-studies');
const sectionOrder = ['controls', 'asks', 'what-to-say', 'scripts', 'what-has-worked', 'sources'];

describe.each(roles.map((r) => [r.id, r] as const))('the %s page', (id, role) => {
	const html = page(`/roles/${id}/`);
	const forRole = {
		asks: asks.filter((a) => a.data['role'] === id),
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

	it('gives every talking point for the role an anchor named after its permalink', () => {
		for (const point of forRole.points)
			expect(html.getElementById(String(point.data['permalink']))).not.toBeNull();
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
		expect(cards.length).toBe(forRole.points.length);
		for (const card of cards) expect(card.hasAttribute('data-pagefind-ignore')).toBe(true);
	});
});

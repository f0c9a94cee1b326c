/**
 * A state-specific ask is never shown without its caution where state law rules it out.
 * The expectations come from the content files as an author wrote them, not from src/lib: a caution
 * holds in a state when it names the state's postal code, or one of its `lawKinds` is the kind of a
 * law the state has in force (status in-force or partly-blocked).
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readCollection, type ContentFile } from '../content/read-content';
import { cautionsOf, holdsIn, squash } from './state-caution-rules';
import { inThisRun, page } from './dist';

const states = readCollection('states');
const asks = readCollection('model-asks');
const points = readCollection('talking-points');
const scripts = readCollection('call-scripts');

/** The visible text of an element, whitespace collapsed. */
const textOf = (element: HTMLElement | null) => squash(element?.text ?? '');

/** Every state page; in `npm run test:quick`, those in its sample. */
const statePagesInThisRun = states.filter((s) => inThisRun(`/states/${s.id}/`));

describe.each(statePagesInThisRun.map((s) => [s.id, s] as const))(
	'the %s state page',
	(id, state) => {
		const html = page(`/states/${id}/`);
		const asksSection = html.querySelector('.state-asks');
		const name = String(state.data['name']);

		it('has a section of asks for the state', () => {
			expect(html.getElementById('asks')?.text).toContain(`What you can ask for in ${name}`);
		});

		it('offers no ask that state law rules out, and shows every other ask with its caution note', () => {
			for (const ask of asks) {
				const holding = cautionsOf(ask).filter((c) => holdsIn(c, state));
				const offered = asksSection?.querySelector(`.asks-in-state li#ask-${ask.id}`) ?? null;
				if (holding.some((c) => c.effect === 'does-not-apply')) {
					expect(
						offered,
						`${ask.id} is offered in ${name}, where state law rules it out`,
					).toBeNull();
					const ruledOut = asksSection?.querySelector(`#ruled-out-${ask.id}`) ?? null;
					expect(
						ruledOut,
						`${ask.id} is missing from "What state law rules out" in ${name}`,
					).not.toBeNull();
					for (const c of holding.filter((c) => c.effect === 'does-not-apply'))
						expect(textOf(ruledOut)).toContain(squash(c.note));
				} else {
					expect(offered, `${ask.id} is not offered in ${name}`).not.toBeNull();
					expect(offered?.querySelector(`a[href="/asks/${ask.id}/"]`)).not.toBeNull();
					for (const c of holding) expect(textOf(offered)).toContain(squash(c.note));
				}
			}
		});

		it('says so when its law has not been checked yet', () => {
			const notChecked = asksSection?.querySelector('.not-checked') ?? null;
			expect(notChecked !== null).toBe(state.data['reviewed'] === undefined);
		});
	},
);

describe.each([
	['asks', asks, (e: ContentFile) => `/asks/${e.id}/`],
	['talking-points', points, (e: ContentFile) => `/talking-points/${e.id}/`],
	['call-scripts', scripts, (e: ContentFile) => `/scripts/${e.id}/`],
] as const)('%s pages', (_, entries, pathOf) => {
	it.each(entries.map((e) => [e.id, e] as const))(
		'%s shows each of its cautions that hold somewhere, linking every such state',
		(__, entry) => {
			const html = page(pathOf(entry));
			const section = html.querySelector('.state-cautions');
			const holding = cautionsOf(entry)
				.map((caution) => ({ caution, where: states.filter((s) => holdsIn(caution, s)) }))
				.filter(({ where }) => where.length > 0);
			if (holding.length === 0 && entries !== scripts) {
				expect(section, `${entry.id} shows a caution that holds nowhere`).toBeNull();
				return;
			}
			for (const { caution, where } of holding) {
				expect(textOf(section)).toContain(squash(caution.note));
				for (const state of where)
					expect(section?.querySelector(`a[href="/states/${state.id}/"]`)).not.toBeNull();
			}
		},
	);
});

describe('call scripts', () => {
	it.each(scripts.map((s) => [s.id, s] as const))(
		'%s shows the caution of every ask it carries wherever it holds',
		(id, script) => {
			const section = page(`/scripts/${id}/`).querySelector('.state-cautions');
			for (const askId of (script.data['asks'] ?? []) as string[]) {
				const ask = asks.find((a) => a.id === askId);
				for (const caution of cautionsOf(ask!).filter((c) => states.some((s) => holdsIn(c, s))))
					expect(textOf(section), `${id}: ${askId}`).toContain(squash(caution.note));
			}
		},
	);
});

/** The national role pages, each parsed once: the checks below read the same few pages often. */
const rolePages = new Map<string, HTMLElement>();
function rolePage(role: string): HTMLElement {
	if (!rolePages.has(role)) rolePages.set(role, page(`/roles/${role}/`));
	return rolePages.get(role)!;
}

describe('role pages', () => {
	// Asks written for some states' law (onlyWhere) are not on the national role pages.
	it.each(asks.filter((a) => !a.data['onlyWhere']).map((a) => [a.id, a] as const))(
		'name the states under %s where one of its cautions holds',
		(id, ask) => {
			const item = rolePage(String(ask.data['role'])).getElementById(`ask-${id}`);
			const where = states.filter((s) => cautionsOf(ask).some((c) => holdsIn(c, s)));
			expectStatesNamedOrCounted(item, where);
			expect(item?.querySelector(`a[href="/asks/${id}/#state-law"]`) !== null).toBe(
				where.length > 0,
			);
		},
	);
});

/**
 * In a role page's lists a caution is one short line: up to three states are named and linked,
 * more are counted ("18 states"), and the link to the full note names them all.
 */
function expectStatesNamedOrCounted(
	item: HTMLElement | null | undefined,
	where: readonly { id: string }[],
) {
	if (where.length > 3) {
		expect(textOf(item ?? null)).toContain(`${where.length} states`);
		return;
	}
	for (const state of where)
		expect(item?.querySelector(`a[href="/states/${state.id}/"]`), state.id).not.toBeNull();
}

describe('talking points on role pages', () => {
	it.each(points.map((p) => [p.id, p] as const))(
		'%s names the states where one of its cautions holds, on every role page that shows it',
		(id, point) => {
			const where = states.filter((s) => cautionsOf(point).some((c) => holdsIn(c, s)));
			for (const role of (point.data['roles'] ?? []) as string[]) {
				// Role pages list only the strongest points (the rest are on the index), so a point
				// may be absent; where it is shown, its cautions must be too.
				const card = rolePage(role)
					.querySelectorAll('article.talking-point')
					.find((article) => article.getElementById(id) !== null);
				if (card === undefined) continue;
				expectStatesNamedOrCounted(card, where);
				expect(card?.querySelector(`a[href="/talking-points/${id}/#state-law"]`) !== null).toBe(
					where.length > 0,
				);
			}
		},
	);
});

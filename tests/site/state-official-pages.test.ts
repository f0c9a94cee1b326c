/**
 * Each official's page for each state (`/states/<state>/<role>/`) and its leave-behind show only
 * what the state's law allows, each entry with the cautions that hold there, and offer at least two
 * scripts that fit (issue 21). The expectations come from the content files as an author wrote
 * them, not from src/lib: a caution holds in a state when it names the state's postal code or one
 * of its `lawKinds` is the kind of a law in force there (status in-force or partly-blocked); an
 * entry with `onlyWhere` fits a state the same way; a script fits when it fits the state, no
 * does-not-apply caution of its own holds, and every ask it carries is allowed there.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { buildsStateOfficialPages } from '../../src/lib/sample-build';
import { readCollection, type ContentFile } from '../content/read-content';
import { allPagePaths, inThisRun, page } from './dist';

interface Where {
	lawKinds?: string[];
	states?: string[];
}

interface Caution extends Where {
	effect: 'does-not-apply' | 'caution';
	note: string;
}

interface Law {
	kinds: string[];
	status?: string;
}

const states = readCollection('states');
const roles = readCollection('roles');
const asks = readCollection('model-asks');
const points = readCollection('talking-points');
const scripts = readCollection('call-scripts');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (element: HTMLElement | null | undefined) => squash(element?.text ?? '');
const cautionsOf = (entry: ContentFile) => (entry.data['stateCautions'] ?? []) as Caution[];

function kindsInForce(state: ContentFile): Set<string> {
	const laws = (state.data['laws'] ?? []) as Law[];
	return new Set(
		laws
			.filter((law) => (law.status ?? 'in-force') === 'in-force' || law.status === 'partly-blocked')
			.flatMap((law) => law.kinds),
	);
}

/** True when a caution or an `onlyWhere` names the state or one of its kinds of law in force. */
function matches(where: Where, state: ContentFile): boolean {
	const kinds = kindsInForce(state);
	return (
		(where.states ?? []).includes(String(state.data['code'])) ||
		(where.lawKinds ?? []).some((kind) => kinds.has(kind))
	);
}

const holding = (entry: ContentFile, state: ContentFile) =>
	cautionsOf(entry).filter((c) => matches(c, state));
const ruledOutBy = (entry: ContentFile, state: ContentFile) =>
	holding(entry, state).some((c) => c.effect === 'does-not-apply');
const fits = (entry: ContentFile, state: ContentFile) => {
	const onlyWhere = entry.data['onlyWhere'] as Where | undefined;
	return onlyWhere === undefined || matches(onlyWhere, state);
};
const askAllowed = (id: string, state: ContentFile) => {
	const ask = asks.find((a) => a.id === id)!;
	return fits(ask, state) && !ruledOutBy(ask, state);
};
const scriptFits = (script: ContentFile, state: ContentFile) =>
	fits(script, state) &&
	!ruledOutBy(script, state) &&
	((script.data['asks'] ?? []) as string[]).every((id) => askAllowed(id, state));

/**
 * Every caution note of an entry that holds in the state is in the element's text; for an entry
 * ruled out there, the notes that rule it out (the reason it is not offered).
 */
function expectNotes(
	element: HTMLElement,
	entry: ContentFile,
	state: ContentFile,
	what: string,
	only?: Caution['effect'],
) {
	for (const caution of holding(entry, state).filter((c) => !only || c.effect === only))
		expect(textOf(element), `${what} is shown without its caution`).toContain(squash(caution.note));
}

const pairs = states.flatMap((state) => roles.map((role) => [state.id, role.id, state] as const));

describe('pages for each official in each state', () => {
	const built = new Set(allPagePaths());

	it('exist for every state and official, in English and Spanish, with a leave-behind', () => {
		const missing = pairs
			// A sample build (npm run test:quick) makes them for a few states (src/lib/sample-build.ts).
			.filter(([state]) => buildsStateOfficialPages(state))
			.flatMap(([state, role]) => [
				`/states/${state}/${role}/`,
				`/states/${state}/${role}/print/`,
				`/es/states/${state}/${role}/`,
				`/es/states/${state}/${role}/print/`,
			])
			.filter((path) => !built.has(path));
		expect(missing).toEqual([]);
		expect(pairs).toHaveLength(states.length * roles.length);
		expect(states.length).toBe(51);
	});

	it('stay out of the search index, which keeps the state and role pages they repeat', () => {
		expect(page('/states/texas/sheriff/').querySelector('[data-pagefind-body]')).toBeNull();
		expect(page('/es/states/texas/sheriff/').querySelector('[data-pagefind-body]')).toBeNull();
		expect(page('/states/texas/').querySelector('[data-pagefind-body]')).not.toBeNull();
		expect(page('/roles/sheriff/').querySelector('[data-pagefind-body]')).not.toBeNull();
	});

	it('are linked from each state page, each national role page and its leave-behind', () => {
		// Each page parsed once: a state page is half a megabyte.
		const rolePages = roles.map((role) => ({
			role: role.id,
			html: page(`/roles/${role.id}/`),
			print: page(`/roles/${role.id}/print/`),
		}));
		for (const state of states) {
			const statePage = page(`/states/${state.id}/`);
			for (const { role, html, print } of rolePages) {
				const href = `/states/${state.id}/${role}/`;
				expect(statePage.querySelector(`a[href="${href}"]`), href).not.toBeNull();
				expect(html.querySelector(`a[href="${href}"]`), href).not.toBeNull();
				expect(print.querySelector(`a[href="${href}print/"]`), `${href}print/`).not.toBeNull();
			}
		}
	});
});

/** Every state's officials' pages; in `npm run test:quick`, those in its sample. */
const pairsInThisRun = pairs.filter(([state, role]) => inThisRun(`/states/${state}/${role}/`));

describe.each(pairsInThisRun)('the page for %s, %s', (stateId, roleId, state) => {
	const html = page(`/states/${stateId}/${roleId}/`);
	const print = page(`/states/${stateId}/${roleId}/print/`);
	const name = String(state.data['name']);
	const roleAsks = asks.filter((a) => a.data['role'] === roleId);

	it('offers only asks state law allows there, each with its cautions, and names the rest as ruled out', () => {
		for (const ask of roleAsks) {
			const offered = html.querySelector(`.offered-asks li#ask-${ask.id}`);
			const ruledOut = html.querySelector(`.ruled-out li#ruled-out-${ask.id}`);
			if (!fits(ask, state)) {
				expect(offered, `${ask.id} is for other states`).toBeNull();
			} else if (ruledOutBy(ask, state)) {
				expect(offered, `${ask.id} is offered in ${name}, where state law rules it out`).toBeNull();
				expect(
					ruledOut,
					`${ask.id} is missing from "What state law rules out here"`,
				).not.toBeNull();
				expectNotes(ruledOut!, ask, state, ask.id, 'does-not-apply');
			} else {
				expect(offered, `${ask.id} is not offered in ${name}`).not.toBeNull();
				expectNotes(offered!, ask, state, ask.id);
			}
		}
		if (html.querySelector('.ruled-out'))
			expect(textOf(html.getElementById('ruled-out'))).toBe('What state law rules out here');
	});

	it('shows no talking point that state law rules out, and each shown point with its cautions', () => {
		for (const item of html.querySelectorAll('.state-points li[data-point]')) {
			const point = points.find((p) => p.id === item.getAttribute('data-point'))!;
			expect(ruledOutBy(point, state), `${point.id} is ruled out in ${name}`).toBe(false);
			expectNotes(item, point, state, point.id);
		}
	});

	it('offers at least two scripts, each one that fits, with the cautions of it and its asks', () => {
		const shown = html.querySelectorAll('.state-scripts li[data-script]');
		for (const item of shown) {
			const script = scripts.find((s) => s.id === item.getAttribute('data-script'))!;
			expect(scriptFits(script, state), `${script.id} does not fit ${name}`).toBe(true);
			expectNotes(item, script, state, script.id);
			for (const askId of (script.data['asks'] ?? []) as string[])
				expectNotes(
					item,
					asks.find((a) => a.id === askId)!,
					state,
					`${script.id} (${askId})`,
				);
			expect(
				item.querySelector(`a[href="/scripts/${script.id}/?state=${String(state.data['code'])}"]`),
			).not.toBeNull();
		}
		expect(
			shown.map((item) => item.getAttribute('data-script')),
			`fewer than two scripts fit ${roleId} in ${name}`,
		).toHaveLength(Math.max(2, shown.length));
	});

	it('has a leave-behind with only allowed asks and points, their cautions, a QR code and blanks', () => {
		for (const item of print.querySelectorAll('ol.asks li[id^="ask-"]')) {
			const ask = asks.find((a) => `ask-${a.id}` === item.id)!;
			expect(askAllowed(ask.id, state), `${ask.id} is on the ${name} leave-behind`).toBe(true);
			expectNotes(item, ask, state, ask.id);
		}
		for (const item of print.querySelectorAll('.point[data-point]')) {
			const point = points.find((p) => p.id === item.getAttribute('data-point'))!;
			expect(ruledOutBy(point, state), `${point.id} is on the ${name} leave-behind`).toBe(false);
			expectNotes(item, point, state, point.id);
		}
		expect(print.querySelector('.qr-code svg')).not.toBeNull();
		expect(print.querySelector('figcaption')?.text).toContain(`/states/${stateId}/${roleId}/`);
		expect(print.querySelectorAll('.write-in')).toHaveLength(2);
	});
});

describe.each(states.filter((s) => inThisRun(`/states/${s.id}/`)).map((s) => [s.id, s] as const))(
	'the county answers on the %s page',
	(id, state) => {
		it('name only asks state law allows there with no caution, and scripts that fit', () => {
			const html = page(`/states/${id}/`);
			const askIds = new Set(
				html
					.querySelectorAll('.county-answer a[href^="/asks/"]')
					.map((a) => a.getAttribute('href')!.split('/')[2]!),
			);
			for (const askId of askIds) {
				const ask = asks.find((a) => a.id === askId)!;
				expect(askAllowed(askId, state), `${askId} is ruled out here`).toBe(true);
				expect(holding(ask, state), `${askId} needs its caution here`).toEqual([]);
			}
			const scriptIds = new Set(
				html
					.querySelectorAll('.county-answer a[href^="/scripts/"]')
					.map((a) => a.getAttribute('href')!.split('/')[2]!),
			);
			for (const scriptId of scriptIds)
				expect(
					scriptFits(
						scripts.find((s) => s.id === scriptId)!,
						state,
					),
					scriptId,
				).toBe(true);
		});
	},
);

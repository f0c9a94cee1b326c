import { describe, expect, it } from 'vitest';
import type { StateCaution, StateLaw } from '../../../src/schemas';
import {
	fitsState,
	getCautionsForState,
	getLawKindsInForce,
	getOfficialInState,
	getStatesWhereCautionHolds,
	sortEntriesForState,
	statePlaceholderDefaults,
} from '../../../src/lib/state-law';

const law = (kinds: StateLaw['kinds'], status: StateLaw['status'] = 'in-force'): StateLaw => ({
	name: 'A state law',
	citation: 'State Code § 1',
	kinds,
	enacted: '2025',
	effective: '2026-01-01',
	status,
	summary: 'What the law does.',
	sources: [{ collection: 'sources', id: 'a-statute' }],
});

const caution = (over: Partial<StateCaution>): StateCaution => ({
	lawKinds: [],
	states: [],
	effect: 'does-not-apply',
	note: 'State law here rules this out.',
	instead: [],
	...over,
});

const texas = { code: 'TX', laws: [law(['requires-287g']), law(['bans-sanctuary-policies'])] };
const oregon = { code: 'OR', laws: [law(['limits-cooperation'])] };
const unreviewed = { code: 'WY', laws: [] };
const repealedOnly = { code: 'NM', laws: [law(['requires-detainers'], 'repealed')] };

describe('getLawKindsInForce', () => {
	it('collects the kinds of every law in force', () => {
		expect([...getLawKindsInForce(texas)].sort()).toEqual([
			'bans-sanctuary-policies',
			'requires-287g',
		]);
	});

	it('counts a partly blocked law but not a blocked or repealed one', () => {
		const state = {
			laws: [
				law(['requires-detainers'], 'partly-blocked'),
				law(['requires-287g'], 'blocked'),
				law(['bans-sanctuary-policies'], 'repealed'),
			],
		};
		expect([...getLawKindsInForce(state)]).toEqual(['requires-detainers']);
	});
});

describe('getCautionsForState', () => {
	const mandate = caution({ lawKinds: ['requires-287g'] });
	const byCode = caution({ states: ['WY'], effect: 'caution' });

	it('keeps a caution whose kind of law the state has in force', () => {
		expect(getCautionsForState([mandate, byCode], texas)).toEqual([mandate]);
	});

	it('keeps a caution that names the state by postal code, even with no laws', () => {
		expect(getCautionsForState([mandate, byCode], unreviewed)).toEqual([byCode]);
	});

	it('drops a caution when the only matching law was repealed', () => {
		const detainers = caution({ lawKinds: ['requires-detainers'] });
		expect(getCautionsForState([detainers], repealedOnly)).toEqual([]);
	});
});

describe('getStatesWhereCautionHolds', () => {
	const entries = [oregon, repealedOnly, texas, unreviewed].map((data) => ({ data }));

	it('lists only the states with a law of that kind in force, in the order given', () => {
		const held = getStatesWhereCautionHolds(
			caution({ lawKinds: ['requires-287g', 'requires-detainers'] }),
			entries,
		);
		expect(held.map((s) => s.data.code)).toEqual(['TX']);
	});

	it('lists no state when no state has such a law', () => {
		expect(getStatesWhereCautionHolds(caution({ lawKinds: ['bans-287g'] }), entries)).toEqual([]);
	});
});

describe('sortEntriesForState', () => {
	const ask = (id: string, stateCautions: StateCaution[]) => ({ id, data: { stateCautions } });
	const endIt = ask('end-287g', [caution({ lawKinds: ['requires-287g'] })]);
	const narrow = ask('narrow-model', [
		caution({ lawKinds: ['requires-287g'], effect: 'caution', note: 'Check the models.' }),
	]);
	const report = ask('report', []);

	it('rules out an ask whose does-not-apply caution holds there', () => {
		const { offered, ruledOut } = sortEntriesForState([endIt, narrow, report], texas);
		expect(ruledOut.map((r) => r.entry.id)).toEqual(['end-287g']);
		expect(offered.map((o) => o.entry.id)).toEqual(['narrow-model', 'report']);
	});

	it('offers an ask with a caution effect, carrying its note', () => {
		const { offered } = sortEntriesForState([narrow], texas);
		expect(offered[0]?.cautions.map((c) => c.note)).toEqual(['Check the models.']);
	});

	it('offers every ask, with no caution, in a state without such laws', () => {
		const { offered, ruledOut } = sortEntriesForState([endIt, narrow, report], oregon);
		expect(ruledOut).toEqual([]);
		expect(offered.map((o) => [o.entry.id, o.cautions.length])).toEqual([
			['end-287g', 0],
			['narrow-model', 0],
			['report', 0],
		]);
	});
});

describe('fitsState', () => {
	it('fits every state when the entry says nothing about where it fits', () => {
		expect(fitsState(undefined, texas)).toBe(true);
	});

	it('fits a state with one of the kinds of law in force, or named by code', () => {
		const compliance = { lawKinds: ['limits-cooperation' as const], states: ['WY'] };
		expect(fitsState(compliance, oregon)).toBe(true);
		expect(fitsState(compliance, unreviewed)).toBe(true);
		expect(fitsState(compliance, texas)).toBe(false);
	});
});

describe('statePlaceholderDefaults', () => {
	const named = (
		name: string,
		kinds: StateLaw['kinds'],
		status: StateLaw['status'] = 'in-force',
	) => ({
		...law(kinds, status),
		name,
	});
	const mixed = {
		name: 'Mixedland',
		laws: [
			named('Old Detainer Act', ['requires-detainers'], 'repealed'),
			named('Trust Act', ['limits-cooperation']),
			named('Jail Mandate', ['requires-detainers']),
			named('Partnership Law', ['requires-287g']),
		],
	};

	it('names the state, and the first law in force of the kind the script is written for', () => {
		expect(statePlaceholderDefaults({ lawKinds: ['requires-287g'], states: [] }, mixed)).toEqual({
			'[STATE]': 'Mixedland',
			'[STATE LAW]': 'Partnership Law',
		});
		expect(
			statePlaceholderDefaults(
				{ lawKinds: ['bans-287g', 'limits-cooperation'], states: [] },
				mixed,
			),
		).toEqual({ '[STATE]': 'Mixedland', '[STATE LAW]': 'Trust Act' });
	});

	it('falls back to a law of the same family, skipping repealed ones', () => {
		expect(
			statePlaceholderDefaults({ lawKinds: ['bans-sanctuary-policies'], states: [] }, mixed),
		).toEqual({ '[STATE]': 'Mixedland', '[STATE LAW]': 'Jail Mandate' });
	});

	it('leaves the law for the reader when the script names no kind of law', () => {
		expect(statePlaceholderDefaults(undefined, mixed)).toEqual({ '[STATE]': 'Mixedland' });
	});
});

describe('getOfficialInState', () => {
	const ref = (id: string) => ({ id });
	const ask = (
		id: string,
		role: string,
		stateCautions: StateCaution[] = [],
		onlyWhere?: { lawKinds: StateLaw['kinds']; states: string[] },
	) => ({ id, data: { role: ref(role), stateCautions, onlyWhere } });
	const instead = [
		{ collection: 'model-asks' as const, id: 'publish-costs' },
		{ collection: 'model-asks' as const, id: 'state-only' },
	];
	const endIt = ask('end-287g', 'sheriff', [caution({ lawKinds: ['requires-287g'], instead })]);
	const publish = ask('publish-costs', 'sheriff');
	const stateOnly = ask('state-only', 'sheriff', [], {
		lawKinds: ['limits-cooperation'],
		states: [],
	});
	const warned = ask('warned', 'sheriff', [
		caution({
			lawKinds: ['requires-287g'],
			effect: 'caution',
			note: 'Take care in mandate states.',
		}),
	]);
	const repeal = ask('repeal-mandate', 'state');
	const asks = [endIt, publish, stateOnly, warned, repeal];

	const point = (id: string, roles: string[], stateCautions: StateCaution[] = []) => ({
		id,
		data: { roles: roles.map(ref), stateCautions },
	});
	const points = [
		point('can-refuse', ['sheriff'], [caution({ lawKinds: ['requires-287g'] })]),
		point('costs', ['sheriff', 'county-commission']),
		point('for-lawmakers', ['state']),
	];

	const script = (
		id: string,
		askIds: string[],
		stateCautions: StateCaution[] = [],
		onlyWhere?: { lawKinds: StateLaw['kinds']; states: string[] },
	) => ({ id, data: { role: ref('sheriff'), asks: askIds.map(ref), stateCautions, onlyWhere } });
	const scripts = [
		script('end-it-phone', ['end-287g', 'publish-costs']),
		script('costs-phone', ['publish-costs']),
		script('warned-email', ['warned']),
		script('compliance-phone', ['publish-costs'], [], {
			lawKinds: ['limits-cooperation'],
			states: [],
		}),
		script('own-caution', ['publish-costs'], [caution({ states: ['TX'] })]),
	];
	const join = (state: typeof texas) =>
		getOfficialInState({ state, roleId: 'sheriff', asks, points, scripts });

	it('rules out an ask where state law does, naming only alternatives allowed there', () => {
		const { offered, ruledOut } = join(texas);
		expect(ruledOut.map((r) => r.entry.id)).toEqual(['end-287g']);
		expect(ruledOut[0]?.cautions[0]?.instead.map((a) => a.id)).toEqual(['publish-costs']);
		expect(offered.map((o) => o.entry.id)).toEqual(['publish-costs', 'warned']);
	});

	it('offers an ask written for some states only where it fits, and never to another official', () => {
		expect(join(oregon).offered.map((o) => o.entry.id)).toEqual([
			'end-287g',
			'publish-costs',
			'state-only',
			'warned',
		]);
	});

	it('keeps the caution of an offered ask', () => {
		const warnedHere = join(texas).offered.find((o) => o.entry.id === 'warned');
		expect(warnedHere?.cautions.map((c) => c.caution.note)).toEqual([
			'Take care in mandate states.',
		]);
	});

	it('drops a talking point that state law rules out, and points for other officials', () => {
		expect(join(texas).points.map((p) => p.entry.id)).toEqual(['costs']);
		expect(join(oregon).points.map((p) => p.entry.id)).toEqual(['can-refuse', 'costs']);
	});

	it('offers only scripts whose every ask is allowed, that fit the state and are not ruled out', () => {
		const texasJoin = join(texas);
		expect(texasJoin.scripts.map((s) => s.entry.id)).toEqual(['costs-phone', 'warned-email']);
		expect(texasJoin.scriptsElsewhere.map((s) => s.id)).toEqual([
			'end-it-phone',
			'compliance-phone',
			'own-caution',
		]);
		expect(join(oregon).scripts.map((s) => s.entry.id)).toEqual([
			'end-it-phone',
			'costs-phone',
			'warned-email',
			'compliance-phone',
			'own-caution',
		]);
	});

	it('gives a fitting script the cautions of the asks it carries', () => {
		const email = join(texas).scripts.find((s) => s.entry.id === 'warned-email');
		expect(email?.cautions.map((c) => c.caution.note)).toEqual(['Take care in mandate states.']);
	});

	it('offers everything in a state whose law is not reviewed, except what names it by code', () => {
		const { ruledOut, scripts: fit } = join(unreviewed);
		expect(ruledOut).toEqual([]);
		expect(fit.map((s) => s.entry.id)).toEqual([
			'end-it-phone',
			'costs-phone',
			'warned-email',
			'own-caution',
		]);
	});
});

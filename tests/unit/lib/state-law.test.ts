import { describe, expect, it } from 'vitest';
import type { StateCaution, StateLaw } from '../../../src/schemas';
import {
	getCautionsForState,
	getLawKindsInForce,
	getStatesWhereCautionHolds,
	sortEntriesForState,
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

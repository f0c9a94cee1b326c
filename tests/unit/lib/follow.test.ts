import { describe, expect, it } from 'vitest';
import {
	editionMeetingEvents,
	endedAgreements,
	iceStateChanges,
	stateCalendarEvents,
	stateFeedEntries,
} from '../../../src/lib/follow';
import { winsFromCaseStudies, winsFromEndedAgreements } from '../../../src/lib/wins';
import { stringsFor } from '../../../src/lib/ui-strings';
import type { IceHistory } from '../../../src/schemas/ice-lists';

const row = (agency: string, model: 'JEM' | 'TFM' | 'WSO', seen: string) => ({
	state: 'TX',
	agency,
	formerNames: [],
	agencyType: 'County',
	county: 'Harris County',
	countyFips: '48201',
	model,
	signed: '2025-01-01',
	moaUrl: null,
	seen,
});

/** Four lists: A stays, B joins on the second, C leaves after the second, D misses only the newest, X changes model. */
const history = {
	lists: ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'],
	files: ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'],
	agreements: [
		row('A Sheriff', 'JEM', '1111'),
		row('B Sheriff', 'JEM', '0111'),
		row('C Police', 'WSO', '1100'),
		row('D Police', 'WSO', '1110'),
		row('X Sheriff', 'JEM', '1100'),
		row('X Sheriff', 'TFM', '0011'),
	],
} as unknown as IceHistory;

const en = stringsFor('en');
const link = (path: string) => `https://example.org${path}`;

describe('iceStateChanges', () => {
	it('dates an addition by the list that first showed it, an ending by the second list without it, and a model change by the new model', () => {
		expect(iceStateChanges(history)).toEqual([
			{ state: 'TX', date: '2026-02-01', added: ['B Sheriff (JEM)'], ended: [], modelChanged: [] },
			{
				state: 'TX',
				date: '2026-03-01',
				added: [],
				ended: [],
				modelChanged: ['X Sheriff (JEM → TFM)'],
			},
			{ state: 'TX', date: '2026-04-01', added: [], ended: ['C Police (WSO)'], modelChanged: [] },
		]);
	});

	it('does not end an agreement missing from the newest list only', () => {
		expect(endedAgreements(history).map((a) => a.agency)).toEqual(['C Police']);
	});
});

describe('stateFeedEntries', () => {
	const texas = {
		id: 'texas',
		data: {
			name: 'Texas',
			code: 'TX',
			summary: 'State law makes sheriffs seek 287(g).',
			reviewed: '2026-11-23',
			changes: [{ date: '2026-12-06', what: 'Corrected: SB 8 names no model.' }],
			laws: [],
		},
	};

	it('has the review, each correction and each ICE change, linked to the state page', () => {
		const entries = stateFeedEntries(texas, iceStateChanges(history), en, link);
		expect(entries.map((e) => [e.date, e.title])).toEqual([
			['2026-11-23', 'Texas: state law checked against its sources'],
			['2026-12-06', 'Texas: state law page updated'],
			['2026-02-01', "Texas: 1 agency added to ICE's 287(g) list"],
			['2026-03-01', 'Texas: 1 changed model'],
			['2026-04-01', 'Texas: 1 agreement ended'],
		]);
		expect(entries[2]?.link).toBe('https://example.org/states/texas/#agreements');
		expect(entries[4]?.summary).toBe('Ended (gone from two lists in a row): C Police (WSO).');
	});

	it('says it in Spanish for a Spanish feed', () => {
		const entries = stateFeedEntries(texas, iceStateChanges(history), stringsFor('es'), link);
		expect(entries[2]?.title).toBe('Texas: 1 agencia añadida a la lista 287(g) de ICE');
	});
});

describe('stateCalendarEvents', () => {
	const law = (status: string) => ({
		name: 'SB 8',
		citation: 'Gov. Code 753',
		effective: '2026-01-01',
		complianceBy: '2026-12-01',
		status,
		summary: 'Sheriffs must seek 287(g).',
	});

	it('gives a law in force its effective day and its deadline', () => {
		const events = stateCalendarEvents(
			{ id: 'texas', data: { name: 'Texas', code: 'TX', changes: [], laws: [law('in-force')] } },
			en.follow,
			link,
		);
		expect(events.map((e) => [e.kind === 'day' && e.date, e.title])).toEqual([
			['2026-01-01', 'Texas: SB 8 takes effect'],
			['2026-12-01', 'Texas: deadline to comply with SB 8'],
		]);
	});

	it('leaves out the dates of a blocked or repealed law', () => {
		for (const status of ['blocked', 'repealed'])
			expect(
				stateCalendarEvents(
					{ id: 'x', data: { name: 'X', code: 'XX', changes: [], laws: [law(status)] } },
					en.follow,
					link,
				),
			).toEqual([]);
	});
});

describe('editionMeetingEvents', () => {
	it('makes one repeating event per body when its members share a schedule', () => {
		const dates = {
			first: '2027-01-12',
			time: '18:00',
			minutes: 120,
			repeats: 'monthly' as const,
			on: ['2TU', '4TU'],
		};
		const events = editionMeetingEvents(
			{
				'county-commission': [
					{ name: 'A', title: 'Chair', meetingDates: dates, office: 'County Building' },
					{ name: 'B', title: 'Member', meetingDates: dates },
				],
				sheriff: [{ name: 'C', title: 'Sheriff' }],
			},
			() => 'County commission',
			en.follow,
			link,
		);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			kind: 'repeating',
			title: 'Public meeting: County commission',
			days: ['2TU', '4TU'],
			location: 'County Building',
		});
	});
});

describe('wins', () => {
	it('lists only case studies that are wins on 287(g) or detainers', () => {
		const study = (id: string, outcome: 'win' | 'warning', winKind?: 'ended-287g') => ({
			id,
			data: {
				jurisdiction: id,
				state: 'TX',
				year: 2017,
				changed: 'x',
				outcome,
				winKind,
				sources: [{ id: 's' }],
			},
		});
		const wins = winsFromCaseStudies(
			[study('harris', 'win', 'ended-287g'), study('city-id', 'win'), study('maricopa', 'warning')],
			() => 'Source title',
		);
		expect(wins.map((w) => [w.id, w.kind, w.href, w.sources[0]?.href])).toEqual([
			['case-harris', 'ended-287g', '/case-studies/harris/', '/sources/#s'],
		]);
	});

	it('gives each agreement that left the list a stable id from its state, agency and model', () => {
		const [win] = winsFromEndedAgreements(
			[{ ...endedAgreements(history)[0]!, href: '/states/texas/#harris-county' }],
			(a) => a.agency,
			() => ({ title: 'ICE', href: '/287g/' }),
		);
		expect(win).toMatchObject({
			id: 'ice-tx-c-police-wso',
			kind: 'left-ice-list',
			when: '2026-04-01',
		});
	});
});

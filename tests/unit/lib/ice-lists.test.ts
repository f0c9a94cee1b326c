/**
 * Figures and groupings from ICE's 287(g) list. The expected numbers are ICE's counts for the
 * July 18, 2025 and May 16, 2025 editions as published with the data (counted in a spreadsheet),
 * not computed by the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillFigures } from '../../../src/lib/ice-figure-text';
import type { ContentProblem } from '../../../src/lib/integrity';
import {
	compareEditions,
	getStateAgreements,
	iceFigures,
	countPhrase,
	isStale,
	staleLists,
} from '../../../src/lib/ice-lists';
import { findCounty, getCounties } from '../../../src/lib/counties';
import type { IceList } from '../../../src/schemas/ice-lists';

const read = (id: string) =>
	JSON.parse(readFileSync(`content/ice-lists/${id}.json`, 'utf8')) as IceList;
const july = read('2025-07-18-pm');
const may = read('2025-05-16-am');
const figures = iceFigures(
	july,
	may,
	new Map([
		['FL', 'Florida'],
		['TX', 'Texas'],
	]),
);

describe('iceFigures', () => {
	it("gives ICE's July 18, 2025 counts", () => {
		expect(figures).toMatchObject({
			asOf: 'July 18, 2025',
			agreements: '832',
			states: '40',
			statesWithNone: '10',
			tfm: '415',
			tfmStates: '31',
			wso: '300',
			wsoStates: '35',
			jem: '117',
			jemStates: '26',
			countyAgencyAgreements: '582',
			cityAgreements: '189',
			stateAgencyAgreements: '61',
			signedInEditionYear: '697',
			signedBeforeEditionYear: '135',
			pending: '26',
			pendingStates: '13',
			counties: '421',
			agencies: '685',
			topState: 'Florida',
			topStateAgreements: '309',
			secondState: 'Texas',
			secondStateAgreements: '118',
		});
	});

	it('gives the growth since the previous edition', () => {
		expect(figures).toMatchObject({
			previousAsOf: 'May 16, 2025',
			previousAgreements: '571',
			growthPercent: '46%',
			weeksBetween: 'nine',
		});
	});

	it('reads as Spanish in Spanish text: dates, number words and state names', () => {
		const spanish = iceFigures(
			july,
			may,
			new Map([
				['FL', 'Florida'],
				['TX', 'Texas'],
			]),
			'es',
		);
		expect(spanish).toMatchObject({
			asOf: '18 de julio de 2025',
			previousAsOf: '16 de mayo de 2025',
			weeksBetween: 'nueve',
			agreements: '832',
			topState: 'Florida',
		});
	});
});

describe('fillFigures', () => {
	it('fills known tokens and names the file, field and known names for an unknown one', () => {
		const problems: ContentProblem[] = [];
		const out = fillFigures(
			{ why: 'ICE listed {agreements} as of {asOf}.', list: ['{agreemnts}'] },
			figures,
			'content/model-asks/x.yaml',
			problems,
		);
		expect(out.why).toBe('ICE listed 832 as of July 18, 2025.');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ filePath: 'content/model-asks/x.yaml', field: 'list[0]' });
		expect(problems[0]!.message).toMatch(/"\{agreemnts\}" is not a figure.*\{agreements\}/);
	});
});

describe('counties and state groupings', () => {
	it('knows parishes, boroughs and independent cities by their Census names', () => {
		expect(getCounties()).toHaveLength(3142);
		expect(findCounty('22', 'Saint Landry Parish')?.fips).toBe('22097');
		expect(findCounty('51', 'Hopewell city')?.fips).toBe('51670');
		expect(findCounty('24', 'Baltimore city')?.fips).toBe('24510');
		expect(findCounty('24', 'Baltimore County')?.fips).toBe('24005');
		expect(findCounty('02', 'Kodiak Island Borough')?.fips).toBe('02150');
		expect(findCounty('12', 'Collier County')?.slug).toBe('collier-county');
	});

	it('puts state agencies statewide and city police with no county apart', () => {
		const florida = getStateAgreements(july, 'FL', '12');
		expect(florida.agreements).toHaveLength(309);
		expect(florida.statewide.agreements.every((a) => a.agencyType === 'State Agency')).toBe(true);
		expect(florida.unplaced.agreements.every((a) => a.countyFips === null)).toBe(true);
		const placed = florida.counties.reduce((sum, c) => sum + c.agreements.length, 0);
		expect(placed + florida.statewide.agreements.length + florida.unplaced.agreements.length).toBe(
			309,
		);
	});

	it('lists what changed between editions', () => {
		const { added, removed } = compareEditions(july, may);
		expect(added.length - removed.length).toBe(832 - 571);
	});

	it('calls a list stale more than 30 days after its date', () => {
		expect(isStale(july, '2025-08-17')).toBe(false);
		expect(isStale(july, '2025-08-18')).toBe(true);
	});
});

describe('both list dates', () => {
	const newest = read('2026-05-18-am');

	it("warns for each list on its own date: ICE's pending list of 2026-02-27 is stale first", () => {
		// The build date is passed in (BUILD_DATE at build time), so these hold on any day.
		expect(staleLists(newest, '2026-05-20')).toEqual({ participating: false, pending: true });
		expect(staleLists(newest, '2026-03-29')).toEqual({ participating: false, pending: false });
		expect(staleLists(newest, '2026-03-30')).toEqual({ participating: false, pending: true });
		expect(staleLists(newest, '2026-06-18')).toEqual({ participating: true, pending: true });
		expect(staleLists({ ...newest, pendingAsOf: null }, '2026-05-20').pending).toBe(false);
	});

	it('pending figures carry the pending list date, and counts read in each language', () => {
		const en = iceFigures(newest, july, new Map());
		const es = iceFigures(newest, july, new Map(), 'es');
		expect([
			en['asOf'],
			en['pendingAsOf'],
			en['pendingRequests'],
			en['pendingStatesCount'],
			// Both of ICE's pending rows of 2026-02-27 are in Arkansas.
		]).toEqual(['May 18, 2026', 'February 27, 2026', '2 pending requests', '1 state']);
		expect([es['pendingAsOf'], es['pendingRequests'], es['pendingStatesCount']]).toEqual([
			'27 de febrero de 2026',
			'2 solicitudes pendientes',
			'1 estado',
		]);
		expect(countPhrase(1, 'states')).toBe('1 state');
		expect(countPhrase(1, 'counties', 'es')).toBe('1 condado');
		expect(countPhrase(83, 'counties', 'es')).toBe('83 condados');
		expect(countPhrase(118, 'agreements', 'es')).toBe('118 acuerdos 287(g)');
	});
});

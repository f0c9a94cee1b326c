/**
 * The history of ICE's lists: an agreement is matched across lists through renames, counts as
 * ended only when missing from two lists in a row, and recording a list twice changes nothing.
 * The lists here are small and written by hand, so each expected value can be checked by eye.
 */
import { describe, expect, it } from 'vitest';
import { recordList, serializeHistory } from '../../../scripts/import-287g-history';
import {
	agreementRecords,
	historyChanges,
	openDataRows,
	toCsv,
} from '../../../src/lib/ice-history';
import type { IceAgreement, IceHistory, IceList } from '../../../src/schemas/ice-lists';

const row = (agency: string, fields: Partial<IceAgreement> = {}): IceAgreement => ({
	state: 'AR',
	agency,
	agencyType: 'County',
	county: 'Pope County',
	countyFips: '05115',
	model: 'WSO',
	notes: [],
	sourceRow: 2,
	signed: '2025-12-17',
	moaUrl: null,
	addendumUrl: null,
	...fields,
});
const list = (asOf: string, agreements: IceAgreement[]): IceList => ({
	asOf,
	edition: 'am',
	participatingFile: `participatingAgencies${asOf.slice(5, 7)}${asOf.slice(8)}${asOf.slice(0, 4)}am.xlsx`,
	pendingFile: null,
	pendingAsOf: null,
	agreements,
	pending: [],
	setAside: [],
});
const empty: IceHistory = { lists: [], files: [], agreements: [] };
const record = (...lists: IceList[]) =>
	lists.reduce((history, l) => recordList(history, l).history, empty);

const pope = row("Pope County Sheriff's Office");
const misspelled = row("Pop County Sheriff's Office");
const benton = row("Benton County Sheriff's Office", {
	county: 'Benton County',
	countyFips: '05007',
});

describe('history of agreements', () => {
	it('a renamed agency keeps its agreement: same county sheriff, same MOA link, or same name once evened out', () => {
		const history = record(
			list('2026-01-05', [
				misspelled,
				row('Rogers Police Dept.', {
					agencyType: 'Municipality',
					county: null,
					countyFips: null,
					moaUrl: 'https://www.ice.gov/a.pdf',
				}),
				row('Bentonville Police Department', { agencyType: 'Municipality' }),
			]),
			list('2026-02-02', [
				pope,
				row('City of Rogers Police', {
					agencyType: 'Municipality',
					county: null,
					countyFips: null,
					moaUrl: 'https://www.ice.gov/a.pdf',
				}),
				row('BENTONVILLE POLICE DEPT', { agencyType: 'Municipality' }),
			]),
		);
		expect(history.agreements.map((a) => [a.agency, a.formerNames, a.seen])).toEqual([
			['BENTONVILLE POLICE DEPT', ['Bentonville Police Department'], '11'],
			['City of Rogers Police', ['Rogers Police Dept.'], '11'],
			["Pope County Sheriff's Office", ["Pop County Sheriff's Office"], '11'],
		]);
	});

	it('an agreement missing from one list is "missing"; from two in a row, "ended"; back again, "active"', () => {
		const a = list('2026-01-05', [pope, benton]);
		const b = list('2026-02-02', [pope]);
		const c = list('2026-03-02', [pope]);
		expect(agreementRecords(record(a, b)).map((r) => [r.agency, r.status])).toEqual([
			["Benton County Sheriff's Office", 'missing'],
			["Pope County Sheriff's Office", 'active'],
		]);
		const ended = agreementRecords(record(a, b, c)).find((r) => r.countyFips === '05007')!;
		expect(ended).toMatchObject({
			status: 'ended',
			firstSeen: '2026-01-05',
			lastSeen: '2026-01-05',
		});
		const back = agreementRecords(record(a, b, c, list('2026-04-01', [pope, benton])));
		expect(back.find((r) => r.countyFips === '05007')).toMatchObject({
			status: 'active',
			seen: '1001',
		});
	});

	it('recording the same list again, or an older list later, gives the same history', () => {
		const a = list('2026-01-05', [misspelled, benton]);
		const b = list('2026-02-02', [pope]);
		const c = list('2026-03-02', [
			pope,
			row("Benton County Sheriff's Office", {
				county: 'Benton County',
				countyFips: '05007',
				model: 'TFM',
			}),
		]);
		const once = serializeHistory(record(a, b, c));
		expect(serializeHistory(record(a, b, c, c))).toBe(once);
		expect(serializeHistory(record(a, c, b))).toBe(once);
	});

	it('what changed: added, ended, and an agency that changed model, per state and per county', () => {
		const history = record(
			list('2026-01-05', [pope, benton]),
			list('2026-02-02', [pope]),
			list('2026-03-02', [
				pope,
				row("Benton County Sheriff's Office", {
					county: 'Benton County',
					countyFips: '05007',
					model: 'TFM',
				}),
				row('Russellville Police Department', { agencyType: 'Municipality', model: 'TFM' }),
			]),
		);
		const all = historyChanges(history, { state: 'AR' });
		expect(all.added.map((a) => a.agency)).toEqual(['Russellville Police Department']);
		expect(all.ended).toEqual([]);
		expect(all.modelChanged).toEqual([
			expect.objectContaining({
				agency: "Benton County Sheriff's Office",
				from: ['WSO'],
				to: ['TFM'],
				since: '2026-03-02',
			}),
		]);
		expect(historyChanges(history, { countyFips: '05007' }).added).toEqual([]);
		expect(historyChanges(history, { state: 'TX' })).toMatchObject({
			added: [],
			ended: [],
			modelChanged: [],
		});
	});
});

describe('open data', () => {
	it('one CSV row per agreement with first seen, last seen and status; formulas stay text', () => {
		const history = record(
			list('2026-01-05', [
				pope,
				row('=HYPERLINK("http://evil")', { county: null, countyFips: null }),
			]),
			list('2026-02-02', [pope]),
			list('2026-03-02', [pope]),
		);
		const csv = toCsv(openDataRows(history, 'AR'));
		expect(csv.split('\r\n')).toEqual([
			'state,county,county_fips,agency,type,model,signed,first_seen,last_seen,status,moa_link',
			'AR,,,"\'=HYPERLINK(""http://evil"")",County,WSO,2025-12-17,2026-01-05,2026-01-05,ended,',
			"AR,Pope County,05115,Pope County Sheriff's Office,County,WSO,2025-12-17,2026-01-05,2026-03-02,active,",
			'',
		]);
		expect(openDataRows(history, 'TX')).toEqual([]);
	});
});

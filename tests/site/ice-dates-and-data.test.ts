/**
 * ICE's list on the built site: pages show both list dates (the pending list has its own, older
 * one), Spanish pages say their counts in Spanish, territories are listed apart, and the open data
 * files hold one row per agreement of the committed history. Expected values are read here from
 * the committed data files, not from the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir, page } from './dist';

const newest = readdirSync('content/ice-lists')
	.filter((f) => /^\d{4}-\d{2}-\d{2}.*\.json$/.test(f))
	.sort()
	.at(-1)!;
const list = JSON.parse(readFileSync(`content/ice-lists/${newest}`, 'utf8')) as {
	asOf: string;
	pendingAsOf: string;
	agreements: { state: string }[];
};
const history = JSON.parse(readFileSync('content/ice-history/history.json', 'utf8')) as {
	lists: string[];
	agreements: { state: string; agency: string }[];
};

describe('both list dates', () => {
	it.each(['/states/texas/', '/es/states/texas/', '/287g/', '/es/287g/', '/'])(
		'%s shows the date of the list of agreements and of the pending list',
		(path) => {
			const html = page(path);
			expect(html.querySelector(`.ice-list-date time[datetime="${list.asOf}"]`)).not.toBeNull();
			expect(
				html.querySelector(
					`.ice-list-date [data-list="pending"] time[datetime="${list.pendingAsOf}"]`,
				),
			).not.toBeNull();
		},
	);
});

describe('counts in Spanish on Spanish pages', () => {
	it('the Texas summary reads in Spanish, with the pending list date', () => {
		const text = page('/es/states/texas/').querySelector('main')!.textContent.replace(/\s+/g, ' ');
		const summary = /ICE muestra [^.]*\(lista del [^)]*\)\./.exec(text)?.[0];
		expect(summary).toMatch(
			/^ICE muestra [\d,.]+ acuerdos 287\(g\) en este estado, en [\d,.]+ condados, y [\d,.]+ solicitud(es)? pendientes?/,
		);
		expect(summary).not.toMatch(/agreement|count(y|ies)|pending request/);
	});
});

describe('territories and open data', () => {
	it('Guam and the Northern Mariana Islands are listed apart on the national page', () => {
		const section = page('/287g/').querySelector('.territories')!;
		expect(section.textContent).toContain('Guam');
		expect(section.textContent).toContain('Northern Mariana Islands');
	});

	it('the CSV has one row per agreement in the history, and one file per state or territory', () => {
		const csv = readFileSync(`${distDir}/data/287g-agreements.csv`, 'utf8').trimEnd().split('\r\n');
		expect(csv[0]).toBe(
			'state,county,county_fips,agency,type,model,signed,first_seen,last_seen,status,moa_link',
		);
		expect(csv).toHaveLength(history.agreements.length + 1);
		const states = new Set(history.agreements.map((a) => a.state));
		for (const code of states) {
			const rows = readFileSync(`${distDir}/data/287g-agreements-${code.toLowerCase()}.csv`, 'utf8')
				.trimEnd()
				.split('\r\n');
			expect(rows.length - 1).toBe(history.agreements.filter((a) => a.state === code).length);
		}
	});

	it('the JSON gives both list dates and the lists recorded', () => {
		const json = JSON.parse(readFileSync(`${distDir}/data/287g-agreements.json`, 'utf8'));
		expect(json).toMatchObject({
			participatingListAsOf: list.asOf,
			pendingListAsOf: list.pendingAsOf,
			listsRecorded: history.lists,
		});
		expect(json.agreements).toHaveLength(history.agreements.length);
	});
});

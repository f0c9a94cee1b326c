/**
 * The 287(g) importer on ICE's real sheets (tests/fixtures/ice-sheets/, copied from ICE's 287(g)
 * page as archived) and on small odd workbooks built here with the same library, one for each kind
 * of odd input ICE has published. Expected values come from ICE's sheets as read by eye (row
 * numbers, cells), never from the importer.
 */
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
	cleanIceLink,
	importLists,
	importToFolder,
	parseArgs,
	parseFileName,
	readSignedDate,
	serializeList,
} from '../../../scripts/import-287g';

const sheets = 'tests/fixtures/ice-sheets';
const july = [
	join(sheets, 'participatingAgencies07182025pm.xlsx'),
	join(sheets, 'pendingAgencies07182025pm.xlsx'),
] as const;
const may = [
	join(sheets, 'participatingAgencies05162025am.xlsx'),
	join(sheets, 'pendingAgencies05152025am.xlsx'),
] as const;
const may2026 = [
	join(sheets, 'participatingAgencies05182026am.xlsx'),
	join(sheets, 'pendingAgencies02272026am.xlsx'),
] as const;
const today = '2026-12-06';

const emptyFolder = () => mkdtempSync(join(tmpdir(), 'import-287g-'));

/** A folder laid out like the project: lists, history (a copy of the committed one) and states. */
function projectCopy(withHistory = true) {
	const dir = emptyFolder();
	mkdirSync(join(dir, 'lists'));
	const historyFile = join(dir, 'history.json');
	if (withHistory) {
		copyFileSync('content/ice-history/history.json', historyFile);
		copyFileSync('content/ice-history/agency-slugs.json', join(dir, 'agency-slugs.json'));
	}
	return { dir, places: { listsDir: join(dir, 'lists'), historyFile } };
}

/** Every file in a folder with its bytes, to show that nothing was written. */
const snapshot = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((f) => {
			try {
				return [f, readFileSync(join(dir, f), 'utf8')];
			} catch {
				return [f, '(folder)'];
			}
		});

/** Writes a one-sheet workbook with these rows (the first is the header) and returns its path. */
async function workbook(dir: string, name: string, rows: unknown[][]): Promise<string> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Sheet1');
	for (const row of rows) sheet.addRow(row);
	const path = join(dir, name);
	await book.xlsx.writeFile(path);
	return path;
}

const header = [
	'STATE',
	'LAW ENFORCEMENT AGENCY',
	'TYPE',
	'COUNTY',
	'SUPPORT TYPE',
	'SIGNED',
	'MOA',
];
const pendingHeader = header.slice(0, 5);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const goodRow = [
	'TEXAS',
	"Harris County Sheriff's Office",
	'County',
	'Harris County',
	'Warrant Service Officer',
	day(2025, 1, 2),
	'link pending',
];
const link = (hyperlink: string) => ({ text: 'link', hyperlink });

/** A participating workbook with these rows under the header, dated 2026-05-18. */
const participating = async (rows: unknown[][], name = 'participatingAgencies05182026am.xlsx') =>
	workbook(emptyFolder(), name, [header, ...rows]);

// Reading a real sheet takes seconds on a busy machine.
describe('import-287g on ICE sheets', { timeout: 120_000 }, () => {
	it('running it again on the 2026-05-18 and 2026-02-27 sheets changes no committed byte', async () => {
		const { places } = projectCopy();
		const { path } = await importToFolder(...may2026, { today }, places);
		expect(readFileSync(path, 'utf8')).toBe(
			readFileSync('content/ice-lists/2026-05-18-am.json', 'utf8'),
		);
		expect(readFileSync(places.historyFile, 'utf8')).toBe(
			readFileSync('content/ice-history/history.json', 'utf8'),
		);
		// Every agency keeps its page address (the slug file beside the history).
		expect(readFileSync(join(dirname(places.historyFile), 'agency-slugs.json'), 'utf8')).toBe(
			readFileSync('content/ice-history/agency-slugs.json', 'utf8'),
		);
	});

	it('reproduces the committed 2025-07-18 and 2025-05-16 editions byte for byte', async () => {
		expect(serializeList((await importLists(...july, { today })).list)).toBe(
			readFileSync('content/ice-lists/2025-07-18-pm.json', 'utf8'),
		);
		expect(serializeList((await importLists(...may, { today })).list)).toBe(
			readFileSync('content/ice-lists/2025-05-16-am.json', 'utf8'),
		);
	});

	it("keeps ICE's 1,843 rows of 2026-05-18 and the pending list's own date, 80 days older", async () => {
		const { list, summary } = await importLists(...may2026, { today });
		expect(list.agreements).toHaveLength(1843);
		expect(list.setAside).toEqual([]);
		expect(list).toMatchObject({ asOf: '2026-05-18', edition: 'am', pendingAsOf: '2026-02-27' });
		expect(list.pending).toHaveLength(2);
		expect(summary[0]).toMatch(/1843 rows read, 1843 kept \(\d+ repaired.*0 set aside/);
	});

	it('repairs the 2026-05-18 links, counties and places the way ICE meant them', async () => {
		const { list } = await importLists(...may2026, { today });
		const row = (sourceRow: number) => list.agreements.find((a) => a.sourceRow === sourceRow)!;
		// Row 11: https:/www.ice.gov/... (one slash).
		expect(row(11).moaUrl).toBe(
			'https://www.ice.gov/doclib/287gMOA/CherokeePDAL_TFM_%20MOA_02142026.pdf',
		);
		expect(row(11).notes).toContain('MOA link missing slash restored');
		// Row 486: chrome-extension://<id>/https:/www.ice.gov/...
		expect(row(486).moaUrl).toBe(
			'https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf',
		);
		// Row 147: "Pop County"; row 705: "Calacasieu Parish".
		expect(row(147)).toMatchObject({ county: 'Pope County', countyFips: '05115' });
		expect(row(705)).toMatchObject({ county: 'Calcasieu Parish', countyFips: '22019' });
		// Rows 575, 1007, 1008: Guam and the Northern Mariana Islands, kept as territories.
		expect([row(575).state, row(1007).state, row(1008).state]).toEqual(['GU', 'MP', 'MP']);
		expect(
			list.agreements.every(
				(a) => a.moaUrl === null || a.moaUrl.startsWith('https://www.ice.gov/'),
			),
		).toBe(true);
	});

	it('reads swapped files (ICE served them so on 2025-09-22 pm) as what they hold', async () => {
		const dir = emptyFolder();
		const wrongPending = join(dir, 'pendingAgencies07182025pm.xlsx');
		const wrongParticipating = join(dir, 'participatingAgencies07182025pm.xlsx');
		copyFileSync(july[0], wrongPending);
		copyFileSync(july[1], wrongParticipating);
		const { list, summary } = await importLists(wrongParticipating, wrongPending, { today });
		expect(list.agreements).toHaveLength(832);
		expect(list.pending).toHaveLength(26);
		expect(summary[0]).toMatch(/swapped/);
	});
});

describe('odd cells are repaired with a note', { timeout: 60_000 }, () => {
	it("reads ICE's misspelled STATE, TYPE and SUPPORT TYPE through the alias table", async () => {
		const file = await participating([
			[
				'PENNSLYVANIA',
				"Allegheny County Sheriff's Office",
				'County',
				'Allegheny County',
				'Task Force Model',
				day(2025, 3, 1),
				null,
			],
			[
				'WEST VIRIGINIA',
				'Beckley Police Department',
				'Muncipality',
				'Raleigh County',
				'Warrant Service Office',
				day(2025, 3, 1),
				null,
			],
			[
				'MCHIGAN',
				'Michigan State Police',
				'State',
				'#N/A',
				'Warrant Services Officer',
				day(2025, 3, 1),
				null,
			],
			[
				'TEXAS',
				"Harris County Sheriff's Office",
				'#NA',
				'Harris County',
				'Jail Enforcement Model',
				day(2025, 3, 1),
				null,
			],
		]);
		const { list } = await importLists(file, undefined, { today });
		expect(list.agreements.map((a) => [a.state, a.agencyType, a.model, a.countyFips])).toEqual([
			['PA', 'County', 'TFM', '42003'],
			['WV', 'Municipality', 'WSO', '54081'],
			['MI', 'State Agency', 'WSO', null],
			['TX', 'County', 'JEM', '48201'],
		]);
		expect(list.agreements[0]!.notes).toContain(
			'state is "PENNSLYVANIA" in the source; read as PA',
		);
		expect(list.agreements[1]!.notes).toContain(
			'support type is "Warrant Service Office" in the source; read as WSO',
		);
		expect(list.agreements[2]!.notes).toContain(
			'type is "State" in the source; read as State Agency',
		);
		expect(list.agreements[3]!.notes).toContain(
			'type is "#NA" in the source; County from the agency name',
		);
	});

	it('repairs one-slash and chrome-extension links, and drops a link that is not on ice.gov', async () => {
		const file = await participating([
			[...goodRow.slice(0, 6), link('https:/www.ice.gov/doclib/287gMOA/a.pdf')],
			[
				...goodRow.slice(0, 4),
				'Task Force Model',
				goodRow[5],
				link(
					'chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/doclib/287gMOA/b.pdf',
				),
			],
			[...goodRow.slice(0, 4), 'Jail Enforcement Model', goodRow[5], link('javascript:alert(1)')],
		]);
		const { list } = await importLists(file, undefined, { today });
		expect(list.agreements.map((a) => a.moaUrl)).toEqual([
			'https://www.ice.gov/doclib/287gMOA/a.pdf',
			'https://www.ice.gov/doclib/287gMOA/b.pdf',
			null,
		]);
		expect(list.agreements[2]!.notes.join(' ')).toMatch(/MOA link left out/);
	});

	it('keeps Guam and the Northern Mariana Islands as territories, and an empty SIGNED cell', async () => {
		const file = await participating([
			[
				'GUAM',
				'Office Of The Attorney General',
				'State Agency',
				'Kattan District',
				'Task Force Model',
				day(2025, 9, 22),
				null,
			],
			[
				'NORTHERN MARIANA ISLANDS',
				'CNMI Department of Corrections',
				'State Agency',
				'#NA',
				'Jail Enforcement Model',
				null,
				null,
			],
		]);
		const { list } = await importLists(file, undefined, { today });
		expect(list.agreements.map((a) => [a.state, a.countyFips, a.signed])).toEqual([
			['GU', null, '2025-09-22'],
			['MP', null, null],
		]);
		expect(list.agreements[1]!.notes).toContain('no signed date in the source');
	});
});

describe(
	'rows that cannot be trusted are set aside, counted, never shown',
	{ timeout: 60_000 },
	() => {
		it('sets aside impossible, future and past-9999 dates, duplicates, no state and no model', async () => {
			const file = await participating([
				goodRow,
				goodRow, // row 3: a duplicate of row 2
				[...goodRow.slice(0, 5), '13/45/2025', null], // row 4
				[...goodRow.slice(0, 4), 'Task Force Model', day(2030, 1, 1), null], // row 5
				[...goodRow.slice(0, 4), 'Jail Enforcement Model', day(2173, 6, 1), null], // row 6
				[
					'TEXAS',
					"Dallas County Sheriff's Office",
					'County',
					'Dallas County',
					'Task Force Model',
					new Date(Date.UTC(10_500, 0, 1)),
					null,
				], // row 7
				[
					'ATLANTIS',
					'Atlantis Police',
					'Municipality',
					'',
					'Task Force Model',
					day(2025, 1, 1),
					null,
				], // row 8
				[
					'TEXAS',
					"Travis County Sheriff's Office",
					'County',
					'Travis County',
					'',
					day(2025, 1, 1),
					null,
				], // row 9
			]);
			const { list, summary } = await importLists(file, undefined, { today });
			expect(list.agreements.map((a) => a.sourceRow)).toEqual([2]);
			expect(list.setAside.map((s) => [s.sourceRow, s.reason])).toEqual([
				[3, 'a duplicate of row 2: every column is the same'],
				[4, expect.stringMatching(/^SIGNED: .*13\/45\/2025/)],
				[5, "SIGNED: the signed date 2030-01-01 is after the list's own date 2026-05-18"],
				[6, "SIGNED: the signed date 2173-06-01 is after the list's own date 2026-05-18"],
				[7, expect.stringMatching(/^SIGNED: .*past 9999/)],
				[8, expect.stringMatching(/^STATE "ATLANTIS" is not a state/)],
				[9, 'SUPPORT TYPE is empty, so the 287(g) model is unknown'],
			]);
			expect(list.setAside[5]!.cells).toMatchObject({ STATE: 'ATLANTIS' });
			expect(summary.join('\n')).toMatch(/8 rows read, 1 kept \(0 repaired.*7 set aside/);
			expect(summary.join('\n')).toMatch(/set aside: row 3: a duplicate of row 2/);
		});

		it('an empty pending list is valid', async () => {
			const pending = await workbook(emptyFolder(), 'pendingAgencies11062025pm.xlsx', [
				pendingHeader,
			]);
			const { list } = await importLists(july[0], pending, { today });
			expect(list.pending).toEqual([]);
			expect(list.pendingAsOf).toBe('2025-11-06');
		});
	},
);

describe('a sheet laid out a little differently', { timeout: 60_000 }, () => {
	it('reads the worksheet that holds the list when another comes first', async () => {
		const book = new ExcelJS.Workbook();
		book.addWorksheet('Notes').addRow(['Updated weekly.']);
		const sheet = book.addWorksheet('Agencies');
		for (const row of [header, goodRow]) sheet.addRow(row);
		const path = join(emptyFolder(), 'participatingAgencies05182026am.xlsx');
		await book.xlsx.writeFile(path);
		const { list } = await importLists(path, undefined, { today });
		expect(list.agreements.map((a) => a.agency)).toEqual(["Harris County Sheriff's Office"]);
	});

	it('finds the header under a title row, reads renamed columns and counts rows from there', async () => {
		const file = await workbook(emptyFolder(), 'participatingAgencies05182026am.xlsx', [
			['287(g) Participating Agencies as of May 18, 2026'],
			[],
			['STATE', 'AGENCY', 'TYPE', 'COUNTY', 'MODEL', 'DATE SIGNED', 'MOA'],
			goodRow,
		]);
		const { list } = await importLists(file, undefined, { today });
		expect(list.agreements.map((a) => [a.sourceRow, a.agency, a.model, a.signed])).toEqual([
			[4, "Harris County Sheriff's Office", 'WSO', '2025-01-02'],
		]);
	});
});

describe('file names and dates', { timeout: 60_000 }, () => {
	it('reads every name ICE has used', () => {
		expect(parseFileName('participatingAgencies07182025pm.xlsx')).toEqual({
			kind: 'participating',
			date: '2025-07-18',
			edition: 'pm',
		});
		expect(parseFileName('participatingAgencies04232026.xlsx')).toEqual({
			kind: 'participating',
			date: '2026-04-23',
			edition: null,
		});
		expect(parseFileName('287gParticipatingAgencies091526pm.xlsx')).toEqual({
			kind: 'participating',
			date: '2026-09-15',
			edition: 'pm',
		});
		expect(parseFileName('ParticipatingAgency091826am.xlsx')).toEqual({
			kind: 'participating',
			date: '2026-09-18',
			edition: 'am',
		});
		expect(parseFileName('287gPendingAgencies091526pm.xlsx')).toEqual({
			kind: 'pending',
			date: '2026-09-15',
			edition: 'pm',
		});
		expect(parseFileName('pendingAgencies02272026am (1).xlsx')).toEqual({
			kind: 'pending',
			date: '2026-02-27',
			edition: 'am',
		});
		expect(parseFileName('list.xlsx')).toBeUndefined();
	});

	it('writes an edition with no am/pm as <date>.json, and --date overrides the name', async () => {
		const noHalf = await participating([goodRow], 'participatingAgencies04232026.xlsx');
		expect((await importLists(noHalf, undefined, { today })).list).toMatchObject({
			asOf: '2026-04-23',
			edition: null,
		});
		const { places } = projectCopy(false);
		const { path } = await importToFolder(noHalf, undefined, { today, date: '2026-04-24' }, places);
		expect(path).toMatch(/2026-04-24\.json$/);
	});

	it('refuses a day 13/45, a future day and a name with no date, naming the file and what it expects', async () => {
		const bad = await participating([goodRow], 'participatingAgencies13452026am.xlsx');
		await expect(importLists(bad, undefined, { today })).rejects.toThrow(
			/participatingAgencies13452026am\.xlsx: the list date in the file name cannot be right: 2026-13-45 is not a real day.*Expected a real day no later than today/,
		);
		const future = await participating([goodRow], 'participatingAgencies01022027am.xlsx');
		await expect(importLists(future, undefined, { today })).rejects.toThrow(
			/2027-01-02 is after 2026-12-06/,
		);
		const unnamed = await participating([goodRow], 'download.xlsx');
		await expect(importLists(unnamed, undefined, { today })).rejects.toThrow(
			/download\.xlsx: the file name has no list date.*--date YYYY-MM-DD/,
		);
		await expect(importLists(unnamed, undefined, { today, date: '2026-02-30' })).rejects.toThrow(
			/given with --date .*2026-02-30 is not a real day/,
		);
	});

	it('reads typed dates with a missing slash and a one-digit year typo, never past the list date', () => {
		expect(readSignedDate('7/72025').date).toBe('2025-07-07');
		expect(readSignedDate('05/082025').date).toBe('2025-05-08');
		expect(readSignedDate(day(5025, 7, 7), '2025-07-18').date).toBe('2025-07-07');
		expect(readSignedDate(45658).date).toBe('2025-01-01');
		expect(readSignedDate(null).date).toBeNull();
		expect(() => readSignedDate('soon')).toThrow(/not a date/);
		expect(() => readSignedDate('2/30/2025')).toThrow(/not a real day/);
	});

	it('reads the command line: two files, one file, --date, --history', () => {
		expect(parseArgs(['--', 'a.xlsx', 'b.xlsx'])).toMatchObject({
			files: ['a.xlsx', 'b.xlsx'],
			history: false,
		});
		expect(parseArgs(['a.xlsx', '--date', '2026-05-18'])).toMatchObject({
			options: { date: '2026-05-18' },
		});
		expect(parseArgs(['--date', 'May 18', 'a.xlsx'])).toEqual({
			error: '--date needs a date written YYYY-MM-DD.',
		});
		expect(parseArgs(['a.xlsx', 'b.xlsx', 'c.xlsx'])).toHaveProperty('error');
		expect(parseArgs(['--history', 'a.xlsx', 'b.xlsx', 'c.xlsx'])).toMatchObject({ history: true });
	});
});

describe('the pending list is optional and keeps its own date', { timeout: 60_000 }, () => {
	it('without a pending sheet, the last imported pending list is kept with its date', async () => {
		const { places } = projectCopy();
		await importToFolder(...july, { today }, places);
		const { list } = await importToFolder(
			await participating([goodRow]),
			undefined,
			{ today },
			places,
		);
		expect(list).toMatchObject({
			asOf: '2026-05-18',
			pendingAsOf: '2025-07-18',
			pendingFile: 'pendingAgencies07182025pm.xlsx',
		});
		expect(list.pending).toHaveLength(26);
	});
});

describe('a refused import writes nothing', { timeout: 60_000 }, () => {
	const refuses = async (files: [string, string?], message: RegExp) => {
		const { dir, places } = projectCopy();
		const before = snapshot(dir);
		await expect(importToFolder(files[0], files[1], { today }, places)).rejects.toThrow(message);
		expect(snapshot(dir)).toEqual(before);
	};

	it('a file that is not an Excel workbook', async () => {
		const fake = join(emptyFolder(), 'participatingAgencies07182025pm.xlsx');
		writeFileSync(fake, 'STATE,AGENCY\nTEXAS,Harris\n');
		await refuses(
			[fake, july[1]],
			/participatingAgencies07182025pm\.xlsx: cannot be read as an Excel \.xlsx workbook/,
		);
	});

	it('a missing column, named with row 1 and the columns expected', async () => {
		const file = await workbook(emptyFolder(), 'participatingAgencies07182025pm.xlsx', [
			header.filter((h) => h !== 'COUNTY'),
			goodRow.filter((_, i) => i !== 3),
		]);
		await refuses(
			[file, july[1]],
			/participatingAgencies07182025pm\.xlsx: row 1 \(the header row\) has no "COUNTY" column; ICE's participating list has STATE, LAW ENFORCEMENT AGENCY/,
		);
	});

	it('a participating sheet with no row that can be kept', async () => {
		const file = await workbook(emptyFolder(), 'participatingAgencies07182025pm.xlsx', [header]);
		await refuses([file, july[1]], /no row under the header could be kept/);
	});

	it('two participating sheets, or two pending sheets', async () => {
		await refuses(
			[july[0], july[0]],
			/pendingAgencies|participatingAgencies07182025pm\.xlsx: row 1 \(the header row\) has a "SIGNED" column/,
		);
		await refuses(
			[july[1], july[1]],
			/pendingAgencies07182025pm\.xlsx: row 1 \(the header row\) has no "SIGNED" column, so this is ICE's pending list/,
		);
	});

	it('on the command line: the file and the fix, "Nothing was written", no stack trace', () => {
		const fake = join(emptyFolder(), 'participatingAgencies07182025pm.xlsx');
		writeFileSync(fake, 'not a workbook');
		let stderr = '';
		let status = 0;
		try {
			execFileSync('node_modules/.bin/node', ['scripts/import-287g.ts', fake], {
				encoding: 'utf8',
				stdio: 'pipe',
			});
		} catch (error) {
			({ stderr, status } = error as { stderr: string; status: number });
		}
		expect(status).toBe(1);
		expect(stderr).toMatch(/^participatingAgencies07182025pm\.xlsx: cannot be read as an Excel/);
		expect(stderr).toMatch(/Nothing was written\.\n$/);
		expect(stderr).not.toMatch(/\n\s+at /);
	});
});

describe('import-287g helpers', () => {
	it('unwraps Outlook safelinks and upgrades http', () => {
		expect(
			cleanIceLink(
				'https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2Fa.pdf&data=05',
			).url,
		).toBe('https://www.ice.gov/doclib/287gMOA/a.pdf');
		expect(cleanIceLink('http://www.ice.gov/doclib/b.pdf').url).toBe(
			'https://www.ice.gov/doclib/b.pdf',
		);
		expect(() => cleanIceLink('https://example.com/a.pdf')).toThrow(/not an https:\/\/www.ice.gov/);
	});
});

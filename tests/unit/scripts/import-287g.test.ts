/**
 * The 287(g) importer on ICE's real sheets (tests/fixtures/ice-sheets/, copied from ICE's 287(g)
 * page as archived) and on small broken workbooks built here with the same library.
 * Expected figures come from ICE's own sheets as counted by hand, never from the importer.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
	cleanIceLink,
	importLists,
	importToFolder,
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

const emptyFolder = () => mkdtempSync(join(tmpdir(), 'import-287g-'));

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
const goodRow = [
	'TEXAS',
	"Harris County Sheriff's Office",
	'County',
	'Harris County',
	'Warrant Service Officer',
	new Date(Date.UTC(2025, 0, 2)),
	'link pending',
];

// Reading a real sheet takes seconds on a busy machine.
describe('import-287g on ICE sheets', { timeout: 60_000 }, () => {
	it('reproduces the committed 2025-07-18 edition byte for byte', async () => {
		const dir = emptyFolder();
		await importToFolder(...july, dir);
		expect(readFileSync(join(dir, '2025-07-18-pm.json'), 'utf8')).toBe(
			readFileSync('content/ice-lists/2025-07-18-pm.json', 'utf8'),
		);
	});

	it('reproduces the committed 2025-05-16 edition byte for byte', async () => {
		expect(serializeList(await importLists(...may))).toBe(
			readFileSync('content/ice-lists/2025-05-16-am.json', 'utf8'),
		);
	});

	it("finds 571 signed agreements on May 16, 2025 and 832 on July 18, 2025 (ICE's own counts)", async () => {
		expect((await importLists(...may)).agreements).toHaveLength(571);
		const list = await importLists(...july);
		expect(list.agreements).toHaveLength(832);
		expect(list.pending).toHaveLength(26);
		expect(list.asOf).toBe('2025-07-18');
	});

	it('reads the July sheet the way ICE meant it: fixed dates, unwrapped links, corrected counties', async () => {
		const { agreements } = await importLists(...july);
		const row = (agency: string) => agreements.find((a) => a.agency === agency)!;
		const signed = (agency: string) =>
			agreements.filter((a) => a.agency === agency).map((a) => a.signed);
		expect(signed("Tooele County Sheriff's Office")).toContain('2025-07-07');
		expect(signed("Campbell County Sheriff's Office")).toContain('2025-05-08');
		expect(signed("Grundy County Sheriff's Office")).toContain('2025-07-07');
		expect(
			agreements.every((a) => a.moaUrl === null || a.moaUrl.startsWith('https://www.ice.gov/')),
		).toBe(true);
		expect(agreements.filter((a) => a.moaUrl !== null)).toHaveLength(603);
		expect(row("Berrian County Sheriff's Office")).toMatchObject({
			county: 'Berrien County',
			countyFips: '26021',
		});
		expect(agreements.filter((a) => a.county === 'Hopewell city').map((a) => a.countyFips)).toEqual(
			['51670', '51670', '51670'],
		);
		expect(agreements.filter((a) => a.county === null)).toHaveLength(229);
	});

	it('writes the same bytes twice', async () => {
		const [a, b] = [emptyFolder(), emptyFolder()];
		await importToFolder(...july, a);
		await importToFolder(...july, b);
		expect(readFileSync(join(a, '2025-07-18-pm.json'))).toEqual(
			readFileSync(join(b, '2025-07-18-pm.json')),
		);
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

	it('reads typed dates with a missing slash and a year typo', () => {
		expect(readSignedDate('7/72025').date).toBe('2025-07-07');
		expect(readSignedDate('05/082025').date).toBe('2025-05-08');
		expect(readSignedDate(new Date(Date.UTC(5025, 6, 7))).date).toBe('2025-07-07');
		expect(readSignedDate(45658).date).toBe('2025-01-01');
		expect(() => readSignedDate('soon')).toThrow(/not a date/);
	});
});

describe('import-287g on malformed sheets writes nothing', { timeout: 60_000 }, () => {
	const fails = async (participating: string, pending: string, message: RegExp) => {
		const out = emptyFolder();
		await expect(importToFolder(participating, pending, out)).rejects.toThrow(message);
		expect(readdirSync(out)).toEqual([]);
	};

	it('stops on a file that is not an Excel workbook', async () => {
		const dir = emptyFolder();
		const fake = join(dir, 'participatingAgencies07182025pm.xlsx');
		writeFileSync(fake, 'STATE,AGENCY\nTEXAS,Harris\n');
		await fails(
			fake,
			july[1],
			/participatingAgencies07182025pm\.xlsx: cannot be read as an Excel \.xlsx workbook/,
		);
	});

	it('stops on a missing column and names it', async () => {
		const dir = emptyFolder();
		const file = await workbook(dir, 'participatingAgencies07182025pm.xlsx', [
			header.filter((h) => h !== 'COUNTY'),
			goodRow.filter((_, i) => i !== 3),
		]);
		await fails(
			file,
			july[1],
			/participatingAgencies07182025pm\.xlsx: the header row \(row 1\) has no "COUNTY" column/,
		);
	});

	it('stops on a sheet with a header and no rows', async () => {
		const dir = emptyFolder();
		const file = await workbook(dir, 'participatingAgencies07182025pm.xlsx', [header]);
		await fails(
			file,
			july[1],
			/participatingAgencies07182025pm\.xlsx: the sheet has a header row but no rows/,
		);
	});

	it('stops when the pending sheet is passed as the participating one', async () => {
		const dir = emptyFolder();
		const renamed = join(dir, 'participatingAgencies07182025pm.xlsx');
		writeFileSync(renamed, readFileSync(july[1]));
		await fails(renamed, july[1], /no "SIGNED", "MOA" column\. It looks like the pending list/);
		await fails(
			july[1],
			july[0],
			/this is ICE's pending list, but the participating list was expected/,
		);
	});

	it('stops when the participating sheet is passed as the pending one', async () => {
		const dir = emptyFolder();
		const renamed = join(dir, 'pendingAgencies07182025pm.xlsx');
		writeFileSync(renamed, readFileSync(july[0]));
		await fails(
			july[0],
			renamed,
			/pendingAgencies07182025pm\.xlsx: this sheet has a SIGNED column/,
		);
	});

	it('stops on a file name without the edition date', async () => {
		const dir = emptyFolder();
		const file = await workbook(dir, 'participating.xlsx', [header, goodRow]);
		await fails(file, july[1], /participating\.xlsx: the file name must be ICE's/);
	});

	it('stops on a row it cannot read and names the row', async () => {
		const dir = emptyFolder();
		const file = await workbook(dir, 'participatingAgencies07182025pm.xlsx', [
			header,
			goodRow,
			[...goodRow.slice(0, 4), 'Border Patrol Model', ...goodRow.slice(5)],
		]);
		await fails(
			file,
			july[1],
			/row 3: the SUPPORT TYPE "Border Patrol Model" is not a 287\(g\) model/,
		);
	});

	it('reads columns by name, in any order, with stray spaces', async () => {
		const dir = emptyFolder();
		const file = await workbook(dir, 'participatingAgencies07182025pm.xlsx', [
			[' moa ', ...header.slice(0, 6), 'ADDENDUM'],
			[
				'link pending',
				...goodRow.slice(0, 6).map((v) => (typeof v === 'string' ? ` ${v}  ` : v)),
				null,
			],
		]);
		const list = await importLists(file, july[1]);
		expect(list.agreements).toEqual([
			expect.objectContaining({
				agency: "Harris County Sheriff's Office",
				countyFips: '48201',
				model: 'WSO',
				signed: '2025-01-02',
			}),
		]);
	});
});

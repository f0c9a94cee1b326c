/**
 * Imports ICE's two 287(g) spreadsheets (participating agencies and pending agencies) into
 * `content/ice-lists/<YYYY-MM-DD>-<am|pm>.json`, which the site reads at build time.
 *
 *   npm run data:287g -- participatingAgencies07182025pm.xlsx pendingAgencies07182025pm.xlsx
 *
 * Download both sheets from https://www.ice.gov/identify-and-arrest/287g and keep ICE's file names:
 * the edition date comes from them. The importer finds columns by their header names, trims stray
 * spaces, reads real and typed dates, unwraps Outlook "safelinks" around MOA links, joins counties
 * to Census FIPS codes (`src/lib/counties.ts`) and applies the reviewed county fixes in
 * `import-287g-corrections.ts`. Every change to ICE's values is written into the row's `notes`.
 * Running it twice on the same files writes the same bytes.
 *
 * When a sheet is malformed (not an .xlsx file, a missing column, no rows, the wrong list, a row it
 * cannot read) it prints the file and the problem, writes nothing and exits 1. Fix the file (or
 * download it again) and run it again. Then review the diff (`git diff content/ice-lists/`) and commit.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { findCounty } from '../src/lib/counties.ts';
import {
	iceListSchema,
	type IceAgreement,
	type IceList,
	type IceModel,
	type IcePending,
} from '../src/schemas/ice-lists.ts';
import { countyCorrections, countyFlags } from './import-287g-corrections.ts';

/** A problem with one input file: the message names the file. */
export class SheetError extends Error {
	constructor(file: string, problem: string) {
		super(`${basename(file)}: ${problem}`);
		this.name = 'SheetError';
	}
}

/** Which of ICE's two lists a sheet is. */
export type ListKind = 'participating' | 'pending';

/** The edition a file name gives: `participatingAgencies07182025pm.xlsx` → 2025-07-18, pm. */
export function editionFromFileName(file: string, kind: ListKind) {
	const match = /^(participating|pending)Agencies(\d{2})(\d{2})(\d{4})(am|pm)\.xlsx$/i.exec(
		basename(file),
	);
	if (!match)
		throw new SheetError(
			file,
			`the file name must be ICE's, like ${kind}Agencies07182025pm.xlsx (list, MMDDYYYY, am or pm): the edition date comes from it.`,
		);
	const [, list, month, day, year, half] = match;
	if (list!.toLowerCase() !== kind)
		throw new SheetError(
			file,
			`this is ICE's ${list!.toLowerCase()} list, but the ${kind} list was expected here. Pass the participating sheet first, then the pending sheet.`,
		);
	return { asOf: `${year}-${month}-${day}`, edition: half!.toLowerCase() as 'am' | 'pm' };
}

/** Header names (upper case, single spaces) each list must have, keyed by our name for them. */
const commonColumns = {
	state: 'STATE',
	agency: 'LAW ENFORCEMENT AGENCY',
	agencyType: 'TYPE',
	county: 'COUNTY',
	model: 'SUPPORT TYPE',
} as const;
const participatingColumns = { ...commonColumns, signed: 'SIGNED', moa: 'MOA' } as const;
/** Columns ICE added later (ADDENDUM in July 2025): read when present. */
const optionalColumns = { addendum: 'ADDENDUM' } as const;

const modelCodes: Record<string, IceModel> = {
	'TASK FORCE MODEL': 'TFM',
	'WARRANT SERVICE OFFICER': 'WSO',
	'JAIL ENFORCEMENT MODEL': 'JEM',
};

/** Values ICE puts in the county column when its lookup found nothing. */
const noCounty = new Set(['#N/A', '#NA', 'N/A']);

const normalizeHeader = (text: string) => text.replace(/\s+/g, ' ').trim().toUpperCase();
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a cell, whatever ExcelJS made of it (rich text, hyperlink, formula, error). */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('error' in value) return String(value.error);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
	if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
	return '';
}

/** A cell's link target, if it has one. */
function cellHyperlink(cell: ExcelJS.Cell): string | undefined {
	const value = cell.value;
	if (value && typeof value === 'object' && 'hyperlink' in value) return value.hyperlink;
	return cell.hyperlink || undefined;
}

/**
 * An ice.gov address from an MOA cell's link: unwraps Outlook safelinks
 * (`https://*.safelinks.protection.outlook.com/?url=<encoded>`) and upgrades http to https.
 * Returns the address and a note when it changed anything, or throws when it is not on ice.gov.
 */
export function cleanIceLink(link: string): { url: string; note?: string } {
	let url = link.trim();
	let unwrapped = false;
	const parsed = URL.canParse(url) ? new URL(url) : undefined;
	if (parsed?.hostname.endsWith('.safelinks.protection.outlook.com')) {
		const inner = parsed.searchParams.get('url');
		if (!inner) throw new Error(`a safelinks address has no url= part: ${url}`);
		url = inner;
		unwrapped = true;
	}
	const upgraded = /^http:\/\/www\.ice\.gov\//i.test(url);
	if (upgraded) url = url.replace(/^http:/i, 'https:');
	if (!/^https:\/\/www\.ice\.gov\//.test(url))
		throw new Error(`the link is not an https://www.ice.gov/ address: ${link}`);
	const changes = [
		unwrapped && 'unwrapped from an Outlook safelinks address',
		upgraded && 'http changed to https',
	];
	const said = changes.filter(Boolean).join(', ');
	return said ? { url, note: `link ${said}` } : { url };
}

/** Converts an Excel serial day number (1900 date system) to YYYY-MM-DD. */
export function excelSerialToIso(serial: number): string {
	return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

/**
 * The signed date from a SIGNED cell: a real Excel date, a serial number or typed text such as
 * `7/7/2025`, `7/72025` or `05/082025` (a slash left out). A year like 5025 is read as 2025.
 * Returns the date and a note when it had to guess, or throws when it cannot read it.
 */
export function readSignedDate(value: ExcelJS.CellValue): { date: string; note?: string } {
	let iso: string | undefined;
	let note: string | undefined;
	if (value instanceof Date) iso = value.toISOString().slice(0, 10);
	else if (typeof value === 'number') iso = excelSerialToIso(value);
	else {
		const text = cellText(value).trim();
		const typed = /^(\d{1,2})\/(\d{1,2})\/?(\d{4})$/.exec(text);
		if (!typed) throw new Error(`the signed date "${text}" is not a date`);
		const [, month, day, year] = typed;
		iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
		note = `signed date typed as text "${text}" in the source; read as ${iso}`;
	}
	const year = Number(iso.slice(0, 4));
	if (year > 2100) {
		const fixed = `${2000 + (year % 1000)}${iso.slice(4)}`;
		note = `signed date has the year ${year} in the source (a typo); read as ${fixed}`;
		iso = fixed;
	}
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const check = new Date(Date.UTC(y, m - 1, d));
	if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || y < 2000)
		throw new Error(`the signed date "${cellText(value)}" is not a real date`);
	return note ? { date: iso, note } : { date: iso };
}

/** State names (upper case) → postal codes and FIPS, from `content/states/`. */
export function loadStates(dir = 'content/states'): Map<string, { code: string; fips: string }> {
	const states = new Map<string, { code: string; fips: string }>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
		const data = yaml.load(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
		states.set(data['name']!.toUpperCase(), { code: data['code']!, fips: data['fips']! });
	}
	return states;
}

/** Reads the first worksheet of an .xlsx file, or throws a SheetError saying it is not one. */
async function readWorksheet(file: string): Promise<ExcelJS.Worksheet> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.readFile(file);
	} catch (error) {
		throw new SheetError(
			file,
			`cannot be read as an Excel .xlsx workbook (${(error as Error).message}). Download the sheet again from ICE's 287(g) page.`,
		);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new SheetError(file, 'the workbook has no worksheet.');
	return sheet;
}

/** Maps each wanted column to its number in the header row; throws naming any missing column. */
function findColumns<T extends Record<string, string>>(
	file: string,
	sheet: ExcelJS.Worksheet,
	wanted: T,
	kind: ListKind,
): Record<keyof T, number> & { addendum?: number } {
	const headers = new Map<string, number>();
	sheet
		.getRow(1)
		.eachCell((cell, column) => headers.set(normalizeHeader(cellText(cell.value)), column));
	if (kind === 'pending' && headers.has('SIGNED'))
		throw new SheetError(
			file,
			'this sheet has a SIGNED column, so it looks like the participating list, not the pending list. Pass the participating sheet first, then the pending sheet.',
		);
	const missing = Object.values(wanted).filter((name) => !headers.has(name));
	if (missing.length > 0) {
		const hint =
			kind === 'participating' && missing.includes('SIGNED')
				? ' It looks like the pending list: pass the participating sheet first, then the pending sheet.'
				: ' ICE may have renamed a column: update the header names in scripts/import-287g.ts.';
		throw new SheetError(
			file,
			`the header row (row 1) has no ${missing.map((m) => `"${m}"`).join(', ')} column.${hint} Found: ${[...headers.keys()].join(', ') || 'nothing'}.`,
		);
	}
	const columns = Object.fromEntries(
		Object.entries(wanted).map(([key, name]) => [key, headers.get(name)!]),
	) as Record<keyof T, number> & { addendum?: number };
	const addendum = headers.get(optionalColumns.addendum);
	if (addendum !== undefined) columns.addendum = addendum;
	return columns;
}

/** The county fields of a row: ICE's value after fixes, its FIPS code and the notes about it. */
function readCounty(
	raw: string,
	state: { code: string; fips: string },
	agency: string,
): { county: string | null; countyFips: string | null; notes: string[] } {
	const notes: string[] = [];
	if (raw === '' || noCounty.has(raw.toUpperCase())) {
		notes.push(
			raw === '' ? 'no county in the source' : `no county in the source (cell shows "${raw}")`,
		);
		return { county: null, countyFips: null, notes };
	}
	let county = raw;
	const correction = countyCorrections.find((c) => c.state === state.code && c.from === raw);
	if (correction) {
		county = correction.to;
		notes.push(`county is "${raw}" in the source; corrected to "${county}" (${correction.why})`);
	}
	const flag = countyFlags.find((f) => f.state === state.code && f.agency === agency);
	if (flag) notes.push(flag.note);
	const match = findCounty(state.fips, county);
	if (!match && !flag) notes.push(`"${county}" matches no county of this state in the Census list`);
	return { county, countyFips: match?.fips ?? null, notes };
}

/** Reads one of ICE's sheets into rows; throws a SheetError on anything it cannot read. */
export async function readList(file: string, kind: 'participating'): Promise<IceAgreement[]>;
export async function readList(file: string, kind: 'pending'): Promise<IcePending[]>;
export async function readList(
	file: string,
	kind: ListKind,
): Promise<IceAgreement[] | IcePending[]> {
	editionFromFileName(file, kind);
	const sheet = await readWorksheet(file);
	const columns = findColumns(
		file,
		sheet,
		kind === 'participating' ? participatingColumns : commonColumns,
		kind,
	) as Record<string, number> & { addendum?: number };
	const states = loadStates();
	const rows: (IceAgreement | IcePending)[] = [];
	for (let number = 2; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		const text = (column: number | undefined) =>
			column === undefined ? '' : clean(cellText(row.getCell(column).value));
		const values = Object.values(columns).map((c) => text(c));
		if (values.every((v) => v === '')) continue;
		const fail = (problem: string): never => {
			throw new SheetError(file, `row ${number}: ${problem}`);
		};
		const stateName = text(columns['state']);
		const state =
			states.get(stateName.toUpperCase()) ?? fail(`"${stateName}" is not a state name.`);
		const agency = text(columns['agency']) || fail('the agency name is empty.');
		const agencyType = text(columns['agencyType']);
		if (!['County', 'Municipality', 'State Agency'].includes(agencyType))
			fail(`the TYPE "${agencyType}" is not County, Municipality or State Agency.`);
		const modelName = text(columns['model']);
		const model =
			modelCodes[modelName.toUpperCase()] ??
			fail(`the SUPPORT TYPE "${modelName}" is not a 287(g) model.`);
		const { county, countyFips, notes } = readCounty(text(columns['county']), state, agency);
		const base = {
			state: state.code,
			agency,
			agencyType: agencyType as IcePending['agencyType'],
			county,
			countyFips,
			model,
			notes,
			sourceRow: number,
		};
		if (kind === 'pending') {
			rows.push(base);
			continue;
		}
		let signed: string;
		try {
			const read = readSignedDate(row.getCell(columns['signed']!).value);
			signed = read.date;
			if (read.note) notes.push(read.note);
		} catch (error) {
			return fail(`${(error as Error).message}.`);
		}
		const link = (column: number | undefined, what: string): string | null => {
			if (column === undefined) return null;
			const target = cellHyperlink(row.getCell(column));
			if (!target) return null;
			try {
				const cleaned = cleanIceLink(target);
				if (cleaned.note) notes.push(`${what} ${cleaned.note}`);
				return cleaned.url;
			} catch (error) {
				return fail(`${what}: ${(error as Error).message}.`);
			}
		};
		const moaUrl = link(columns['moa'], 'MOA');
		const addendumUrl = link(columns.addendum, 'addendum');
		const { notes: _notes, sourceRow: _row, ...fields } = base;
		rows.push({ ...fields, signed, moaUrl, addendumUrl, notes, sourceRow: number });
	}
	if (rows.length === 0)
		throw new SheetError(file, 'the sheet has a header row but no rows of agencies under it.');
	return rows as IceAgreement[] | IcePending[];
}

/** Reads both sheets into one checked edition; throws (SheetError) before anything is written. */
export async function importLists(
	participatingFile: string,
	pendingFile: string,
): Promise<IceList> {
	const { asOf, edition } = editionFromFileName(participatingFile, 'participating');
	const pendingAsOf = editionFromFileName(pendingFile, 'pending').asOf;
	const list: IceList = {
		asOf,
		edition,
		participatingFile: basename(participatingFile),
		pendingFile: basename(pendingFile),
		pendingAsOf,
		agreements: await readList(participatingFile, 'participating'),
		pending: await readList(pendingFile, 'pending'),
	};
	const checked = iceListSchema.safeParse(list);
	if (!checked.success)
		throw new SheetError(
			participatingFile,
			`the imported data fails its schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
		);
	return checked.data;
}

/** The file name of an edition: `2025-07-18-pm.json`. */
export const editionFileName = (list: IceList) => `${list.asOf}-${list.edition}.json`;

/** The edition as JSON with one row per line, so a refresh diffs row by row. */
export function serializeList(list: IceList): string {
	const rows = (items: object[]) => items.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n');
	const { agreements, pending, ...head } = list;
	const headLines = Object.entries(head).map(
		([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)},`,
	);
	return `{\n${headLines.join('\n')}\n\t"agreements": [\n${rows(agreements)}\n\t],\n\t"pending": [\n${rows(pending)}${pending.length ? '\n' : ''}\t]\n}\n`;
}

/** Writes the edition into `dir` (all at once, through a temporary file) and returns its path. */
export function writeList(list: IceList, dir = 'content/ice-lists'): string {
	const path = join(dir, editionFileName(list));
	writeFileSync(`${path}.tmp`, serializeList(list));
	renameSync(`${path}.tmp`, path);
	return path;
}

/** Imports both sheets and writes the edition into `dir`; on any problem throws and writes nothing. */
export async function importToFolder(
	participatingFile: string,
	pendingFile: string,
	dir = 'content/ice-lists',
): Promise<{ path: string; list: IceList }> {
	const list = await importLists(participatingFile, pendingFile);
	return { path: writeList(list, dir), list };
}

async function main(args: string[]) {
	const [participating, pending, ...rest] = args.filter((a) => a !== '--');
	if (!participating || !pending || rest.length > 0) {
		console.error(
			'Usage: npm run data:287g -- <participatingAgenciesMMDDYYYYam.xlsx> <pendingAgenciesMMDDYYYYam.xlsx>',
		);
		process.exit(1);
	}
	try {
		const { path, list } = await importToFolder(participating, pending);
		console.log(
			`Wrote ${path}: ${list.agreements.length} agreements, ${list.pending.length} pending requests, as of ${list.asOf}. Review it with git diff, then commit.`,
		);
	} catch (error) {
		if (!(error instanceof SheetError)) throw error;
		console.error(`${error.message}\nNothing was written.`);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));

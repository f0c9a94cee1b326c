/**
 * Imports ICE's two 287(g) spreadsheets (participating agencies and, optionally, pending agencies)
 * into `content/ice-lists/<YYYY-MM-DD>[-am|-pm].json`, which the site reads at build time, and
 * records the participating list in `content/ice-history/history.json` (first seen, last seen).
 *
 *   npm run data:287g -- participatingAgencies05182026am.xlsx pendingAgencies02272026am.xlsx
 *   npm run data:287g -- participatingAgencies05182026am.xlsx            (keeps the last pending list)
 *   npm run data:287g -- ParticipatingAgency091826am.xlsx --date 2026-09-18
 *   npm run data:287g -- --history participatingAgencies07182025pm.xlsx ...   (history only)
 *
 * Download the sheets from https://www.ice.gov/identify-and-arrest/287g and keep ICE's file names:
 * the list dates come from them (every variant ICE has used is read; `--date` and `--pending-date`
 * override). ICE's lists have odd cells; a bad cell never drops the list. Each row is kept as
 * published, repaired with a note (broken links, misspelled fixed values and counties from
 * `import-287g-corrections.ts`), or set aside with the reason (no state, no model, an impossible or
 * future signed date, a duplicate row). The summary printed at the end counts them.
 *
 * It refuses a file only when it cannot be ICE's list at all (not an .xlsx, a missing column, a
 * date it cannot trust): the message names the file, the row and column, and what was expected,
 * and nothing is written. When the files are swapped (ICE served them so on 2025-09-22 pm) it reads
 * each as what it is and says so. Running it twice on the same files writes the same bytes.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { findCounty } from '../src/lib/counties.ts';
import {
	iceListSchema,
	type IceAgreement,
	type IceHistory,
	type IceList,
	type IceModel,
	type IcePending,
	type IceSetAside,
} from '../src/schemas/ice-lists.ts';
import {
	agencyTypeAliases,
	countyCorrections,
	countyFlags,
	modelAliases,
	stateAliases,
	territories,
} from './import-287g-corrections.ts';
import { readHistory, recordList, serializeHistory } from './import-287g-history.ts';
import { agencySlugsAfter } from './import-287g-agency-slugs.ts';

/** A problem that stops the import: the message names the file and, when it can, row and column. */
export class SheetError extends Error {
	constructor(file: string, problem: string) {
		super(`${basename(file)}: ${problem}`);
		this.name = 'SheetError';
	}
}

/** Which of ICE's two lists a sheet is. */
export type ListKind = 'participating' | 'pending';

/** Where the importer reads and writes; tests point these at temporary folders. */
export interface ImportPlaces {
	/** Folder of edition files. */
	listsDir: string;
	/** The history file. */
	historyFile: string;
	/**
	 * The address of every agency page (`src/lib/agencies.ts`), kept in step with the history;
	 * default: `agency-slugs.json` beside the history file.
	 */
	slugsFile?: string;
	/** Folder of state files (names, codes, FIPS). */
	statesDir: string;
}

export const defaultPlaces: ImportPlaces = {
	listsDir: 'content/ice-lists',
	historyFile: 'content/ice-history/history.json',
	statesDir: 'content/states',
};

/** "YYYY-MM-DD" for a real calendar day between 2000 and `latest`, else a reason it is not. */
export function checkDay(iso: string, latest: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return `"${iso}" is not written YYYY-MM-DD`;
	const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
	const day = new Date(Date.UTC(y, m - 1, d));
	if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
		return `${iso} is not a real day`;
	if (y < 2000) return `${iso} is before 2000`;
	if (iso > latest) return `${iso} is after ${latest}`;
	return undefined;
}

/** Today in UTC, YYYY-MM-DD. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The list and date a file name gives. ICE has used `participatingAgencies07182025pm.xlsx`,
 * `participatingAgencies04232026.xlsx` (no am/pm), `287gParticipatingAgencies091526pm.xlsx` and
 * `ParticipatingAgency091826am.xlsx` (two-digit year); a browser may add " (1)". Returns
 * undefined when the name is none of these.
 */
export function parseFileName(
	file: string,
): { kind: ListKind; date: string; edition: 'am' | 'pm' | null } | undefined {
	const match =
		/^(?:287g)?(participating|pending)agenc(?:y|ies)[ _-]?(\d{2})(\d{2})(\d{4}|\d{2})[ _-]?(am|pm)?(?: ?\(\d+\))?\.xlsx$/i.exec(
			basename(file),
		);
	if (!match) return undefined;
	const [, list, month, day, year, half] = match;
	const fullYear = year!.length === 2 ? `20${year}` : year!;
	return {
		kind: list!.toLowerCase() as ListKind,
		date: `${fullYear}-${month}-${day}`,
		edition: (half?.toLowerCase() as 'am' | 'pm' | undefined) ?? null,
	};
}

/** The date and edition of a list: `--date` when given, else the file name; refuses what it cannot trust. */
export function listDate(
	file: string,
	override: string | undefined,
	today: string,
): { date: string; edition: 'am' | 'pm' | null } {
	const parsed = parseFileName(file);
	const date = override ?? parsed?.date;
	if (!date)
		throw new SheetError(
			file,
			"the file name has no list date. Keep ICE's file name (like participatingAgencies05182026am.xlsx, MMDDYYYY then am or pm) or give the date: --date YYYY-MM-DD.",
		);
	const problem = checkDay(date, today);
	if (problem)
		throw new SheetError(
			file,
			`the list date ${override ? 'given with --date' : 'in the file name'} cannot be right: ${problem} (today is ${today}). Expected a real day no later than today, MMDDYYYY in the name or --date YYYY-MM-DD.`,
		);
	return { date, edition: parsed?.edition ?? null };
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

/** Values ICE puts in a cell when its lookup found nothing. */
const noValue = new Set(['#N/A', '#NA', 'N/A', 'NA', '#REF!', '#VALUE!']);

const normalizeHeader = (text: string) => text.replace(/\s+/g, ' ').trim().toUpperCase();
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a cell, whatever ExcelJS made of it (rich text, hyperlink, formula, error, date). */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an unreadable date' : isoOfDate(value);
	if (typeof value !== 'object') return String(value);
	if ('error' in value) return String(value.error);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
	if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
	return '';
}

/** A Date as YYYY-MM-DD, or its year as text when it is past 9999 (toISOString would throw). */
function isoOfDate(date: Date): string {
	const y = date.getUTCFullYear();
	if (y > 9999 || y < 0) return `year ${y}`;
	return date.toISOString().slice(0, 10);
}

/** A cell's link target, if it has one. */
function cellHyperlink(cell: ExcelJS.Cell): string | undefined {
	const value = cell.value;
	if (value && typeof value === 'object' && 'hyperlink' in value) return value.hyperlink;
	return cell.hyperlink || undefined;
}

/**
 * An ice.gov address from an MOA cell's link, repaired: unwraps Outlook safelinks and a PDF viewer's
 * `chrome-extension://<id>/` prefix, restores the second slash of `https:/www.ice.gov`, upgrades
 * http to https. Returns the address and a note when it changed anything, or throws when the result
 * is not on ice.gov.
 */
export function cleanIceLink(link: string): { url: string; note?: string } {
	let url = link.trim();
	const changes: string[] = [];
	const extension = /^chrome-extension:\/\/[a-z0-9]+\/(.+)$/i.exec(url);
	if (extension) {
		url = extension[1]!;
		changes.push("unwrapped from a PDF viewer's chrome-extension address");
	}
	const parsed = URL.canParse(url) ? new URL(url) : undefined;
	if (parsed?.hostname.endsWith('.safelinks.protection.outlook.com')) {
		const inner = parsed.searchParams.get('url');
		if (!inner) throw new Error(`a safelinks address has no url= part: ${link}`);
		url = inner;
		changes.push('unwrapped from an Outlook safelinks address');
	}
	const slash = /^(https?):\/(?!\/)/i.exec(url);
	if (slash) {
		url = url.replace(/^(https?):\//i, '$1://');
		changes.push('missing slash restored');
	}
	if (/^http:\/\/www\.ice\.gov\//i.test(url)) {
		url = url.replace(/^http:/i, 'https:');
		changes.push('http changed to https');
	}
	if (!/^https:\/\/www\.ice\.gov\/[^\s"<>]*$/.test(url))
		throw new Error(`the link is not an https://www.ice.gov/ address: ${link}`);
	return changes.length ? { url, note: `link ${changes.join(', ')}` } : { url };
}

/** Converts an Excel serial day number (1900 date system) to a Date. */
const excelSerialToDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

/** Converts an Excel serial day number (1900 date system) to YYYY-MM-DD. */
export function excelSerialToIso(serial: number): string {
	return isoOfDate(excelSerialToDate(serial));
}

/**
 * The signed date from a SIGNED cell: a real Excel date, a serial number or typed text such as
 * `7/7/2025`, `7/72025` or `05/082025` (a slash left out); a year like 5025 (one wrong digit) is
 * read as 2025. `latest` is the list's own date: an agreement cannot be signed after it. Returns the
 * date (null for an empty cell) and a note when it had to guess; throws with the reason when the
 * date is impossible, in the future, or not a date.
 */
export function readSignedDate(
	value: ExcelJS.CellValue,
	latest = '9999-12-31',
): { date: string | null; note?: string } {
	let iso: string;
	let note: string | undefined;
	if (value === null || value === undefined || cellText(value).trim() === '')
		return { date: null, note: 'no signed date in the source' };
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new Error('the signed date is not a readable date');
		iso = isoOfDate(value);
	} else if (typeof value === 'number') {
		iso = excelSerialToIso(value);
	} else {
		const text = cellText(value).trim();
		const typed = /^(\d{1,2})\/(\d{1,2})\/?(\d{4})$/.exec(text);
		if (!typed) throw new Error(`the signed date "${text}" is not a date (expected M/D/YYYY)`);
		const [, month, day, year] = typed;
		iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
		note = `signed date typed as text "${text}" in the source; read as ${iso}`;
	}
	if (!/^\d{4}-/.test(iso)) throw new Error(`the signed date has the ${iso}, past 9999`);
	const year = Number(iso.slice(0, 4));
	// One wrong leading digit (5025 for 2025): read as 20xx only when that day is not in the future.
	if (year >= 3000 && year % 1000 < 100) {
		const fixed = `20${String(year % 1000).padStart(2, '0')}${iso.slice(4)}`;
		if (fixed <= latest) {
			note = `signed date has the year ${year} in the source (a typo); read as ${fixed}`;
			iso = fixed;
		}
	}
	const problem = checkDay(iso, latest);
	if (problem)
		throw new Error(
			iso > latest
				? `the signed date ${iso} is after the list's own date ${latest}`
				: `the signed date${typeof value === 'string' ? ` "${value.trim()}"` : ''} cannot be right: ${problem}`,
		);
	return note ? { date: iso, note } : { date: iso };
}

/** A state (or DC) or territory: postal code, FIPS, and whether it is a territory. */
export interface Place {
	code: string;
	fips: string;
	territory: boolean;
}

/** State names (upper case) → postal codes and FIPS, from `content/states/`, plus territories. */
export function loadPlaces(dir = defaultPlaces.statesDir): Map<string, Place> {
	const places = new Map<string, Place>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
		const data = yaml.load(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
		places.set(data['name']!.toUpperCase(), {
			code: data['code']!,
			fips: data['fips']!,
			territory: false,
		});
	}
	for (const [name, t] of Object.entries(territories))
		places.set(name, { code: t.code, fips: t.fips, territory: true });
	return places;
}

/** The 50 states and DC (no territories), for scripts that spread rows over states. */
export const loadStates = (dir = defaultPlaces.statesDir) =>
	new Map([...loadPlaces(dir)].filter(([, place]) => !place.territory));

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
	// ICE's list is the first worksheet; a later edition might put a note or a lookup table first.
	const sheet =
		workbook.worksheets.find((ws) => readHeaders(ws).headers.has('LAW ENFORCEMENT AGENCY')) ??
		workbook.worksheets[0];
	if (!sheet) throw new SheetError(file, 'the workbook has no worksheet.');
	return sheet;
}

/**
 * Other names ICE, or a spreadsheet program, may give a column: the name we read it as. ICE's own
 * names (STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY, SUPPORT TYPE, SIGNED, MOA, ADDENDUM) need none.
 */
const headerAliases: Record<string, string> = {
	'STATE/TERRITORY': 'STATE',
	AGENCY: 'LAW ENFORCEMENT AGENCY',
	'AGENCY NAME': 'LAW ENFORCEMENT AGENCY',
	'AGENCY TYPE': 'TYPE',
	MODEL: 'SUPPORT TYPE',
	'287(G) MODEL': 'SUPPORT TYPE',
	'DATE SIGNED': 'SIGNED',
	'SIGNED DATE': 'SIGNED',
	'MOA LINK': 'MOA',
};

/**
 * The header row (the first of the first ten rows with a STATE column; ICE's is row 1) and its
 * columns: name → column number.
 */
function readHeaders(sheet: ExcelJS.Worksheet): { row: number; headers: Map<string, number> } {
	let first: Map<string, number> | undefined;
	for (let row = 1; row <= Math.min(10, Math.max(sheet.rowCount, 1)); row++) {
		const headers = new Map<string, number>();
		sheet.getRow(row).eachCell((cell, column) => {
			const text = normalizeHeader(cellText(cell.value));
			const name = headerAliases[text] ?? text;
			if (name && !headers.has(name)) headers.set(name, column);
		});
		first ??= headers;
		if (headers.has('STATE')) return { row, headers };
	}
	return { row: 1, headers: first ?? new Map() };
}

/** Which list a sheet's header says it is: the participating list has a SIGNED column. */
const kindOfHeaders = (headers: Map<string, number>): ListKind =>
	headers.has('SIGNED') ? 'participating' : 'pending';

/** One sheet, opened, with its header read. */
interface OpenSheet {
	file: string;
	sheet: ExcelJS.Worksheet;
	/** The header row's number (1 in ICE's sheets). */
	headerRow: number;
	headers: Map<string, number>;
	kind: ListKind;
}

async function openSheet(file: string): Promise<OpenSheet> {
	if (!existsSync(file))
		throw new SheetError(file, 'no such file. Check the path (download the sheet from ICE first).');
	const sheet = await readWorksheet(file);
	const { row, headers } = readHeaders(sheet);
	return { file, sheet, headerRow: row, headers, kind: kindOfHeaders(headers) };
}

/** Maps each wanted column to its number; throws naming any missing column. */
function findColumns(open: OpenSheet, kind: ListKind): Record<string, number> {
	const wanted: Record<string, string> =
		kind === 'participating' ? participatingColumns : commonColumns;
	const missing = Object.values(wanted).filter((name) => !open.headers.has(name));
	if (missing.length > 0)
		throw new SheetError(
			open.file,
			`row ${open.headerRow} (the header row) has no ${missing.map((m) => `"${m}"`).join(', ')} column; ICE's ${kind} list has ${Object.values(wanted).join(', ')}. ICE may have renamed a column: update the header names in scripts/import-287g.ts. Found: ${[...open.headers.keys()].join(', ') || 'nothing'}.`,
		);
	const columns = Object.fromEntries(
		Object.entries(wanted).map(([key, name]) => [key, open.headers.get(name)!]),
	);
	const addendum = open.headers.get('ADDENDUM');
	if (addendum !== undefined && kind === 'participating') columns['addendum'] = addendum;
	return columns;
}

/**
 * An agency name compared the way ICE varies it (letter case, apostrophes, spaces, punctuation):
 * the rule the agency pages' addresses use too, kept in one place (src/lib/agencies.ts).
 */
export { agencyNameKey as agencyKey } from '../src/lib/agencies.ts';

/** The agency type from its name, when ICE's TYPE cell is empty or #NA. */
function inferAgencyType(agency: string): IcePending['agencyType'] | undefined {
	const name = agency.toLowerCase();
	if (/sheriff|county|parish|borough|jail|detention|corrections/.test(name)) return 'County';
	if (/police|city of|town of|village of|marshal/.test(name)) return 'Municipality';
	if (/state|highway patrol|department of|attorney general|national guard/.test(name))
		return 'State Agency';
	return undefined;
}

/** Census lookups already made (state FIPS|county name → county FIPS): rows repeat counties. */
const countyCache = new Map<string, string | null>();

/** The county fields of a row: ICE's value after fixes, its FIPS code and the notes about it. */
function readCounty(
	raw: string,
	place: Place,
	agency: string,
): { county: string | null; countyFips: string | null; notes: string[] } {
	const notes: string[] = [];
	if (raw === '' || noValue.has(raw.toUpperCase())) {
		notes.push(
			raw === '' ? 'no county in the source' : `no county in the source (cell shows "${raw}")`,
		);
		return { county: null, countyFips: null, notes };
	}
	let county = raw;
	const correction = countyCorrections.find((c) => c.state === place.code && c.from === raw);
	if (correction) {
		county = correction.to;
		notes.push(`county is "${raw}" in the source; corrected to "${county}" (${correction.why})`);
	}
	const flag = countyFlags.find((f) => f.state === place.code && f.agency === agency);
	if (flag) notes.push(flag.note);
	if (place.territory) return { county, countyFips: null, notes };
	const key = `${place.fips}|${county}`;
	if (!countyCache.has(key)) countyCache.set(key, findCounty(place.fips, county)?.fips ?? null);
	const match = countyCache.get(key) ? { fips: countyCache.get(key)! } : undefined;
	if (!match && !flag) notes.push(`"${county}" matches no county of this state in the Census list`);
	return { county, countyFips: match?.fips ?? null, notes };
}

/** What reading one sheet gave: rows kept, rows set aside, and counts for the summary. */
export interface SheetResult<Row> {
	rows: Row[];
	setAside: IceSetAside[];
	/** Rows with any text (blank rows are not counted). */
	read: number;
	/** Kept rows with at least one repair note. */
	repaired: number;
}

/** A row that cannot be kept: the reason names the column and the value. */
class SetAside extends Error {}

/** Reads one of ICE's sheets into rows kept and rows set aside. Refuses only a sheet it cannot read. */
async function readSheet(
	open: OpenSheet,
	kind: ListKind,
	listDay: string,
	places: Map<string, Place>,
): Promise<SheetResult<IceAgreement | IcePending>> {
	const columns = findColumns(open, kind);
	const { sheet } = open;
	const names = [...open.headers.entries()];
	const result: SheetResult<IceAgreement | IcePending> = {
		rows: [],
		setAside: [],
		read: 0,
		repaired: 0,
	};
	const seen = new Map<string, number>();
	for (let number = open.headerRow + 1; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		const text = (column: number | undefined) =>
			column === undefined ? '' : clean(cellText(row.getCell(column).value));
		const cells = Object.fromEntries(
			names.map(([name, column]) => [name, text(column)] as const).filter(([, v]) => v !== ''),
		);
		if (Object.keys(cells).length === 0) continue;
		result.read++;
		try {
			const kept = readRow(row, number, columns, kind, listDay, places, text);
			const duplicateKey = JSON.stringify({ ...kept, notes: [], sourceRow: 0 });
			const first = seen.get(duplicateKey);
			if (first !== undefined)
				throw new SetAside(`a duplicate of row ${first}: every column is the same`);
			seen.set(duplicateKey, number);
			result.rows.push(kept);
			if (kept.notes.some((n) => !n.startsWith('no county in the source'))) result.repaired++;
		} catch (error) {
			if (!(error instanceof SetAside)) throw error;
			result.setAside.push({ list: kind, sourceRow: number, reason: error.message, cells });
		}
	}
	return result;
}

/** One row, kept with notes, or a SetAside saying why not. */
function readRow(
	row: ExcelJS.Row,
	number: number,
	columns: Record<string, number>,
	kind: ListKind,
	listDay: string,
	places: Map<string, Place>,
	text: (column: number | undefined) => string,
): IceAgreement | IcePending {
	const notes: string[] = [];
	const stateCell = text(columns['state']);
	const stateName = stateCell.toUpperCase();
	const alias = stateAliases[stateName];
	const place = places.get(alias ?? stateName);
	if (!place)
		throw new SetAside(
			stateCell
				? `STATE "${stateCell}" is not a state, DC or a territory; add it to stateAliases in scripts/import-287g-corrections.ts if it is a misspelling`
				: 'STATE is empty',
		);
	if (alias) notes.push(`state is "${stateCell}" in the source; read as ${place.code}`);
	const agency = text(columns['agency']);
	if (agency.length < 2) throw new SetAside('LAW ENFORCEMENT AGENCY is empty');
	const typeCell = text(columns['agencyType']);
	let agencyType = agencyTypeAliases[typeCell.toUpperCase()];
	if (agencyType && agencyType.toUpperCase() !== typeCell.toUpperCase())
		notes.push(`type is "${typeCell}" in the source; read as ${agencyType}`);
	if (!agencyType) {
		agencyType = inferAgencyType(agency);
		if (!agencyType)
			throw new SetAside(
				`TYPE "${typeCell}" is not County, Municipality or State Agency, and the agency name does not say which`,
			);
		notes.push(
			`type is ${typeCell ? `"${typeCell}"` : 'empty'} in the source; ${agencyType} from the agency name`,
		);
	}
	const modelCell = text(columns['model']);
	const model: IceModel | undefined = modelAliases[modelCell.toUpperCase()];
	if (!model)
		throw new SetAside(
			modelCell
				? `SUPPORT TYPE "${modelCell}" is not a 287(g) model (Task Force Model, Warrant Service Officer, Jail Enforcement Model)`
				: 'SUPPORT TYPE is empty, so the 287(g) model is unknown',
		);
	const modelName = {
		TFM: 'TASK FORCE MODEL',
		WSO: 'WARRANT SERVICE OFFICER',
		JEM: 'JAIL ENFORCEMENT MODEL',
	}[model];
	if (modelCell.toUpperCase() !== modelName)
		notes.push(`support type is "${modelCell}" in the source; read as ${model}`);
	const countyFields = readCounty(text(columns['county']), place, agency);
	notes.push(...countyFields.notes);
	const base = {
		state: place.code,
		agency,
		agencyType,
		county: countyFields.county,
		countyFips: countyFields.countyFips,
		model,
		notes,
		sourceRow: number,
	};
	if (kind === 'pending') return base;
	let signed: string | null;
	try {
		const read = readSignedDate(row.getCell(columns['signed']!).value, listDay);
		signed = read.date;
		if (read.note) notes.push(read.note);
	} catch (error) {
		throw new SetAside(`SIGNED: ${(error as Error).message}`);
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
			notes.push(`${what} link left out: ${(error as Error).message}`);
			return null;
		}
	};
	const moaUrl = link(columns['moa'], 'MOA');
	const addendumUrl = link(columns['addendum'], 'addendum');
	const { notes: _notes, sourceRow: _row, ...fields } = base;
	return { ...fields, signed, moaUrl, addendumUrl, notes, sourceRow: number };
}

/** Options for one import. */
export interface ImportOptions {
	/** The participating list's date, overriding its file name. */
	date?: string;
	/** The pending list's date, overriding its file name. */
	pendingDate?: string;
	/** Today, YYYY-MM-DD: no list date may be later. */
	today?: string;
	/** Folder of state files. */
	statesDir?: string;
}

/** What an import gives: the edition, and a summary of each sheet for the person running it. */
export interface ImportResult {
	list: IceList;
	summary: string[];
}

/** Says what was done with one sheet: rows read, kept, repaired, set aside and why. */
function summarizeSheet(file: string, kind: ListKind, date: string, r: SheetResult<unknown>) {
	const lines = [
		`${basename(file)} (${kind} list of ${date}): ${r.read} rows read, ${r.rows.length} kept (${r.repaired} repaired, with a note in the row), ${r.setAside.length} set aside.`,
	];
	for (const s of r.setAside) lines.push(`  set aside: row ${s.sourceRow}: ${s.reason}.`);
	return lines;
}

/**
 * Reads the participating sheet and, when given, the pending sheet into one checked edition; throws
 * a SheetError (nothing written) when a file cannot be ICE's list. Swapped files are read as what
 * they are. Without a pending sheet, `pendingFallback` (the last imported pending list) is kept.
 */
export async function importLists(
	participatingFile: string,
	pendingFile?: string,
	options: ImportOptions = {},
	pendingFallback?: Pick<IceList, 'pending' | 'pendingFile' | 'pendingAsOf' | 'setAside'>,
): Promise<ImportResult> {
	const today = options.today ?? todayUtc();
	const places = loadPlaces(options.statesDir);
	let first = await openSheet(participatingFile);
	let second = pendingFile ? await openSheet(pendingFile) : undefined;
	const summary: string[] = [];
	if (first.kind === 'pending' && second?.kind === 'participating') {
		summary.push(
			`${basename(first.file)} holds ICE's pending list and ${basename(second.file)} the participating list (the files are swapped, as ICE once served them): each is read as what it holds.`,
		);
		[first, second] = [second, first];
	}
	if (first.kind !== 'participating')
		throw new SheetError(
			first.file,
			`row ${first.headerRow} (the header row) has no "SIGNED" column, so this is ICE's pending list, but the participating list was expected. ${parseFileName(first.file)?.kind === 'participating' ? 'ICE has served the two files swapped (2025-09-22 pm): pass both, and each is read as what it holds. ' : ''}Pass the participating sheet first${second ? ', then the pending sheet' : ''}.`,
		);
	if (second && second.kind !== 'pending')
		throw new SheetError(
			second.file,
			`row ${second.headerRow} (the header row) has a "SIGNED" column, so this is ICE's participating list, but the pending list was expected second. Pass one participating sheet, then one pending sheet.`,
		);
	const swapped = summary.length > 0;
	const { date: asOf, edition } = listDate(
		first.file,
		options.date ?? (swapped ? options.pendingDate : undefined),
		today,
	);
	const participating = await readSheet(first, 'participating', asOf, places);
	if (participating.rows.length === 0)
		throw new SheetError(
			first.file,
			`no row under the header could be kept (${participating.read} read, ${participating.setAside.length} set aside). ICE's participating list has never been empty: download it again.`,
		);
	summary.push(...summarizeSheet(first.file, 'participating', asOf, participating));
	let pendingPart: Pick<IceList, 'pending' | 'pendingFile' | 'pendingAsOf'> = {
		pending: pendingFallback?.pending ?? [],
		pendingFile: pendingFallback?.pendingFile ?? null,
		pendingAsOf: pendingFallback?.pendingAsOf ?? null,
	};
	let pendingSetAside: IceSetAside[] = [];
	if (second) {
		const pendingAsOf = listDate(
			second.file,
			swapped ? options.date : options.pendingDate,
			today,
		).date;
		const pending = await readSheet(second, 'pending', pendingAsOf, places);
		summary.push(...summarizeSheet(second.file, 'pending', pendingAsOf, pending));
		pendingPart = {
			pending: pending.rows as IcePending[],
			pendingFile: basename(second.file),
			pendingAsOf,
		};
		pendingSetAside = pending.setAside;
	} else if (pendingFallback?.pendingFile)
		summary.push(
			`No pending sheet given: kept the pending list of ${pendingFallback.pendingAsOf} (${pendingFallback.pendingFile}, ${pendingFallback.pending.length} rows), with its own date.`,
		);
	else summary.push('No pending sheet given and none imported before: no pending requests.');
	const list: IceList = {
		asOf,
		edition,
		participatingFile: basename(first.file),
		...pendingPart,
		agreements: participating.rows as IceAgreement[],
		setAside: [
			...participating.setAside,
			...(second
				? pendingSetAside
				: (pendingFallback?.setAside ?? []).filter((s) => s.list === 'pending')),
		],
	} as IceList;
	const checked = iceListSchema.safeParse(list);
	if (!checked.success)
		throw new SheetError(
			first.file,
			`the imported data fails its schema (a bug in the importer, not in ICE's file): ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
		);
	return { list: checked.data, summary };
}

/** The file name of an edition: `2025-07-18-pm.json`, or `2026-04-23.json` with no am/pm. */
export const editionFileName = (list: Pick<IceList, 'asOf' | 'edition'>) =>
	`${list.asOf}${list.edition ? `-${list.edition}` : ''}.json`;

/** The edition as JSON with one row per line, so a refresh diffs row by row. */
export function serializeList(list: IceList): string {
	const rows = (items: object[]) =>
		items.length ? `\n${items.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n')}\n\t` : '';
	const { agreements, pending, setAside, ...head } = list;
	const headLines = Object.entries(head).map(
		([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)},`,
	);
	return `{\n${headLines.join('\n')}\n\t"agreements": [${rows(agreements)}],\n\t"pending": [${rows(pending)}],\n\t"setAside": [${rows(setAside)}]\n}\n`;
}

/** The newest edition already in `dir`, if any (for its pending list). */
export function newestEdition(dir: string): IceList | undefined {
	if (!existsSync(dir)) return undefined;
	const newest = readdirSync(dir)
		.filter((f) => /^\d{4}-\d{2}-\d{2}(-am|-pm)?\.json$/.test(f))
		.sort()
		.at(-1);
	if (!newest) return undefined;
	const parsed = iceListSchema.safeParse(JSON.parse(readFileSync(join(dir, newest), 'utf8')));
	return parsed.success ? parsed.data : undefined;
}

/** Writes every file through a temporary file, after all of them are ready. */
function writeAll(files: [path: string, text: string][]) {
	for (const [path, text] of files) writeFileSync(`${path}.tmp`, text);
	for (const [path] of files) renameSync(`${path}.tmp`, path);
}

/** The agency slug file of an import: the one given, else the one beside the history file. */
const slugsFileOf = (where: ImportPlaces) =>
	where.slugsFile ?? join(dirname(where.historyFile), 'agency-slugs.json');

/**
 * Imports the sheets, writes the edition and records it in the history; on any problem throws
 * and writes nothing.
 */
export async function importToFolder(
	participatingFile: string,
	pendingFile?: string,
	options: ImportOptions = {},
	places: Partial<ImportPlaces> = {},
): Promise<{ path: string; list: IceList; summary: string[] }> {
	const where = { ...defaultPlaces, ...places };
	const newest = newestEdition(where.listsDir);
	const fallback = newest && !pendingFile ? newest : undefined;
	const { list, summary } = await importLists(
		participatingFile,
		pendingFile,
		{ statesDir: where.statesDir, ...options },
		fallback,
	);
	const history = recordList(readHistory(where.historyFile), list);
	const slugs = agencySlugsAfter(history.history, slugsFileOf(where));
	const path = join(where.listsDir, editionFileName(list));
	writeAll([
		[path, serializeList(list)],
		[where.historyFile, serializeHistory(history.history)],
		[slugsFileOf(where), slugs.text],
	]);
	return { path, list, summary: [...summary, ...history.summary, ...slugs.summary] };
}

/** Records participating lists in the history only (no edition written), oldest first. */
export async function importHistory(
	files: string[],
	options: ImportOptions = {},
	places: Partial<ImportPlaces> = {},
): Promise<{ history: IceHistory; summary: string[] }> {
	const where = { ...defaultPlaces, ...places };
	let history = readHistory(where.historyFile);
	const summary: string[] = [];
	const lists: IceList[] = [];
	for (const file of files) {
		const open = await openSheet(file);
		if (open.kind !== 'participating') {
			summary.push(`${basename(file)}: ICE's pending list, not recorded in the history.`);
			continue;
		}
		const result = await importLists(file, undefined, { statesDir: where.statesDir, ...options });
		summary.push(...result.summary.filter((line) => !line.startsWith('No pending sheet')));
		lists.push(result.list);
	}
	for (const list of lists.sort((a, b) => a.asOf.localeCompare(b.asOf))) {
		const recorded = recordList(history, list);
		history = recorded.history;
		summary.push(...recorded.summary);
	}
	const slugs = agencySlugsAfter(history, slugsFileOf(where));
	writeAll([
		[where.historyFile, serializeHistory(history)],
		[slugsFileOf(where), slugs.text],
	]);
	return { history, summary: [...summary, ...slugs.summary] };
}

const usage = `Usage:
  npm run data:287g -- <participating.xlsx> [<pending.xlsx>] [--date YYYY-MM-DD] [--pending-date YYYY-MM-DD]
  npm run data:287g -- --history <participating.xlsx>...
Keep ICE's file names (the list dates come from them) or give the dates.`;

/** Reads the command line; returns undefined (after printing why) when it is wrong. */
export function parseArgs(args: string[]) {
	const files: string[] = [];
	const options: ImportOptions = {};
	let history = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--') continue;
		if (arg === '--history') history = true;
		else if (arg === '--date' || arg === '--pending-date') {
			const value = args[++i];
			if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value))
				return { error: `${arg} needs a date written YYYY-MM-DD.` };
			options[arg === '--date' ? 'date' : 'pendingDate'] = value;
		} else if (arg.startsWith('--')) return { error: `unknown option ${arg}.` };
		else files.push(arg);
	}
	if (files.length === 0) return { error: 'no file given.' };
	if (!history && files.length > 2)
		return {
			error: 'give one participating sheet and at most one pending sheet (or --history with many).',
		};
	return { files, options, history };
}

async function main(args: string[]) {
	const parsed = parseArgs(args);
	if ('error' in parsed) {
		console.error(`${parsed.error}\n${usage}`);
		process.exit(1);
	}
	try {
		if (parsed.history) {
			const { history, summary } = await importHistory(parsed.files, parsed.options);
			console.log(summary.join('\n'));
			console.log(
				`Wrote ${defaultPlaces.historyFile}: ${history.lists.length} lists, ${history.agreements.length} agreements. Review it with git diff, then commit.`,
			);
			return;
		}
		const [participating, pending] = parsed.files as [string, string | undefined];
		const { path, list, summary } = await importToFolder(participating, pending, parsed.options);
		console.log(summary.join('\n'));
		console.log(
			`Wrote ${path}: ${list.agreements.length} agreements as of ${list.asOf}, ${list.pending.length} pending requests as of ${list.pendingAsOf ?? '(none)'}, ${list.setAside.length} rows set aside. Review it with git diff, then commit.`,
		);
	} catch (error) {
		if (!(error instanceof SheetError)) {
			console.error(
				`The import stopped on something it did not expect: ${(error as Error).message}\nNothing was written. Please report this with the file names.`,
			);
			process.exit(2);
		}
		console.error(`${error.message}\nNothing was written.`);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));

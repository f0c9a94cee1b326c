/**
 * What the history of ICE's 287(g) lists says (`content/ice-history/history.json`, written by the
 * importer): for each agreement, the first and last list that showed it and whether it has ended;
 * what changed per state and per county; the rows of the open data files. Pure functions, no Astro
 * imports (the importer uses them too).
 *
 * An agreement counts as ended only when it is missing from two recorded lists in a row: ICE
 * drops rows by mistake and puts them back, so one missing list is "not on the newest list".
 */
import type { IceHistory, IceHistoryAgreement, IceModel } from '../schemas/ice-lists.ts';

/** On the newest list; missing from the newest list only; missing from the last two or more. */
export type AgreementStatus = 'active' | 'missing' | 'ended';

/** One agreement with its dates and status, read from its `seen` string. */
export interface AgreementRecord extends IceHistoryAgreement {
	/** The first recorded list that showed it, YYYY-MM-DD. */
	firstSeen: string;
	/** The last recorded list that showed it, YYYY-MM-DD. */
	lastSeen: string;
	/** Whether it is on the newest list. */
	status: AgreementStatus;
}

/** The records of each history read, so each page's "what changed" does not redo them. */
const recordsOf = new WeakMap<IceHistory, AgreementRecord[]>();

/** Every agreement of the history with first seen, last seen and status (computed once per history). */
export function agreementRecords(history: IceHistory): AgreementRecord[] {
	const known = recordsOf.get(history);
	if (known) return known;
	const records = history.agreements.map((a): AgreementRecord => {
		const first = a.seen.indexOf('1');
		const last = a.seen.lastIndexOf('1');
		const missingSince = a.seen.length - 1 - last;
		return {
			...a,
			firstSeen: history.lists[first]!,
			lastSeen: history.lists[last]!,
			status: missingSince === 0 ? 'active' : missingSince === 1 ? 'missing' : 'ended',
		};
	});
	recordsOf.set(history, records);
	return records;
}

/** A change of model: the agency ended one model and started another. */
export interface ModelChange {
	state: string;
	agency: string;
	county: string | null;
	countyFips: string | null;
	from: IceModel[];
	to: IceModel[];
	/** The first list that showed the new model. */
	since: string;
}

/** What changed over the whole history, for the rows given (one state, one county, or all). */
export interface HistoryChanges {
	/** The first and last recorded lists. */
	from: string;
	to: string;
	/** How many lists were compared. */
	lists: number;
	/** Agreements that appeared after the first recorded list and are still on the newest. */
	added: AgreementRecord[];
	/** Agreements missing from the last two lists or more. */
	ended: AgreementRecord[];
	/** Agencies that ended one model and took another. */
	modelChanged: ModelChange[];
}

const agencyOf = (a: IceHistoryAgreement) => `${a.state}|${a.agency.toLowerCase()}`;

/** Added, ended and model changed over the history, optionally for one state or one county. */
export function historyChanges(
	history: IceHistory,
	where: { state?: string; countyFips?: string } = {},
): HistoryChanges {
	const records = agreementRecords(history).filter(
		(a) =>
			(where.state === undefined || a.state === where.state) &&
			(where.countyFips === undefined || a.countyFips === where.countyFips),
	);
	const firstList = history.lists[0] ?? '';
	const added = records.filter((a) => a.firstSeen > firstList && a.status !== 'ended');
	const ended = records.filter((a) => a.status === 'ended');
	const modelChanged: ModelChange[] = [];
	const changedAgencies = new Set<string>();
	const addedBy = Map.groupBy(added, agencyOf);
	for (const [agency, endedRows] of Map.groupBy(ended, agencyOf)) {
		const started = (addedBy.get(agency) ?? []).filter(
			(a) => !endedRows.some((e) => e.model === a.model) && a.firstSeen > endedRows[0]!.firstSeen,
		);
		if (started.length === 0) continue;
		changedAgencies.add(agency);
		const row = started[0]!;
		modelChanged.push({
			state: row.state,
			agency: row.agency,
			county: row.county,
			countyFips: row.countyFips,
			from: endedRows.map((e) => e.model),
			to: started.map((a) => a.model),
			since: started.map((a) => a.firstSeen).sort()[0]!,
		});
	}
	return {
		from: firstList,
		to: history.lists.at(-1) ?? '',
		lists: history.lists.length,
		added: added.filter((a) => !changedAgencies.has(agencyOf(a))),
		ended: ended.filter((a) => !changedAgencies.has(agencyOf(a))),
		modelChanged,
	};
}

/** The columns of the open data files, in order, with what each holds (documented on /287g/). */
export const openDataColumns = [
	'state',
	'county',
	'county_fips',
	'agency',
	'type',
	'model',
	'signed',
	'first_seen',
	'last_seen',
	'status',
	'moa_link',
] as const;

/** One row of the open data: one agreement. */
export type OpenDataRow = Record<(typeof openDataColumns)[number], string | null>;

/** The open data rows, sorted by state, county, agency and model. */
export function openDataRows(history: IceHistory, state?: string): OpenDataRow[] {
	return agreementRecords(history)
		.filter((a) => state === undefined || a.state === state)
		.map((a) => ({
			state: a.state,
			county: a.county,
			county_fips: a.countyFips,
			agency: a.agency,
			type: a.agencyType,
			model: a.model,
			signed: a.signed,
			first_seen: a.firstSeen,
			last_seen: a.lastSeen,
			status: a.status,
			moa_link: a.moaUrl,
		}))
		.sort(
			(a, b) =>
				a.state!.localeCompare(b.state!) ||
				(a.county ?? '').localeCompare(b.county ?? '') ||
				a.agency!.localeCompare(b.agency!) ||
				a.model!.localeCompare(b.model!),
		);
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ gets a
 * leading apostrophe so a spreadsheet shows it as text rather than running it as a formula.
 */
const csvCell = (value: string | null) => {
	if (value === null) return '';
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The rows as CSV with a header line (RFC 4180, CRLF line ends). */
export function toCsv(rows: OpenDataRow[]): string {
	const lines = [openDataColumns.join(',')];
	for (const row of rows) lines.push(openDataColumns.map((c) => csvCell(row[c])).join(','));
	return `${lines.join('\r\n')}\r\n`;
}

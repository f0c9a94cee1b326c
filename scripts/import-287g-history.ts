/**
 * Records one participating list in the history of ICE's lists (`content/ice-history/history.json`):
 * which agreements were on which list. Used by `import-287g.ts`. Recording a list already there
 * replaces its column, so running the importer again on the same file changes nothing.
 *
 * A row is the same agreement as a history entry (same model, same state) when, in this order:
 * 1. the agency name matches once ICE's variations are evened out (case, apostrophes, "Sheriffs",
 *    "Dept.", punctuation: `agencyKey`), now or under a former name;
 * 2. the MOA link is the same;
 * 3. both are a county's sheriff's office for the same county FIPS code (ICE misspelled the name
 *    in one list: "Pop County Sheriff's Office").
 * So a rename is not an ending. The newest list's name is kept and older ones go in `formerNames`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { agreementRecords } from '../src/lib/ice-history.ts';
import {
	iceHistorySchema,
	type IceAgreement,
	type IceHistory,
	type IceHistoryAgreement,
	type IceList,
} from '../src/schemas/ice-lists.ts';
import { agencyKey } from './import-287g.ts';

/** The history in `file`, or an empty one when there is none yet. */
export function readHistory(file: string): IceHistory {
	if (!existsSync(file)) return { lists: [], files: [], agreements: [] };
	const parsed = iceHistorySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success)
		throw new Error(
			`${file} is not a valid history file (${parsed.error.issues[0]?.message}); restore it with git checkout.`,
		);
	return parsed.data;
}

/** The history as JSON, one agreement per line, so each import diffs line by line. */
export function serializeHistory(history: IceHistory): string {
	const rows = history.agreements.map((a) => `\t\t${JSON.stringify(a)}`).join(',\n');
	return `{\n\t"lists": ${JSON.stringify(history.lists)},\n\t"files": ${JSON.stringify(history.files)},\n\t"agreements": [\n${rows}\n\t]\n}\n`;
}

const isSheriff = (agency: string) => /sheriff/i.test(agency);

/** Adds (or replaces) the list's column in the history and matches its rows to agreements. */
export function recordList(
	before: IceHistory,
	list: IceList,
): { history: IceHistory; summary: string[] } {
	const lists = [...before.lists];
	const files = [...before.files];
	let column = lists.indexOf(list.asOf);
	const replaced = column >= 0;
	let entries: IceHistoryAgreement[] = before.agreements.map((a) => ({
		...a,
		formerNames: [...a.formerNames],
	}));
	if (!replaced) {
		column = lists.filter((d) => d < list.asOf).length;
		lists.splice(column, 0, list.asOf);
		files.splice(column, 0, list.participatingFile);
		entries = entries.map((a) => ({
			...a,
			seen: `${a.seen.slice(0, column)}0${a.seen.slice(column)}`,
		}));
	} else {
		files[column] = list.participatingFile;
		entries = entries.map((a) => ({
			...a,
			seen: `${a.seen.slice(0, column)}0${a.seen.slice(column + 1)}`,
		}));
	}
	const isNewest = column === lists.length - 1;
	const taken = new Set<IceHistoryAgreement>();
	const matchOf = new Map<IceAgreement, IceHistoryAgreement>();
	const free = (row: IceAgreement, test: (e: IceHistoryAgreement) => boolean) =>
		entries.filter(
			(e) => !taken.has(e) && e.state === row.state && e.model === row.model && test(e),
		);
	const pick = (row: IceAgreement, candidates: IceHistoryAgreement[]) => {
		const best =
			candidates.find((e) => e.signed === row.signed) ??
			(candidates.length === 1 ? candidates[0] : undefined);
		if (best) {
			taken.add(best);
			matchOf.set(row, best);
		}
	};
	const passes: ((row: IceAgreement) => IceHistoryAgreement[])[] = [
		(row) =>
			free(row, (e) =>
				[e.agency, ...e.formerNames].some((n) => agencyKey(n) === agencyKey(row.agency)),
			),
		(row) => (row.moaUrl ? free(row, (e) => e.moaUrl === row.moaUrl) : []),
		(row) =>
			row.countyFips && row.agencyType === 'County' && isSheriff(row.agency)
				? free(
						row,
						(e) =>
							e.countyFips === row.countyFips &&
							isSheriff(e.agency) &&
							!list.agreements.some(
								(other) => other !== row && agencyKey(other.agency) === agencyKey(e.agency),
							),
					)
				: [],
	];
	const renamed: string[] = [];
	for (const [pass, candidatesOf] of passes.entries())
		for (const row of list.agreements) {
			if (matchOf.has(row)) continue;
			pick(row, candidatesOf(row));
			const match = matchOf.get(row);
			if (pass > 0 && match && agencyKey(match.agency) !== agencyKey(row.agency))
				renamed.push(`${row.state}: "${match.agency}" → "${row.agency}"`);
		}
	let added = 0;
	for (const row of list.agreements) {
		const fields = {
			state: row.state,
			agency: row.agency,
			agencyType: row.agencyType,
			county: row.county,
			countyFips: row.countyFips,
			model: row.model,
			signed: row.signed,
			moaUrl: row.moaUrl,
		};
		const entry = matchOf.get(row);
		if (!entry) {
			added++;
			entries.push({
				...fields,
				formerNames: [],
				seen: '0'.repeat(column) + '1' + '0'.repeat(lists.length - column - 1),
			});
			continue;
		}
		entry.seen = `${entry.seen.slice(0, column)}1${entry.seen.slice(column + 1)}`;
		const newestColumn = entry.seen.lastIndexOf('1') === column;
		const [older, newer] = newestColumn ? [entry.agency, row.agency] : [row.agency, entry.agency];
		if (older !== newer && !entry.formerNames.includes(older)) entry.formerNames.push(older);
		if (newestColumn) {
			entry.formerNames = entry.formerNames.filter((n) => n !== row.agency).sort();
			Object.assign(entry, fields, { moaUrl: row.moaUrl ?? entry.moaUrl });
		} else entry.formerNames.sort();
	}
	const history: IceHistory = {
		lists,
		files,
		agreements: entries
			.filter((e) => e.seen.includes('1'))
			.sort(
				(a, b) =>
					a.state.localeCompare(b.state) ||
					a.agency.localeCompare(b.agency) ||
					a.model.localeCompare(b.model) ||
					(a.signed ?? '').localeCompare(b.signed ?? '') ||
					a.seen.localeCompare(b.seen),
			),
	};
	const checked = iceHistorySchema.parse(history);
	const records = agreementRecords(checked);
	const summary = [
		`History: ${replaced ? 'recorded again' : 'recorded'} the list of ${list.asOf} (${list.agreements.length} agreements; ${added} not on any earlier recorded list${isNewest ? '' : ', an older list'}).`,
		...renamed.map((r) => `  same agreement under a new name: ${r}`),
		`History: ${lists.length} lists from ${lists[0]} to ${lists.at(-1)}; ${records.filter((r) => r.status === 'active').length} agreements on the newest, ${records.filter((r) => r.status === 'missing').length} missing from it only, ${records.filter((r) => r.status === 'ended').length} ended (missing from the last two lists or more).`,
	];
	return { history: checked, summary };
}

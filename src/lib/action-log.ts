/**
 * "What I did": calls and emails the reader recorded, kept in localStorage on this phone only.
 * Script pages add to it; `/my-actions/` lists it, exports it as text or CSV, and saves it to a file
 * that another phone can load. Nothing leaves the device unless the reader exports it.
 */
import { officialStances } from '../schemas/vocabulary';
import { stripBidiControls } from './text-safety';

/** The storage key of the list. */
const actionLogStorageKey = 'handbook/actions';

/** How a call or email went. */
export const actionOutcomes = [
	'talked-to-staff',
	'left-voicemail',
	'no-answer',
	'email-sent',
] as const;
export type ActionOutcome = (typeof actionOutcomes)[number];

/** Where the official stands, as the reader heard it: supports, opposes, undecided, no-answer. */
export type ActionStance = (typeof officialStances)[number];

/** The longest note kept: a sentence or two of what the official said. */
export const actionNoteMaxLength = 280;

/** One recorded action. */
export interface ActionRecord {
	/** When, as the phone's local date and time, YYYY-MM-DDTHH:MM (see `localDateTime`). */
	when: string;
	/** Who: the official, e.g. "Sheriff Lopez" or "Sheriff". */
	who: string;
	/** The script used, by title. */
	script: string;
	/** The script's path on the site, e.g. "/scripts/sheriff-phone/". */
	path: string;
	outcome: ActionOutcome;
	/** Where the official stands, when the reader said. */
	stance?: ActionStance;
	/** What the official said, in the reader's words; at most `actionNoteMaxLength` characters. */
	note?: string;
}

const isRecord = (value: unknown): value is ActionRecord => {
	if (typeof value !== 'object' || value === null) return false;
	const r = value as Record<string, unknown>;
	return (
		typeof r['when'] === 'string' &&
		typeof r['who'] === 'string' &&
		typeof r['script'] === 'string' &&
		typeof r['path'] === 'string' &&
		actionOutcomes.includes(r['outcome'] as ActionOutcome) &&
		(r['stance'] === undefined || officialStances.includes(r['stance'] as ActionStance)) &&
		(r['note'] === undefined ||
			(typeof r['note'] === 'string' && r['note'].length <= actionNoteMaxLength))
	);
};

/** A typed note as it is kept: direction controls removed, spaces trimmed, cut to the limit; none if empty. */
export function cleanNote(text: string): string | undefined {
	const clean = stripBidiControls(text).trim().slice(0, actionNoteMaxLength);
	return clean === '' ? undefined : clean;
}

/** The recorded actions, oldest first; anything unreadable is skipped. */
export function readActions(storage: Storage): ActionRecord[] {
	try {
		const parsed: unknown = JSON.parse(storage.getItem(actionLogStorageKey) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter(isRecord) : [];
	} catch {
		return [];
	}
}

/** Adds one action to the list. */
export function addAction(storage: Storage, record: ActionRecord) {
	storage.setItem(actionLogStorageKey, JSON.stringify([...readActions(storage), record]));
}

/**
 * Removes the one action at `index` in the list as `readActions` returns it (oldest first); the
 * rest stay in order. An index outside the list changes nothing.
 */
export function removeAction(storage: Storage, index: number) {
	const records = readActions(storage);
	if (!Number.isInteger(index) || index < 0 || index >= records.length) return;
	records.splice(index, 1);
	storage.setItem(actionLogStorageKey, JSON.stringify(records));
}

/** Removes every recorded action. */
export function clearActions(storage: Storage) {
	storage.removeItem(actionLogStorageKey);
}

/** The phone's local date and time as YYYY-MM-DDTHH:MM, the way the reader saw the clock. */
export function localDateTime(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A recorded time as the reader's list shows it, e.g. "2026-11-23 14:05". */
export const formatWhen = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * One CSV cell: quoted, inner quotes doubled, and a leading =, +, - or @ (or their full-width
 * forms), TAB, CR or LF defused with an apostrophe so a spreadsheet never runs typed text as a
 * formula (OWASP, "CSV Injection").
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r\n＝＋－＠]/.test(value) ? `'${value}` : value;
	return `"${safe.replaceAll('"', '""')}"`;
}

/** The words for outcomes and stances in the reader's language. */
export interface ActionLabels {
	outcomes: Record<ActionOutcome, string>;
	stances: Record<ActionStance, string>;
}

/** One action's cells in column order: when, who, outcome, stance, what they said, script. */
export const actionCells = (r: ActionRecord, labels: ActionLabels) => [
	formatWhen(r.when),
	r.who,
	labels.outcomes[r.outcome],
	r.stance ? labels.stances[r.stance] : '',
	r.note ?? '',
	r.script,
];

/** The list as CSV with a header row, for an organizer's spreadsheet. */
export function actionsToCsv(
	records: readonly ActionRecord[],
	labels: ActionLabels,
	header: readonly string[],
): string {
	const rows = records.map((r) => actionCells(r, labels));
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The list as plain text, one line per action, to paste into a message. */
export function actionsToText(records: readonly ActionRecord[], labels: ActionLabels): string {
	return records
		.map(
			(r) =>
				`${formatWhen(r.when)}: ${r.who}, ${labels.outcomes[r.outcome]}` +
				(r.stance ? `, ${labels.stances[r.stance]}` : '') +
				` (${r.script})` +
				(r.note ? ` “${r.note}”` : ''),
		)
		.join('\n');
}

/** What marks a file as this handbook's saved log, and its layout's version. */
const fileFormat = { format: 'handbook-actions', version: 1 } as const;

/** The list as a file another phone can load (`importActions`): JSON with a format mark. */
export function actionsToFile(records: readonly ActionRecord[]): string {
	return `${JSON.stringify({ ...fileFormat, actions: records }, null, 1)}\n`;
}

/** What loading a file did: how many actions it added, how many were here already, how many were unreadable. */
export interface ImportResult {
	added: number;
	alreadyHere: number;
	skipped: number;
}

const sameAction = (a: ActionRecord, b: ActionRecord) =>
	a.when === b.when && a.who === b.who && a.path === b.path && a.outcome === b.outcome;

/**
 * Adds the actions of a saved file to the list, oldest first, leaving out those already here and
 * any entry that is not a readable action. Returns undefined, changing nothing, when the text is
 * not such a file at all.
 */
export function importActions(storage: Storage, text: string): ImportResult | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return undefined;
	}
	const file = parsed as { format?: unknown; actions?: unknown };
	if (file?.format !== fileFormat.format || !Array.isArray(file.actions)) return undefined;
	const here = readActions(storage);
	const readable = file.actions.filter(isRecord).map((r): ActionRecord => {
		const { note, ...rest } = r;
		const kept = note === undefined ? undefined : cleanNote(note);
		return { ...rest, who: stripBidiControls(r.who), ...(kept ? { note: kept } : {}) };
	});
	const fresh = readable.filter(
		(r, i) =>
			!here.some((h) => sameAction(h, r)) && readable.findIndex((o) => sameAction(o, r)) === i,
	);
	storage.setItem(
		actionLogStorageKey,
		JSON.stringify([...here, ...fresh].sort((a, b) => a.when.localeCompare(b.when))),
	);
	return {
		added: fresh.length,
		alreadyHere: readable.length - fresh.length,
		skipped: file.actions.length - readable.length,
	};
}

/**
 * "Forget what I typed" on a script page: keeps each recorded call or email (when, which office,
 * how it went, where they stand, which script) but drops what the reader typed: the official's
 * name, so "Sheriff: Dana Lopez" becomes "Sheriff", and the note of what they said. "Clear" on /my-actions/ removes the whole list.
 */
export function forgetNamesInActions(storage: Storage) {
	const records = readActions(storage);
	if (records.length === 0) return;
	const withoutNames = records.map(({ note: _note, ...r }) => ({
		...r,
		who: r.who.split(': ')[0]!,
	}));
	storage.setItem(actionLogStorageKey, JSON.stringify(withoutNames));
}

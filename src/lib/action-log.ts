/**
 * "What I did": calls and emails the reader recorded, kept in localStorage on this phone only.
 * Script pages add to it; `/my-actions/` lists it and exports it as text or CSV.
 */

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
}

const isRecord = (value: unknown): value is ActionRecord => {
	if (typeof value !== 'object' || value === null) return false;
	const r = value as Record<string, unknown>;
	return (
		typeof r['when'] === 'string' &&
		typeof r['who'] === 'string' &&
		typeof r['script'] === 'string' &&
		typeof r['path'] === 'string' &&
		actionOutcomes.includes(r['outcome'] as ActionOutcome)
	);
};

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

/** The list as CSV with a header row, for an organizer's spreadsheet. */
export function actionsToCsv(
	records: readonly ActionRecord[],
	labels: Record<ActionOutcome, string>,
	header: readonly [string, string, string, string],
): string {
	const rows = records.map((r) => [formatWhen(r.when), r.who, labels[r.outcome], r.script]);
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The list as plain text, one line per action, to paste into a message. */
export function actionsToText(
	records: readonly ActionRecord[],
	labels: Record<ActionOutcome, string>,
): string {
	return records
		.map((r) => `${formatWhen(r.when)}: ${r.who}, ${labels[r.outcome]} (${r.script})`)
		.join('\n');
}

/**
 * "Forget what I typed" on a script page: keeps each recorded call or email (when, which office,
 * how it went, which script) but drops the official's name the reader typed, so "Sheriff: Dana
 * Lopez" becomes "Sheriff". "Clear" on /my-actions/ removes the whole list.
 */
export function forgetNamesInActions(storage: Storage) {
	const records = readActions(storage);
	if (records.length === 0) return;
	const withoutNames = records.map((r) => ({ ...r, who: r.who.split(': ')[0]! }));
	storage.setItem(actionLogStorageKey, JSON.stringify(withoutNames));
}

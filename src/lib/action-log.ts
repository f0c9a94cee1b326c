/**
 * "What I did": calls and emails the reader recorded, kept in localStorage on this phone only.
 * Script pages add to it; `/my-actions/` lists it, exports it as text or CSV, and saves it to a file
 * that another phone can load (src/lib/action-log-files.ts, kept apart so script pages do not
 * download the exports). Nothing leaves the device unless the reader exports it.
 */
import { officialStances } from '../schemas/vocabulary';
import { stripBidiControls } from './text-safety';

/** The storage key of the list. */
export const actionLogStorageKey = 'handbook/actions';

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

/** Whether a stored value is a readable action: its fields, outcome and stance as the list keeps them. */
export const isActionRecord = (value: unknown): value is ActionRecord => {
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
		return Array.isArray(parsed) ? parsed.filter(isActionRecord) : [];
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

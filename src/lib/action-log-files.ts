/**
 * "What I did" on `/my-actions/`: the list as the reader sees it, as text and CSV to share, and as
 * a file another phone can load. Apart from src/lib/action-log.ts so that script pages, which only
 * add to the list, do not download this.
 */
import { stripBidiControls } from './text-safety';
import {
	actionLogStorageKey,
	cleanNote,
	isActionRecord,
	readActions,
	type ActionOutcome,
	type ActionRecord,
	type ActionStance,
} from './action-log';

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
	const readable = file.actions.filter(isActionRecord).map((r): ActionRecord => {
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

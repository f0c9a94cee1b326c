/**
 * "Requests I sent": the public-records requests a reader noted on `/records/`, kept in
 * localStorage on this phone only, like the action log (`src/lib/action-log.ts`). Each keeps the
 * state's deadline as it was when noted, so the due date does not move if the page changes. A
 * calendar reminder for the day to check is written here as an .ics text. Nothing leaves the device.
 */
import { isDay, type RecordsDeadlineKind } from './records-dates';
import { escapeText, foldLine } from './icalendar-text';
import { agencyMaxLength, cleanAgency } from './records-letters';

/**
 * The storage key of the list. The page reads it from `data-storage-key`, so it loads this code only
 * when the list has something in it.
 */
export const trackerStorageKey = 'handbook/records-requests';

/** One request the reader sent. */
export interface TrackedRequest {
	/** The day it was sent, YYYY-MM-DD. */
	sent: string;
	/** The agency asked, as the reader typed it. */
	agency: string;
	/** The state's page id, e.g. `texas`. */
	state: string;
	/** The template used: its id in `content/records-requests/`. */
	template: string;
	/** How the state's deadline was counted when noted. */
	deadlineKind: RecordsDeadlineKind | 'unknown';
	/** Its number of days, when counted. */
	deadlineDays?: number;
}

const deadlineKinds: readonly string[] = ['business-days', 'calendar-days', 'none', 'unknown'];

const isTracked = (value: unknown): value is TrackedRequest => {
	if (typeof value !== 'object' || value === null) return false;
	const r = value as Record<string, unknown>;
	return (
		typeof r['sent'] === 'string' &&
		isDay(r['sent']) &&
		typeof r['agency'] === 'string' &&
		r['agency'].length <= agencyMaxLength &&
		typeof r['state'] === 'string' &&
		/^[a-z-]{2,40}$/.test(r['state']) &&
		typeof r['template'] === 'string' &&
		/^[a-z0-9-]{1,80}$/.test(r['template']) &&
		deadlineKinds.includes(r['deadlineKind'] as string) &&
		(r['deadlineDays'] === undefined ||
			(Number.isInteger(r['deadlineDays']) &&
				(r['deadlineDays'] as number) >= 1 &&
				(r['deadlineDays'] as number) <= 90))
	);
};

/** The requests noted on this phone, oldest first; anything unreadable is skipped. */
export function readRequests(storage: Storage): TrackedRequest[] {
	try {
		const parsed: unknown = JSON.parse(storage.getItem(trackerStorageKey) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter(isTracked) : [];
	} catch {
		return [];
	}
}

/** Adds one request, sorted by the day sent; false (nothing kept) when it is not a readable request. */
export function addRequest(storage: Storage, request: TrackedRequest): boolean {
	const clean = { ...request, agency: cleanAgency(request.agency) };
	if (clean.agency === '' || !isTracked(clean)) return false;
	const list = [...readRequests(storage), clean].sort((a, b) => a.sent.localeCompare(b.sent));
	storage.setItem(trackerStorageKey, JSON.stringify(list));
	return true;
}

/** Removes the request at `index` (as `readRequests` lists them); an index outside the list changes nothing. */
export function removeRequest(storage: Storage, index: number) {
	const list = readRequests(storage);
	if (!Number.isInteger(index) || index < 0 || index >= list.length) return;
	list.splice(index, 1);
	storage.setItem(trackerStorageKey, JSON.stringify(list));
}

/** Forgets every request noted on this phone. */
export function clearRequests(storage: Storage) {
	storage.removeItem(trackerStorageKey);
}

/** A one-event calendar: a whole-day reminder to check on a request. */
export interface RequestReminder {
	/** The day to check, YYYY-MM-DD. */
	date: string;
	title: string;
	description: string;
	/** Makes the event unique, e.g. the day sent and the agency. */
	key: string;
	/** Today, YYYY-MM-DD: the event's DTSTAMP. */
	stamp: string;
}

const compact = (day: string) => day.replaceAll('-', '');

/** The reminder as an .ics file (RFC 5545): CRLF line ends, folded lines, one whole-day event. */
export function reminderCalendar(reminder: RequestReminder): string {
	const uid = `records-${compact(reminder.date)}-${reminder.key
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60)}@handbook`;
	const end = new Date(`${reminder.date}T00:00:00Z`);
	end.setUTCDate(end.getUTCDate() + 1);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//End ICE Cooperation handbook//Records reminder//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${uid}`,
		`DTSTAMP:${compact(reminder.stamp)}T120000Z`,
		`SUMMARY:${escapeText(reminder.title)}`,
		`DESCRIPTION:${escapeText(reminder.description)}`,
		`DTSTART;VALUE=DATE:${compact(reminder.date)}`,
		`DTEND;VALUE=DATE:${compact(end.toISOString().slice(0, 10))}`,
		'TRANSP:TRANSPARENT',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

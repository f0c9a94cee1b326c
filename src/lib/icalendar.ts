/**
 * iCalendar files (RFC 5545) as plain strings: `/calendar.ics`, `/states/<state>/calendar.ics` and
 * an edition's meetings are written with this, so a reader can add the dates that matter to the
 * phone's own calendar without an account. Text is escaped and lines folded here; every line ends
 * in CRLF as the standard requires. Pure module: no Astro imports.
 */
import { stableId } from './atom-feed';
import { escapeText, foldLine } from './icalendar-text';

export { escapeText, foldLine };

/** A whole-day event, e.g. the day a state law takes effect. */
export interface DayEvent {
	kind: 'day';
	/** What makes the event unique and stable across builds, e.g. `law:TX:sb8:effective`. */
	key: string;
	/** YYYY-MM-DD. */
	date: string;
	title: string;
	description: string;
	/** Where to read more: an absolute URL. */
	url: string;
}

/** The days a meeting repeats on, as RFC 5545 BYDAY values: `1TU` (first Tuesday), `MO`, `-1FR`. */
export type WeekdayRule = string;

/** A meeting that repeats, e.g. a county commission meeting on the first and third Tuesday. */
export interface RepeatingEvent {
	kind: 'repeating';
	key: string;
	/** The first meeting, YYYY-MM-DD. */
	firstDate: string;
	/** Local start time, HH:MM (24-hour); written as floating local time, as the place keeps it. */
	start: string;
	/** Length in minutes. */
	minutes: number;
	/** `weekly` or `monthly`. */
	frequency: 'weekly' | 'monthly';
	/** BYDAY values, e.g. ['1TU', '3TU'] monthly or ['MO'] weekly. */
	days: readonly WeekdayRule[];
	title: string;
	description: string;
	/** Where it meets, as text. */
	location: string;
	url: string;
}

/** One event. */
export type CalendarEvent = DayEvent | RepeatingEvent;

/** A whole calendar. */
export interface Calendar {
	/** The calendar's name as apps show it. */
	name: string;
	/** The day the data was last checked, YYYY-MM-DD: every event's DTSTAMP, so builds repeat. */
	stamp: string;
	events: readonly CalendarEvent[];
}

const compactDate = (day: string) => day.replaceAll('-', '');

/** The day after a YYYY-MM-DD day: the exclusive end of a whole-day event. */
function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** HH:MM plus minutes as HHMMSS, for an event that ends the same day. */
function endTime(start: string, minutes: number): string {
	const [h = 0, m = 0] = start.split(':').map(Number);
	const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
	return `${String(Math.floor(total / 60)).padStart(2, '0')}${String(total % 60).padStart(2, '0')}00`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
	const common = [
		`UID:${stableId(event.key).slice('urn:uuid:'.length)}@handbook`,
		`DTSTAMP:${compactDate(stamp)}T120000Z`,
		`SUMMARY:${escapeText(event.title)}`,
		`DESCRIPTION:${escapeText(event.description)}`,
		`URL:${event.url}`,
	];
	if (event.kind === 'day')
		return [
			'BEGIN:VEVENT',
			...common,
			`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		];
	const startTime = `${event.start.replace(':', '')}00`;
	return [
		'BEGIN:VEVENT',
		...common,
		`DTSTART:${compactDate(event.firstDate)}T${startTime}`,
		`DTEND:${compactDate(event.firstDate)}T${endTime(event.start, event.minutes)}`,
		`RRULE:FREQ=${event.frequency.toUpperCase()};BYDAY=${event.days.join(',')}`,
		`LOCATION:${escapeText(event.location)}`,
		'END:VEVENT',
	];
}

/** The calendar as an .ics file: CRLF line ends, folded lines, events in date order. */
export function renderCalendar(calendar: Calendar): string {
	const firstDay = (e: CalendarEvent) => (e.kind === 'day' ? e.date : e.firstDate);
	const events = [...calendar.events].sort(
		(a, b) => firstDay(a).localeCompare(firstDay(b)) || a.key.localeCompare(b.key),
	);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//End ICE Cooperation handbook//Calendar//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		...events.flatMap((event) => eventLines(event, calendar.stamp)),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

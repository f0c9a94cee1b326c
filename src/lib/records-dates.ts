/**
 * When a public-records request is due: the day it was sent plus the state's deadline, counted in
 * business days (Saturdays and Sundays skipped; holidays are not known here and are counted) or in
 * calendar days. Days are YYYY-MM-DD text and the math runs in UTC, so the phone's time zone never
 * moves a day. Pure module: the records tracker (`src/client/records-page.ts`) and tests use it.
 */
import type { recordsDeadlineKinds } from '../schemas/vocabulary';

/** How a state's deadline is counted: business-days, calendar-days or none. */
export type RecordsDeadlineKind = (typeof recordsDeadlineKinds)[number];

/** A state's response deadline, as the tracker keeps it. */
export interface RecordsDeadline {
	kind: RecordsDeadlineKind;
	/** The number of days; absent when `kind` is none. */
	days?: number | undefined;
}

/** Business days the tracker suggests waiting before a follow-up when the law sets no deadline. */
export const suggestedFollowUpBusinessDays = 10;

/** The day `text` names (YYYY-MM-DD) as a UTC date, or undefined when it names no real day. */
function parseDay(text: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

const formatDay = (date: Date) => date.toISOString().slice(0, 10);

/** True when `text` is a real day written YYYY-MM-DD. */
export const isDay = (text: string) => parseDay(text) !== undefined;

/** The day `days` calendar days after `start` (YYYY-MM-DD). */
export function addCalendarDays(start: string, days: number): string {
	const date = parseDay(start);
	if (!date) throw new Error(`Not a day: "${start}". Write it YYYY-MM-DD.`);
	date.setUTCDate(date.getUTCDate() + days);
	return formatDay(date);
}

/**
 * The day `days` business days after `start` (YYYY-MM-DD): each Monday to Friday after `start`
 * counts one, Saturdays and Sundays none. Holidays are counted like any weekday.
 */
export function addBusinessDays(start: string, days: number): string {
	const date = parseDay(start);
	if (!date) throw new Error(`Not a day: "${start}". Write it YYYY-MM-DD.`);
	let left = days;
	while (left > 0) {
		date.setUTCDate(date.getUTCDate() + 1);
		const weekday = date.getUTCDay();
		if (weekday !== 0 && weekday !== 6) left -= 1;
	}
	return formatDay(date);
}

/** The day the answer is due by law, or undefined when the law sets no fixed number of days. */
export function dueDate(sent: string, deadline: RecordsDeadline): string | undefined {
	if (deadline.kind === 'none' || deadline.days === undefined) return undefined;
	return deadline.kind === 'business-days'
		? addBusinessDays(sent, deadline.days)
		: addCalendarDays(sent, deadline.days);
}

/**
 * The day to check on the request: the legal due date, or, when the law sets none, a suggestion
 * of `suggestedFollowUpBusinessDays` business days after sending.
 */
export function checkDate(
	sent: string,
	deadline: RecordsDeadline,
): { date: string; suggested: boolean } {
	const due = dueDate(sent, deadline);
	return due === undefined
		? { date: addBusinessDays(sent, suggestedFollowUpBusinessDays), suggested: true }
		: { date: due, suggested: false };
}

/** True when `today` is after the day to check (both YYYY-MM-DD): the answer is late. */
export const isPastDue = (check: string, today: string) => today > check;

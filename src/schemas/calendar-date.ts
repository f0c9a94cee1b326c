/**
 * Whether text written YYYY-MM-DD names a day that exists: 2024-02-29 does, 2026-02-31 does not.
 * Used by every date in the schemas (shared.ts, editions.ts, ice-lists.ts) and by the check of raw
 * YAML dates (src/lib/yaml-dates.ts), since YAML turns 2026-02-31 into 3 March. Here, beside the
 * schemas, because schemas import nothing from above them. Plain module with no imports.
 */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

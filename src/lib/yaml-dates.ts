/**
 * Impossible dates in YAML as written. A YAML parser reads an unquoted `2026-02-31` as a date and
 * rolls it over to 3 March, so the schemas never see the mistake; this reads the text itself.
 * src/integrations/content-guard.ts runs it over every YAML file in content/ before the build.
 */
import { isCalendarDate } from '../schemas/calendar-date.ts';

/** One impossible date: the line, the field (`key:` before it) and the date as written. */
export interface ImpossibleDate {
	line: number;
	field: string;
	value: string;
}

/** Every `YYYY-MM-DD` value in `yaml` (quoted or not, in a list or a field) that is not a real day. */
export function impossibleDates(yaml: string): ImpossibleDate[] {
	const found: ImpossibleDate[] = [];
	yaml.split('\n').forEach((text, index) => {
		const match =
			/^\s*(?:-\s+)?(?:([\w-]+)\s*:\s*)?(?:-\s+)?["']?(\d{4}-\d{2}-\d{2})["']?\s*(?:#.*)?$/.exec(
				text,
			);
		if (match && !isCalendarDate(match[2]!))
			found.push({ line: index + 1, field: match[1] ?? '(list item)', value: match[2]! });
	});
	return found;
}

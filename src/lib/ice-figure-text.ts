/**
 * Figures from ICE's 287(g) list inside YAML text. A talking point or ask writes
 * `As of {asOf}, ICE listed {agreements} agreements.`; the handbook fills each token from the
 * newest edition (`iceFigures` in `ice-lists.ts`) when it loads content, so no figure is typed by
 * hand. An unknown token stops the build with the file, the field and the known names.
 */
import type { ContentProblem } from './integrity';

/** A token: a name in braces, like `{agreements}`. */
const tokenPattern = /\{([A-Za-z]+)\}/g;

/**
 * Returns `value` with every token in its strings replaced (objects and arrays are walked), and
 * adds a problem for each unknown token. `field` is the path shown in the message.
 */
export function fillFigures<T>(
	value: T,
	figures: Record<string, string>,
	filePath: string,
	problems: ContentProblem[],
	field = '',
): T {
	if (typeof value === 'string')
		return value.replace(tokenPattern, (whole, name: string) => {
			const figure = figures[name];
			if (figure !== undefined) return figure;
			problems.push({
				filePath,
				field,
				message: `"${whole}" is not a figure from ICE's list. Use one of: ${Object.keys(figures)
					.map((k) => `{${k}}`)
					.join(', ')}.`,
			});
			return whole;
		}) as T;
	if (Array.isArray(value))
		return value.map((item, i) =>
			fillFigures(item, figures, filePath, problems, `${field}[${i}]`),
		) as T;
	if (value && typeof value === 'object' && !(value instanceof Date) && !('collection' in value))
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [
				key,
				fillFigures(item, figures, filePath, problems, field ? `${field}.${key}` : key),
			]),
		) as T;
	return value;
}

/**
 * The text rules of iCalendar files (RFC 5545) with no Node imports, so browser code can use them
 * too: the records tracker (`src/client/records-page.ts`) writes a reminder file on the phone with
 * these, and `src/lib/icalendar.ts` writes the site's calendars.
 */

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
		.replaceAll('\\', '\\\\')
		.replaceAll(';', '\\;')
		.replaceAll(',', '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * One content line folded so no line passes 75 octets (RFC 5545, 3.1): continuation lines start
 * with a space. Folds between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
		if (octets + size > limit) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

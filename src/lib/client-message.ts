/**
 * Interface text for browser code, passed as values. A component's frontmatter turns the messages
 * of src/lib/ui-strings.ts that take arguments (`savedAll(total)`) into templates with `{name}`
 * slots (`clientMessage`), puts them with the plain strings in a `data-strings` attribute, and its
 * script fills them in (`fillMessage`). The browser never downloads the table of both languages'
 * strings. No imports: browser code may import this file (the client-imports rule in
 * eslint.config.mjs).
 */

/**
 * A message with `{name}` slots. Where the wording depends on a count ("1 entry", "2 entries"),
 * `forms` holds one template per case of the counts: each count's case (`0`, `1` or `n`), joined
 * with `|` in the order of `counts`; with no counts, the one template is under `''`.
 */
export interface ClientMessage {
	counts: string[];
	forms: Record<string, string>;
}

/** What each argument of a message is: text shown as is, or a count the wording may depend on. */
export type SlotKind = 'text' | 'count';

/** The case of a count: how messages tell 0, 1 and many apart. */
const caseOf = (n: number) => (n === 0 ? '0' : n === 1 ? '1' : 'n');

/** A number no message holds, standing for count number `i` while its template is made. */
const stand = (i: number) => 7_654_321 + i;

/**
 * The templates of `message`, whose arguments are named and typed by `slots` (in the order the
 * function takes them). Counts are tried as 0, 1 and a stand-in number, so every wording the
 * function chooses between is kept.
 */
export function clientMessage(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any message function of ui-strings.ts
	message: (...args: any[]) => string,
	slots: Record<string, SlotKind>,
): ClientMessage {
	const names = Object.keys(slots);
	const counts = names.filter((name) => slots[name] === 'count');
	let cases: Record<string, string>[] = [{}];
	for (const count of counts)
		cases = cases.flatMap((c) => ['0', '1', 'n'].map((k) => ({ ...c, [count]: k })));
	const forms: Record<string, string> = {};
	for (const chosen of cases) {
		const args = names.map((name, i) => {
			if (slots[name] === 'text') return `{${name}}`;
			return chosen[name] === '0' ? 0 : chosen[name] === '1' ? 1 : stand(i);
		});
		let text = message(...args);
		names.forEach((name, i) => {
			if (slots[name] === 'count') text = text.replaceAll(String(stand(i)), `{${name}}`);
		});
		forms[counts.map((count) => chosen[count]).join('|')] = text;
	}
	return { counts, forms };
}

/**
 * The text of a message with its slots filled in, in one pass: a value that itself holds `{…}`
 * stays as typed.
 */
export function fillMessage(
	message: ClientMessage,
	values: Record<string, string | number>,
): string {
	const key = message.counts.map((count) => caseOf(Number(values[count]))).join('|');
	const template = message.forms[key] ?? '';
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot,
	);
}

/**
 * The values a component put in `data-strings` (JSON) for its script; `fallback` when the attribute
 * is missing or is not JSON.
 */
export function readStrings<T>(element: Element | null | undefined, fallback: T): T {
	try {
		const raw = element?.getAttribute('data-strings');
		return raw ? (JSON.parse(raw) as T) : fallback;
	} catch {
		return fallback;
	}
}

/**
 * Bidirectional control characters: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the invisible marks (U+200E, U+200F, U+061C). Typed into a field or pasted
 * into an edition file, they can make the rest of a script read backwards on screen. Here, beside
 * the schemas, because the edition schema strips them and schemas import nothing from above them;
 * `src/lib/text-safety.ts` passes it on to the browser code and the build. Plain module with no
 * imports, safe in the browser.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `text` without bidirectional control characters. */
export function stripBidiControls(text: string): string {
	return text.replace(bidiControls, '');
}

/**
 * The one definition of a call-script placeholder: square brackets around capitals, like
 * `[YOUR NAME]` or `[COUNTY]`, Spanish capitals included (`[SU TELÉFONO]`, `[NÚMERO DE PERSONAS]`). Used by the call-script schema (a declared token must look like
 * this), the build's integrity check (every one used is declared) and the reading grade (each
 * counts as one short word).
 */
const placeholderSource = String.raw`\[[A-ZÁÉÍÓÚÜÑ][A-ZÁÉÍÓÚÜÑ0-9 '’/-]*\]`;

/** A fresh global pattern for every placeholder in a text, for `matchAll` (e.g. the script page's fill-in). */
export function placeholdersIn(): RegExp {
	return new RegExp(placeholderSource, 'g');
}

/** Matches a string that is exactly one placeholder. */
export const wholePlaceholder = new RegExp(`^${placeholderSource}$`);

/** Every placeholder in `text`, in order, repeats included. */
export function findPlaceholders(text: string): string[] {
	return text.match(new RegExp(placeholderSource, 'g')) ?? [];
}

/** `text` with every placeholder replaced by `word`. */
export function replacePlaceholders(text: string, word: string): string {
	return text.replace(new RegExp(placeholderSource, 'g'), word);
}

/**
 * Helpers over the call-script placeholder pattern (defined in
 * `src/schemas/placeholder-pattern.ts`): the build's integrity check (every one used is declared),
 * the reading grade (each counts as one short word) and the script page's fill-in.
 */
import { placeholderSource } from '../schemas/placeholder-pattern.ts';

/** A fresh global pattern for every placeholder in a text, for `matchAll` (e.g. the script page's fill-in). */
export function placeholdersIn(): RegExp {
	return new RegExp(placeholderSource, 'g');
}

/** Every placeholder in `text`, in order, repeats included. */
export function findPlaceholders(text: string): string[] {
	return text.match(new RegExp(placeholderSource, 'g')) ?? [];
}

/** `text` with every placeholder replaced by `word`. */
export function replacePlaceholders(text: string, word: string): string {
	return text.replace(new RegExp(placeholderSource, 'g'), word);
}

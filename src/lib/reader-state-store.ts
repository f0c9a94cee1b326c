/**
 * The reader's state, kept on this phone only when they ask ("Remember Texas on this phone"): a
 * two-letter postal code in localStorage, nothing else. Read by `src/client/reader-state.ts` and
 * the script page; cleared by "Forget my state". Nothing is sent anywhere.
 */

/** The storage key of the remembered postal code. */
export const readerStateKey = 'handbook/state';

const postalCode = /^[A-Z]{2}$/;

/** The remembered postal code, or undefined when none (or storage is blocked or holds junk). */
export function loadReaderState(local: Storage): string | undefined {
	try {
		const code = local.getItem(readerStateKey) ?? '';
		return postalCode.test(code) ? code : undefined;
	} catch {
		return undefined;
	}
}

/** Remembers a postal code on this phone; false when storage is blocked. */
export function saveReaderState(code: string, local: Storage): boolean {
	if (!postalCode.test(code)) return false;
	try {
		local.setItem(readerStateKey, code);
		return true;
	} catch {
		return false;
	}
}

/** Forgets the remembered state. */
export function forgetReaderState(local: Storage): void {
	try {
		local.removeItem(readerStateKey);
	} catch {
		// Storage blocked: nothing was kept.
	}
}

/**
 * The state a page is for: a valid `?state=` in its address first (a link from a state's page),
 * then the remembered one; only codes in `known` count.
 */
export function chooseReaderState(
	search: string,
	remembered: string | undefined,
	known: ReadonlySet<string>,
): string | undefined {
	const fromUrl = new URLSearchParams(search).get('state')?.toUpperCase();
	if (fromUrl && known.has(fromUrl)) return fromUrl;
	return remembered && known.has(remembered) ? remembered : undefined;
}

/**
 * Where a reader's typed values live: sessionStorage for this visit, and localStorage too when
 * they tick "remember on this phone". Nothing is sent anywhere. Used by the script-page form.
 */

/** The storage key of the typed values. */
const fillInStorageKey = 'handbook/fill-in';

/** Typed values by field key (see `fill-in-fields.ts`). */
export type FillInValues = Record<string, string>;

function read(storage: Storage): FillInValues | undefined {
	try {
		const raw = storage.getItem(fillInStorageKey);
		if (!raw) return undefined;
		const parsed: unknown = JSON.parse(raw);
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		return Object.fromEntries(
			Object.entries(parsed).filter(
				(entry): entry is [string, string] => typeof entry[1] === 'string',
			),
		);
	} catch {
		return undefined;
	}
}

/** The saved values, and whether they are remembered on this phone (kept in localStorage). */
export function loadFillIn(session: Storage, local: Storage) {
	const remembered = read(local);
	return { values: remembered ?? read(session) ?? {}, remember: remembered !== undefined };
}

/** Saves the values for this visit, and on this phone too when `remember` is true. */
export function saveFillIn(
	values: FillInValues,
	remember: boolean,
	session: Storage,
	local: Storage,
) {
	const kept = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
	const text = JSON.stringify(kept);
	session.setItem(fillInStorageKey, text);
	if (remember) local.setItem(fillInStorageKey, text);
	else local.removeItem(fillInStorageKey);
}

/** Forgets every typed value, for this visit and on this phone. */
export function forgetFillIn(session: Storage, local: Storage) {
	session.removeItem(fillInStorageKey);
	local.removeItem(fillInStorageKey);
}

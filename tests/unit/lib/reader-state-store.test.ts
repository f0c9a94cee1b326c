import { describe, expect, it } from 'vitest';
import {
	chooseReaderState,
	forgetReaderState,
	loadReaderState,
	saveReaderState,
} from '../../../src/lib/reader-state-store';

/** A Storage kept in memory, as localStorage behaves. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value)),
	};
}

const known = new Set(['TX', 'WA']);

describe('the remembered state', () => {
	it('is kept only once saved, as a postal code, and gone once forgotten', () => {
		const local = memoryStorage();
		expect(loadReaderState(local)).toBeUndefined();
		expect(saveReaderState('TX', local)).toBe(true);
		expect(loadReaderState(local)).toBe('TX');
		forgetReaderState(local);
		expect(loadReaderState(local)).toBeUndefined();
		expect(local.length).toBe(0);
	});

	it('refuses anything but a postal code, and ignores junk already stored', () => {
		const local = memoryStorage();
		expect(saveReaderState('<b>TX</b>', local)).toBe(false);
		local.setItem('handbook/state', 'texas');
		expect(loadReaderState(local)).toBeUndefined();
	});
});

describe('chooseReaderState', () => {
	it('takes a known ?state= first, then the remembered state', () => {
		expect(chooseReaderState('?state=wa', 'TX', known)).toBe('WA');
		expect(chooseReaderState('', 'TX', known)).toBe('TX');
	});

	it('ignores an unknown code in the address or in storage', () => {
		expect(chooseReaderState('?state=ZZ', 'TX', known)).toBe('TX');
		expect(chooseReaderState('?state=ZZ', 'QQ', known)).toBeUndefined();
		expect(chooseReaderState('', undefined, known)).toBeUndefined();
	});
});

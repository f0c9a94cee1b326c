import { describe, expect, it } from 'vitest';
import {
	actionsToCsv,
	actionsToText,
	addAction,
	clearActions,
	localDateTime,
	readActions,
	removeAction,
	type ActionRecord,
} from '../../../src/lib/action-log';
import { fieldKeyFor, fieldsForScript } from '../../../src/lib/fill-in-fields';
import { forgetFillIn, loadFillIn, saveFillIn } from '../../../src/lib/fill-in-store';
import { buildMailLink, buildPhoneLink, maxMailLinkLength } from '../../../src/lib/mail-link';

/** A Storage kept in memory, as a browser's would be for one origin. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, value);
	}
}

const labels = {
	'talked-to-staff': 'Talked to staff',
	'left-voicemail': 'Left a voicemail',
	'no-answer': 'No answer',
	'email-sent': 'Email sent',
} as const;

describe('fill-in fields', () => {
	it('gives the same key to "your name" in every script, and its own key to a one-off slot', () => {
		expect(fieldKeyFor('[YOUR NAME]', 'sheriff-phone')).toBe('your-name');
		expect(fieldKeyFor('[YOUR NAME]', 'congress-email')).toBe('your-name');
		expect(fieldKeyFor('[BILL NUMBER]', 'state-testimony-written')).toBe(
			'state-testimony-written/bill-number',
		);
	});

	it('makes one field per placeholder, marks the official, and gives a story a text box', () => {
		const fields = fieldsForScript('sheriff-email', [
			{ token: '[YOUR NAME]', fill: 'Your name' },
			{ token: '[SHERIFF NAME]', fill: "The sheriff's name" },
			{ token: '[YOUR STORY]', fill: 'Your story' },
		]);
		expect(fields.map((f) => [f.key, f.official, f.type])).toEqual([
			['your-name', false, 'text'],
			['sheriff-name', true, 'text'],
			['your-story', false, 'long'],
		]);
	});
});

describe('fill-in storage', () => {
	it('keeps values for the visit only, unless remembered on this phone', () => {
		const session = new MemoryStorage();
		const local = new MemoryStorage();
		saveFillIn({ 'your-name': 'Ana' }, false, session, local);
		expect(loadFillIn(session, local)).toEqual({ values: { 'your-name': 'Ana' }, remember: false });
		expect(loadFillIn(new MemoryStorage(), local).values).toEqual({});

		saveFillIn({ 'your-name': 'Ana' }, true, session, local);
		expect(loadFillIn(new MemoryStorage(), local)).toEqual({
			values: { 'your-name': 'Ana' },
			remember: true,
		});

		saveFillIn({ 'your-name': 'Ana' }, false, session, local);
		expect(local.length).toBe(0);
	});

	it('forgets everything in both places', () => {
		const session = new MemoryStorage();
		const local = new MemoryStorage();
		saveFillIn({ 'your-name': 'Ana' }, true, session, local);
		forgetFillIn(session, local);
		expect([session.length, local.length]).toEqual([0, 0]);
	});

	it('reads nothing from a damaged entry instead of failing', () => {
		const session = new MemoryStorage();
		session.setItem('handbook/fill-in', '{not json');
		expect(loadFillIn(session, new MemoryStorage()).values).toEqual({});
	});
});

describe('mail and phone links', () => {
	it('puts the subject and body in a mailto link, lines as CRLF', () => {
		expect(buildMailLink({ to: 'a@b.org', subject: 'Hi there', body: 'One\nTwo' })).toBe(
			'mailto:a@b.org?subject=Hi%20there&body=One%0D%0ATwo',
		);
	});

	it('gives no link when the text is too long for mail apps', () => {
		const body = 'x'.repeat(maxMailLinkLength);
		expect(buildMailLink({ to: '', subject: 'Hi', body })).toBeUndefined();
	});

	it('dials only digits and a leading plus', () => {
		expect(buildPhoneLink('+1 (555) 010-2000')).toBe('tel:+15550102000');
		expect(buildPhoneLink('call me')).toBeUndefined();
	});
});

describe('what I did', () => {
	const record: ActionRecord = {
		when: '2026-11-23T14:05',
		who: 'Sheriff: Lee, "Jr."',
		script: "Call the sheriff's office",
		path: '/scripts/sheriff-phone/',
		outcome: 'left-voicemail',
	};

	it("records the time as the phone's clock shows it", () => {
		expect(localDateTime(new Date(2026, 10, 23, 9, 5))).toBe('2026-11-23T09:05');
	});

	it('adds, reads back and clears actions', () => {
		const storage = new MemoryStorage();
		addAction(storage, record);
		addAction(storage, { ...record, outcome: 'no-answer' });
		expect(readActions(storage).map((r) => r.outcome)).toEqual(['left-voicemail', 'no-answer']);
		clearActions(storage);
		expect(readActions(storage)).toEqual([]);
	});

	it('deletes one action and keeps the others in order', () => {
		const storage = new MemoryStorage();
		addAction(storage, record);
		addAction(storage, { ...record, outcome: 'no-answer' });
		addAction(storage, { ...record, outcome: 'email-sent' });
		removeAction(storage, 1);
		expect(readActions(storage).map((r) => r.outcome)).toEqual(['left-voicemail', 'email-sent']);
		removeAction(storage, 5);
		removeAction(storage, -1);
		expect(readActions(storage)).toHaveLength(2);
	});

	it('exports CSV with quotes doubled and formulas defused', () => {
		const csv = actionsToCsv([record, { ...record, who: '=HYPERLINK("x")' }], labels, [
			'When',
			'Who',
			'Outcome',
			'Script',
		]);
		expect(csv.split('\r\n')).toEqual([
			'"When","Who","Outcome","Script"',
			'"2026-11-23 14:05","Sheriff: Lee, ""Jr.""","Left a voicemail","Call the sheriff\'s office"',
			'"2026-11-23 14:05","\'=HYPERLINK(""x"")","Left a voicemail","Call the sheriff\'s office"',
			'',
		]);
	});

	it('exports one line of text per action', () => {
		expect(actionsToText([record], labels)).toBe(
			'2026-11-23 14:05: Sheriff: Lee, "Jr.", Left a voicemail (Call the sheriff\'s office)',
		);
	});
});

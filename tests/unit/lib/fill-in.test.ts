import { describe, expect, it } from 'vitest';
import {
	addAction,
	clearActions,
	forgetNamesInActions,
	localDateTime,
	readActions,
	removeAction,
	type ActionRecord,
} from '../../../src/lib/action-log';
import {
	actionsToCsv,
	actionsToFile,
	actionsToText,
	importActions,
} from '../../../src/lib/action-log-files';
import { defaultsFromQuery, fieldKeyFor, fieldsForScript } from '../../../src/lib/fill-in-fields';
import { forgetFillIn, loadFillIn, saveFillIn } from '../../../src/lib/fill-in-store';
import { buildMailLink, buildPhoneLink, maxMailLinkLength } from '../../../src/lib/mail-link';
import { stripBidiControls } from '../../../src/lib/text-safety';

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
	outcomes: {
		'talked-to-staff': 'Talked to staff',
		'left-voicemail': 'Left a voicemail',
		'no-answer': 'No answer',
		'email-sent': 'Email sent',
	},
	stances: {
		supports: 'Supports',
		opposes: 'Opposes',
		undecided: 'Undecided',
		'no-answer': 'Gave no answer',
	},
};

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

	it('dials an extension after a pause instead of running it into the number', () => {
		expect(buildPhoneLink('555-0100 ext. 204')).toBe('tel:5550100,204');
		expect(buildPhoneLink('(555) 010-0100 x204')).toBe('tel:5550100100,204');
		expect(buildPhoneLink('555-0100 extension 204')).toBe('tel:5550100,204');
		expect(buildPhoneLink('555-0100 extensión 204')).toBe('tel:5550100,204');
		expect(buildPhoneLink('+1 555 010 0100 #204')).toBe('tel:+15550100100,204');
	});
});

describe('typed text', () => {
	it('loses bidirectional control characters, which would turn the script around on screen', () => {
		const controls = [
			'\u202A',
			'\u202B',
			'\u202C',
			'\u202D',
			'\u202E',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069',
			'\u200E',
			'\u200F',
			'\u061C',
		];
		for (const c of controls) expect(stripBidiControls(`Dana${c} Lopez`)).toBe('Dana Lopez');
		// Right-to-left text itself stays.
		expect(stripBidiControls('ماريا')).toBe('ماريا');
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
			'Stance',
			'Said',
			'Script',
		]);
		expect(csv.split('\r\n')).toEqual([
			'"When","Who","Outcome","Stance","Said","Script"',
			'"2026-11-23 14:05","Sheriff: Lee, ""Jr.""","Left a voicemail","","","Call the sheriff\'s office"',
			'"2026-11-23 14:05","\'=HYPERLINK(""x"")","Left a voicemail","","","Call the sheriff\'s office"',
			'',
		]);
	});

	it('defuses a formula, a TAB or a CR at the start of any cell', () => {
		const who = ['+1+1', '-1-1', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1'];
		const rows = actionsToCsv(
			who.map((w) => ({ ...record, who: w })),
			labels,
			['When', 'Who', 'Outcome', 'Stance', 'Said', 'Script'],
		).split('\r\n');
		expect(rows.slice(1, -1).map((row) => row.split(',')[1])).toEqual([
			`"'+1+1"`,
			`"'-1-1"`,
			`"'@SUM(A1)"`,
			`"'\t=1+1"`,
			`"'\r=1+1"`,
			`"'＝1+1"`,
		]);
	});

	it('"forget" keeps each recorded call but not the official\'s name', () => {
		const storage = new MemoryStorage();
		addAction(storage, { ...record, who: 'Sheriff: Dana Lopez' });
		addAction(storage, { ...record, who: 'County board' });
		forgetNamesInActions(storage);
		expect(readActions(storage).map((r) => r.who)).toEqual(['Sheriff', 'County board']);
		expect(storage.getItem('handbook/actions')).not.toContain('Lopez');
		expect(readActions(storage)[0]).toMatchObject({ outcome: 'left-voicemail', when: record.when });
	});

	it('exports one line of text per action', () => {
		expect(actionsToText([record], labels)).toBe(
			'2026-11-23 14:05: Sheriff: Lee, "Jr.", Left a voicemail (Call the sheriff\'s office)',
		);
	});

	it('exports where the official stands and what they said, as text and CSV', () => {
		const said = {
			...record,
			stance: 'undecided' as const,
			note: '=Will read the report, "maybe"',
		};
		expect(actionsToText([said], labels)).toBe(
			`2026-11-23 14:05: Sheriff: Lee, "Jr.", Left a voicemail, Undecided (Call the sheriff's office) “=Will read the report, "maybe"”`,
		);
		const header = ['When', 'Who', 'Outcome', 'Stance', 'Said', 'Script'];
		const [, row] = actionsToCsv([said], labels, header).split('\r\n');
		expect(row).toBe(
			`"2026-11-23 14:05","Sheriff: Lee, ""Jr.""","Left a voicemail","Undecided","'=Will read the report, ""maybe""","Call the sheriff's office"`,
		);
	});

	it('"forget" drops what they said too, and keeps the stance', () => {
		const storage = new MemoryStorage();
		addAction(storage, { ...record, stance: 'opposes', note: 'Said no to Dana Lopez' });
		forgetNamesInActions(storage);
		expect(readActions(storage)[0]).toEqual({ ...record, who: 'Sheriff', stance: 'opposes' });
		expect(storage.getItem('handbook/actions')).not.toContain('Lopez');
	});

	it('loads a saved file on another phone: note and stance kept, nothing twice, unreadable entries left out', () => {
		const phoneA = new MemoryStorage();
		addAction(phoneA, { ...record, stance: 'supports', note: 'Will sign the letter' });
		addAction(phoneA, { ...record, when: '2026-11-20T09:00', outcome: 'no-answer' });
		const file = actionsToFile(readActions(phoneA));

		const phoneB = new MemoryStorage();
		addAction(phoneB, { ...record, when: '2026-11-21T10:00', outcome: 'email-sent' });
		expect(importActions(phoneB, file)).toEqual({ added: 2, alreadyHere: 0, skipped: 0 });
		expect(readActions(phoneB).map((r) => [r.when, r.outcome, r.stance, r.note])).toEqual([
			['2026-11-20T09:00', 'no-answer', undefined, undefined],
			['2026-11-21T10:00', 'email-sent', undefined, undefined],
			['2026-11-23T14:05', 'left-voicemail', 'supports', 'Will sign the letter'],
		]);
		expect(importActions(phoneB, file)).toEqual({ added: 0, alreadyHere: 2, skipped: 0 });

		const tampered = JSON.parse(file) as { actions: unknown[] };
		tampered.actions.push({ when: 'x', who: 1 }, { ...record, stance: 'maybe' });
		expect(importActions(new MemoryStorage(), JSON.stringify(tampered))).toEqual({
			added: 2,
			alreadyHere: 0,
			skipped: 2,
		});
	});

	it('refuses a file that is not a saved list, changing nothing', () => {
		const storage = new MemoryStorage();
		addAction(storage, record);
		expect(importActions(storage, '{"actions": []}')).toBeUndefined();
		expect(importActions(storage, 'not json')).toBeUndefined();
		expect(readActions(storage)).toHaveLength(1);
	});
});

describe('a link that names the county (from an agency page)', () => {
	it('fills [COUNTY] in English and [CONDADO] in Spanish, and nothing else', () => {
		expect(
			defaultsFromQuery('?state=TX&county=Collin%20County', ['[COUNTY]', '[YOUR NAME]']),
		).toEqual({ '[COUNTY]': 'Collin County' });
		expect(defaultsFromQuery('?county=Condado%20Collin', ['[CONDADO]'])).toEqual({
			'[CONDADO]': 'Condado Collin',
		});
		expect(defaultsFromQuery('?state=TX', ['[COUNTY]'])).toEqual({});
	});

	it('keeps hostile text as plain, short text: no control characters, at most 100 characters', () => {
		const value = defaultsFromQuery(
			`?county=${encodeURIComponent('\u202eevil<b>\u0007')}${'x'.repeat(200)}`,
			['[COUNTY]'],
		)['[COUNTY]']!;
		expect(value.startsWith('evil<b>x')).toBe(true);
		expect(value).toHaveLength(100);
	});
});

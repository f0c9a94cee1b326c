import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../../src/lib/client-message';
import { recordsText } from '../../../src/lib/client-text';
import {
	addBusinessDays,
	addCalendarDays,
	checkDate,
	dueDate,
	isPastDue,
} from '../../../src/lib/records-dates';
import {
	fillRecordsLetter,
	letterDay,
	recordsLawWords,
	responseTimeWords,
} from '../../../src/lib/records-letters';
import { unknownRecordsTokens } from '../../../src/schemas/records-tokens';
import {
	addRequest,
	clearRequests,
	readRequests,
	reminderCalendar,
	removeRequest,
	type TrackedRequest,
} from '../../../src/lib/records-tracker';
import { strings } from '../../../src/lib/ui-strings';

/** A Storage kept in memory, like the phone's localStorage. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value),
	};
}

describe('due dates', () => {
	it('skips Saturdays and Sundays when counting business days', () => {
		// Friday 4 December 2026: the 10th weekday after it is Friday 18 December.
		expect(addBusinessDays('2026-12-04', 10)).toBe('2026-12-18');
		expect(addBusinessDays('2026-12-04', 1)).toBe('2026-12-07');
	});

	it('starts counting on Monday for a request sent on a Saturday', () => {
		expect(addBusinessDays('2026-12-05', 1)).toBe('2026-12-07');
		expect(addBusinessDays('2026-12-05', 5)).toBe('2026-12-11');
	});

	it('counts every day for calendar days', () => {
		expect(addCalendarDays('2026-12-04', 10)).toBe('2026-12-14');
	});

	it('crosses a month end and a year end', () => {
		expect(addBusinessDays('2026-11-25', 5)).toBe('2026-12-02');
		expect(addCalendarDays('2026-11-25', 10)).toBe('2026-12-05');
		expect(addBusinessDays('2026-12-28', 5)).toBe('2027-01-04');
		expect(addCalendarDays('2028-02-25', 5)).toBe('2028-03-01');
	});

	it('gives no legal due date when the law sets no number of days', () => {
		expect(dueDate('2026-12-04', { kind: 'none' })).toBeUndefined();
		expect(dueDate('2026-12-04', { kind: 'business-days', days: 10 })).toBe('2026-12-18');
		expect(dueDate('2026-12-04', { kind: 'calendar-days', days: 10 })).toBe('2026-12-14');
	});

	it('suggests a follow-up 10 business days out when there is no deadline, marked as a suggestion', () => {
		expect(checkDate('2026-12-04', { kind: 'none' })).toEqual({
			date: '2026-12-18',
			suggested: true,
		});
		expect(checkDate('2026-12-04', { kind: 'calendar-days', days: 3 })).toEqual({
			date: '2026-12-07',
			suggested: false,
		});
	});

	it('is late only after the due day', () => {
		expect(isPastDue('2026-12-18', '2026-12-18')).toBe(false);
		expect(isPastDue('2026-12-18', '2026-12-19')).toBe(true);
	});

	it('refuses a day that does not exist', () => {
		expect(() => addCalendarDays('2026-02-31', 1)).toThrow(/YYYY-MM-DD/);
	});
});

describe('filling a records letter', () => {
	const texas = {
		stateName: 'Texas',
		lawName: 'Texas Public Information Act',
		citation: 'Texas Government Code, chapter 552',
		deadlineKind: 'business-days' as const,
		deadlineDays: 10,
	};

	it('names the law and its days in English and Spanish', () => {
		expect(recordsLawWords(texas, 'en')).toBe(
			'Texas Public Information Act (Texas Government Code, chapter 552)',
		);
		expect(responseTimeWords(texas, 'en')).toBe('within 10 business days, as the law requires');
		expect(responseTimeWords(texas, 'es')).toBe('dentro de 10 días hábiles, como lo exige la ley');
		expect(
			responseTimeWords({ ...texas, deadlineKind: 'calendar-days', deadlineDays: 1 }, 'en'),
		).toBe('within 1 calendar day, as the law requires');
	});

	it('says "the public records law of" a state not yet reviewed, with no invented deadline', () => {
		expect(recordsLawWords({ stateName: 'Ohio' }, 'en')).toBe('the public records law of Ohio');
		expect(recordsLawWords({ stateName: 'Ohio' }, 'es')).toBe(
			'la ley de registros públicos de Ohio',
		);
		expect(responseTimeWords({ stateName: 'Ohio' }, 'en')).toBe('within the time the law allows');
	});

	it('fills English and Spanish blanks and leaves a blank with no value as it is', () => {
		const text = 'To [AGENCY]: under [RECORDS LAW], from [START DATE]. [YOUR NAME]';
		expect(
			fillRecordsLetter(text, {
				agency: 'Harris County Sheriff',
				'records-law': 'the law',
				'start-date': 'January 1, 2025',
				'your-name': '  ',
			}),
		).toBe('To Harris County Sheriff: under the law, from January 1, 2025. [YOUR NAME]');
		expect(
			fillRecordsLetter('A [AGENCIA], [SU CONTACTO].', { agency: 'X', 'your-contact': 'y' }),
		).toBe('A X, y.');
	});

	it('keeps typed text as text, brackets and markup included', () => {
		expect(fillRecordsLetter('[AGENCY]', { agency: '<b>[RECORDS LAW]</b>' })).toBe(
			'<b>[RECORDS LAW]</b>',
		);
	});

	it('reports blanks no field fills', () => {
		expect(unknownRecordsTokens('[AGENCY] [AGENCY NAME] [FECHA FINAL]')).toEqual(['[AGENCY NAME]']);
	});

	it('writes dates the way a letter does in each language', () => {
		expect(letterDay('2026-12-04', 'en')).toBe('December 4, 2026');
		expect(letterDay('2026-12-04', 'es')).toBe('4 de diciembre de 2026');
	});
});

describe('the requests tracker', () => {
	const request: TrackedRequest = {
		sent: '2026-12-04',
		agency: ' Harris County Sheriff\u202E ',
		state: 'texas',
		template: 'costs-and-staffing',
		deadlineKind: 'business-days',
		deadlineDays: 10,
	};

	it('keeps requests in the order sent, agency names cleaned', () => {
		const storage = memoryStorage();
		expect(addRequest(storage, { ...request, sent: '2026-12-10' })).toBe(true);
		expect(addRequest(storage, request)).toBe(true);
		expect(readRequests(storage).map((r) => [r.sent, r.agency])).toEqual([
			['2026-12-04', 'Harris County Sheriff'],
			['2026-12-10', 'Harris County Sheriff'],
		]);
	});

	it('refuses a request with no agency or no real day, and skips unreadable entries', () => {
		const storage = memoryStorage();
		expect(addRequest(storage, { ...request, agency: '  ' })).toBe(false);
		expect(addRequest(storage, { ...request, sent: '2026-02-30' })).toBe(false);
		storage.setItem(
			'handbook/records-requests',
			JSON.stringify([{ sent: '2026-12-04' }, { ...request, agency: 'Ok' }, 'x']),
		);
		expect(readRequests(storage)).toHaveLength(1);
		storage.setItem('handbook/records-requests', '{not json');
		expect(readRequests(storage)).toEqual([]);
	});

	it('removes one request, and forgets them all', () => {
		const storage = memoryStorage();
		addRequest(storage, request);
		addRequest(storage, { ...request, sent: '2026-12-10', agency: 'Second' });
		removeRequest(storage, 0);
		expect(readRequests(storage).map((r) => r.agency)).toEqual(['Second']);
		removeRequest(storage, 5);
		expect(readRequests(storage)).toHaveLength(1);
		clearRequests(storage);
		expect(readRequests(storage)).toEqual([]);
		expect(storage.length).toBe(0);
	});

	it('writes a reminder that a calendar app reads as a whole-day event on the due day', () => {
		const ics = reminderCalendar({
			date: '2026-12-18',
			title: 'Records request due: Harris County Sheriff, Texas; costs',
			description: 'Sent 2026-12-04.\nIf no answer, send the follow-up letter.',
			key: '2026-12-04 Harris County Sheriff',
			stamp: '2026-12-04',
		});
		expect(ics.endsWith('\r\n')).toBe(true);
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
		);
		expect(event.summary).toBe('Records request due: Harris County Sheriff, Texas; costs');
		expect(event.description).toBe('Sent 2026-12-04.\nIf no answer, send the follow-up letter.');
		expect(event.startDate.toString()).toBe('2026-12-18');
		expect(event.startDate.isDate).toBe(true);
		expect(event.endDate.toString()).toBe('2026-12-19');
		expect(event.uid).toBe('records-20261218-2026-12-04-harris-county-sheriff@handbook');
	});
});

describe("the records page's text as the browser gets it", () => {
	const sent = {
		agency: 'Polk County {name} Sheriff',
		sent: 'March 2, 2026',
		title: 'The 287(g) agreement',
		law: 'the Public Records Act',
		due: 'March 16, 2026',
		name: 'Ana Díaz',
	};

	it.each(['en', 'es'] as const)(
		'%s: the follow-up letter reads word for word as the interface strings write it',
		(lang) => {
			const t = recordsText(strings[lang]);
			const source = strings[lang].records;
			const days = lang === 'en' ? '10 business days' : '10 días hábiles';
			expect(fillMessage(t.followUp, { ...sent, days })).toBe(source.followUp({ ...sent, days }));
			expect(fillMessage(t.followUpNoDays, { ...sent, days: '' })).toBe(
				source.followUp({ ...sent, days: '' }),
			);
			expect(fillMessage(t.dueLine, { due: sent.due, days })).toBe(source.dueLine(sent.due, days));
		},
	);

	it('leaves out how long the law gave when it sets no number of days', () => {
		const t = recordsText(strings.en);
		const withDays = fillMessage(t.followUp, { ...sent, days: '10 business days' });
		const without = fillMessage(t.followUpNoDays, { ...sent, days: '' });
		expect(withDays).toContain(
			'The law gives you 10 business days to answer. That time ended on March 16, 2026.',
		);
		expect(without).not.toContain('The law gives you');
		expect(without).not.toContain('March 16, 2026');
		expect(without).toContain(
			'I have not received the records or a letter that says when they will be ready.',
		);
	});

	it('keeps what the reader typed as typed, braces and all', () => {
		const letter = fillMessage(recordsText(strings.en).followUpNoDays, sent);
		expect(letter.startsWith('To the records officer of Polk County {name} Sheriff:')).toBe(true);
		expect(letter.endsWith('Thank you,\nAna Díaz')).toBe(true);
	});
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from '../../../src/lib/icalendar';

describe('renderCalendar', () => {
	const ics = renderCalendar({
		name: 'Texas: dates to know',
		stamp: '2026-11-23',
		events: [
			{
				kind: 'day',
				key: 'law:TX:sb8:comply',
				date: '2026-12-01',
				title: 'Texas: deadline to comply with Senate Bill 8 (2025)',
				description: 'Sheriffs must ask ICE; see the page.\nNot legal advice.',
				url: 'https://example.org/states/texas/',
			},
			{
				kind: 'repeating',
				key: 'meeting:commission',
				firstDate: '2027-01-05',
				start: '18:30',
				minutes: 90,
				frequency: 'monthly',
				days: ['1TU', '3TU'],
				title: 'County commission meeting',
				description: 'Public comment comes first.',
				location: 'County building, room 2; 100 Main St.',
				url: 'https://example.org/',
			},
		],
	});

	it('ends every line with CRLF and keeps lines within 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		const lines = ics.split('\r\n').slice(0, -1);
		expect(lines.every((line) => !line.includes('\n'))).toBe(true);
		expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(
			75,
		);
	});

	it('is read by a calendar parser as a whole-day event on the deadline', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const [deadline] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(deadline?.summary).toBe('Texas: deadline to comply with Senate Bill 8 (2025)');
		expect(deadline?.startDate.toString()).toBe('2026-12-01');
		expect(deadline?.startDate.isDate).toBe(true);
		expect(deadline?.description).toBe('Sheriffs must ask ICE; see the page.\nNot legal advice.');
	});

	it('repeats a meeting on the first and third Tuesday', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const meeting = new ICAL.Event(calendar.getAllSubcomponents('vevent')[1]!);
		expect(meeting.location).toBe('County building, room 2; 100 Main St.');
		const it = meeting.iterator();
		const dates = [it.next(), it.next(), it.next()].map((d) => d?.toString());
		expect(dates).toEqual(['2027-01-05T18:30:00', '2027-01-19T18:30:00', '2027-02-02T18:30:00']);
		expect(meeting.endDate.toString()).toBe('2027-01-05T20:00:00');
	});

	it('gives an event the same UID in every build, and another event another', () => {
		const uids = (text: string) => [...text.matchAll(/^UID:(\S+)$/gm)].map((m) => m[1]);
		const first = uids(ics);
		expect(first).toHaveLength(2);
		expect(new Set(first).size).toBe(2);
		const again = renderCalendar({
			name: 'other',
			stamp: '2027-01-01',
			events: [
				{
					kind: 'day',
					key: 'law:TX:sb8:comply',
					date: '2026-12-01',
					title: 't',
					description: 'd',
					url: 'u',
				},
			],
		});
		expect(uids(again)).toEqual([first[0]]);
	});
});

describe('escapeText', () => {
	it('escapes commas, semicolons, backslashes and line breaks', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});
});

describe('foldLine', () => {
	it('never splits a multi-byte character', () => {
		const folded = foldLine(`DESCRIPTION:${'á'.repeat(80)}`);
		for (const part of folded.split('\r\n ')) expect(part).not.toContain('\uFFFD');
		expect(folded.replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${'á'.repeat(80)}`);
	});
});

/**
 * The feeds (Atom) and calendars (RFC 5545) on the built site, read with independent parsers as a
 * feed reader and a phone's calendar would: every one parses, ids are unique and stable, links are
 * absolute, Spanish files speak Spanish, and Texas's SB 8 deadline is on its calendar.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from './dist';

const stateIds = readdirSync(join(distDir, 'states'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
const prefixes = ['', '/es'];
const files = (name: string) => [
	...prefixes.map((p) => `${p}/${name}`),
	...prefixes.flatMap((p) => stateIds.map((id) => `${p}/states/${id}/${name}`)),
];
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');

interface AtomEntry {
	id: string;
	title: string;
	updated: string;
	link: { '@_href': string } | { '@_href': string }[];
	summary: { '#text': string } | string;
}
interface AtomFeed {
	feed: {
		'@_xml:lang': string;
		id: string;
		title: string;
		updated: string;
		link: { '@_rel': string; '@_href': string }[];
		entry?: AtomEntry | AtomEntry[];
	};
}
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
const parseFeed = (path: string) => parser.parse(read(path)) as AtomFeed;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('feeds', () => {
	it('exist for the handbook and every state in both languages', () => {
		expect(stateIds.length).toBeGreaterThanOrEqual(51);
		for (const path of files('changes.xml'))
			expect(existsSync(join(distDir, path)), path).toBe(true);
	});

	it('are well-formed Atom with an id, title, updated date and a self link', () => {
		for (const path of files('changes.xml')) {
			expect(XMLValidator.validate(read(path)), path).toBe(true);
			const { feed } = parseFeed(path);
			expect(feed.id, path).toMatch(/^urn:uuid:/);
			expect(feed.title, path).not.toBe('');
			expect(feed.updated, path).toMatch(rfc3339);
			const self = feed.link.find((l) => l['@_rel'] === 'self')?.['@_href'];
			expect(self, path).toMatch(
				new RegExp(`^https?://[^/]+(/[^/]+)*${path.replaceAll('.', '\\.')}$`),
			);
		}
	});

	it('give each entry a unique id, an RFC 3339 date and an absolute link', () => {
		const ids = new Set<string>();
		for (const path of files('changes.xml')) {
			const entries = parseFeed(path).feed.entry ?? [];
			const inFeed = new Set<string>();
			for (const entry of entries) {
				expect(entry.id, path).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
				expect(inFeed.has(entry.id), `${path}: ${entry.id} twice`).toBe(false);
				inFeed.add(entry.id);
				ids.add(entry.id);
				expect(entry.updated, path).toMatch(rfc3339);
				const links = Array.isArray(entry.link) ? entry.link : [entry.link];
				for (const link of links) expect(link['@_href'], path).toMatch(/^https?:\/\//);
			}
		}
		expect(ids.size).toBeGreaterThan(0);
	});

	it('list Texas in the national feed with the same entry id as in its own', () => {
		const titleOf = (e: AtomEntry) => e.title;
		const national = parseFeed('/changes.xml').feed.entry ?? [];
		const texas = parseFeed('/states/texas/changes.xml').feed.entry ?? [];
		expect(texas.length).toBeGreaterThan(0);
		for (const entry of texas) {
			const twin = national.find((e) => e.id === entry.id);
			expect(twin && titleOf(twin), entry.title).toBe(entry.title);
			expect(entry.title).toMatch(/^Texas: /);
		}
	});

	it('speak Spanish under /es/', () => {
		const { feed } = parseFeed('/es/states/texas/changes.xml');
		expect(feed['@_xml:lang']).toBe('es-US');
		expect(feed.title).toBe('Texas: qué cambió');
		for (const entry of feed.entry ?? []) expect(entry.title).not.toMatch(/checked|updated|added/);
		expect(parseFeed('/states/texas/changes.xml').feed['@_xml:lang']).toBe('en-US');
	});
});

describe('calendars', () => {
	const events = (path: string) =>
		new ICAL.Component(ICAL.parse(read(path)))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));

	it('exist and parse as iCalendar, with CRLF lines of at most 75 octets', () => {
		for (const path of files('calendar.ics')) {
			const text = read(path);
			expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), path).toBe(true);
			const lines = text.split('\r\n');
			expect(
				lines.every((l) => !l.includes('\n')),
				path,
			).toBe(true);
			expect(Math.max(...lines.map((l) => Buffer.byteLength(l))), path).toBeLessThanOrEqual(75);
			const calendar = new ICAL.Component(ICAL.parse(text));
			for (const vevent of calendar.getAllSubcomponents('vevent')) {
				for (const prop of ['uid', 'dtstamp', 'dtstart', 'summary'])
					expect(vevent.hasProperty(prop), `${path}: ${prop}`).toBe(true);
			}
		}
	});

	it("put Texas's SB 8 compliance deadline, December 1, 2026, on its calendar in both languages", () => {
		const english = events('/states/texas/calendar.ics').find((e) =>
			e.summary.includes('deadline to comply with Senate Bill 8'),
		);
		expect(english?.startDate.toString()).toBe('2026-12-01');
		const spanish = events('/es/states/texas/calendar.ics').find((e) =>
			e.summary.startsWith('Texas: fecha límite para cumplir'),
		);
		expect(spanish?.startDate.toString()).toBe('2026-12-01');
	});

	it('hold every state event in the national calendar, with the same UID', () => {
		const national = new Map(events('/calendar.ics').map((e) => [e.uid, e.summary]));
		const texas = events('/states/texas/calendar.ics');
		expect(texas.length).toBeGreaterThanOrEqual(2);
		for (const event of texas) expect(national.get(event.uid)).toBe(event.summary);
	});

	it('are linked from the state page, in the page language', () => {
		const html = read('/es/states/texas/index.html');
		expect(html).toContain('href="/es/states/texas/calendar.ics"');
		expect(html).toContain('href="/es/states/texas/changes.xml"');
	});
});

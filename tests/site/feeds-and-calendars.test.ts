/**
 * The feeds (Atom) and calendars (RFC 5545) on the built site, read with independent parsers as a
 * feed reader and a phone's calendar would: every one parses, ids are unique and stable, links are
 * absolute, Spanish files speak Spanish, and Texas's SB 8 deadline is on its calendar.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DOMParser, type Element } from '@xmldom/xmldom';
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

const atom = 'http://www.w3.org/2005/Atom';

/** A feed as a feed reader sees it, parsed by xmldom, which throws on any XML error. */
function parseFeed(path: string) {
	const doc = new DOMParser({
		onError: (level, message) => {
			throw new Error(`${path}: ${level}: ${message}`);
		},
	}).parseFromString(read(path), 'application/xml');
	const root = doc.documentElement!;
	const child = (el: Element, name: string) =>
		[...el.childNodes].find(
			(n): n is Element => n.nodeType === 1 && (n as Element).localName === name,
		);
	const text = (el: Element, name: string) => child(el, name)?.textContent ?? '';
	const links = (el: Element) =>
		[...el.childNodes]
			.filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'link')
			.map((l) => ({
				rel: l.getAttribute('rel') ?? 'alternate',
				href: l.getAttribute('href') ?? '',
			}));
	return {
		namespace: root.namespaceURI,
		lang: root.getAttribute('xml:lang'),
		id: text(root, 'id'),
		title: text(root, 'title'),
		updated: text(root, 'updated'),
		links: links(root),
		entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((e) => ({
			id: text(e, 'id'),
			title: text(e, 'title'),
			updated: text(e, 'updated'),
			summary: text(e, 'summary'),
			links: links(e),
		})),
	};
}
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('feeds', () => {
	it('exist for the handbook and every state in both languages', () => {
		expect(stateIds.length).toBeGreaterThanOrEqual(51);
		for (const path of files('changes.xml'))
			expect(existsSync(join(distDir, path)), path).toBe(true);
	});

	it('are well-formed Atom with an id, title, updated date and a self link', () => {
		for (const path of files('changes.xml')) {
			const feed = parseFeed(path);
			expect(feed.namespace, path).toBe(atom);
			expect(feed.id, path).toMatch(/^urn:uuid:/);
			expect(feed.title, path).not.toBe('');
			expect(feed.updated, path).toMatch(rfc3339);
			const self = feed.links.find((l) => l.rel === 'self')?.href;
			expect(self, path).toMatch(
				new RegExp(`^https?://[^/]+(/[^/]+)*${path.replaceAll('.', '\\.')}$`),
			);
		}
	});

	it('give each entry a unique id, an RFC 3339 date and an absolute link', () => {
		const ids = new Set<string>();
		for (const path of files('changes.xml')) {
			const { entries } = parseFeed(path);
			const inFeed = new Set<string>();
			for (const entry of entries) {
				expect(entry.id, path).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
				expect(inFeed.has(entry.id), `${path}: ${entry.id} twice`).toBe(false);
				inFeed.add(entry.id);
				ids.add(entry.id);
				expect(entry.updated, path).toMatch(rfc3339);
				expect(entry.links.length, path).toBeGreaterThan(0);
				for (const link of entry.links) expect(link.href, path).toMatch(/^https?:\/\//);
			}
		}
		expect(ids.size).toBeGreaterThan(0);
	});

	it('list Texas in the national feed with the same entry id as in its own', () => {
		const national = parseFeed('/changes.xml').entries;
		const texas = parseFeed('/states/texas/changes.xml').entries;
		expect(texas.length).toBeGreaterThan(0);
		for (const entry of texas) {
			const twin = national.find((e) => e.id === entry.id);
			expect(twin?.title, entry.title).toBe(entry.title);
			expect(entry.title).toMatch(/^Texas: /);
		}
	});

	it('speak Spanish under /es/', () => {
		const feed = parseFeed('/es/states/texas/changes.xml');
		expect(feed.lang).toBe('es-US');
		expect(feed.title).toBe('Texas: qué cambió');
		expect(feed.entries.length).toBeGreaterThan(0);
		for (const entry of feed.entries) expect(entry.title).not.toMatch(/checked|updated|added/);
		expect(parseFeed('/states/texas/changes.xml').lang).toBe('en-US');
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

/**
 * Atom feeds (RFC 4287) as plain strings: `/changes.xml` and `/states/<state>/changes.xml` are
 * written with this. Every text is escaped here, so titles and summaries from content or ICE's
 * sheets stay text in any feed reader. Entry ids are `urn:uuid:` values derived from a stable key,
 * so a reader never sees the same change twice and ids survive a move of the site to another host.
 * Pure module: no Astro imports.
 */
import { createHash } from 'node:crypto';

/** One entry of a feed: one change a follower should hear about. */
export interface FeedEntry {
	/** What makes the entry unique and stable across builds, e.g. `ice:TX:added:2026-05-18:...`. */
	key: string;
	/** One line, e.g. "Texas: 3 agencies added to ICE's 287(g) list". */
	title: string;
	/** The day it happened (YYYY-MM-DD): the list's date, the review date. */
	date: string;
	/** A few sentences of plain text. */
	summary: string;
	/** Where to read more: an absolute URL. */
	link: string;
}

/** A whole feed. */
export interface Feed {
	/** Stable key for the feed's own id, e.g. `changes:en` or `changes:en:TX`. */
	key: string;
	title: string;
	/** A line under the title. */
	subtitle: string;
	/** BCP 47 language of the texts, `en` or `es`. */
	lang: string;
	/** The feed's own absolute URL. */
	self: string;
	/** The page the feed follows, absolute. */
	home: string;
	/** Newest first is not required: they are sorted here. */
	entries: readonly FeedEntry[];
}

/** Characters XML 1.0 does not allow at all; dropped rather than escaped. */
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an XML element or attribute value. */
export function escapeXml(text: string): string {
	return text
		.replace(forbiddenInXml, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/** A name-based UUID (version 5 layout, SHA-1) for a key, as an Atom id. */
export function stableId(key: string): string {
	const hex = createHash('sha1').update(`handbook:${key}`).digest('hex').slice(0, 32).split('');
	hex[12] = '5';
	hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A YYYY-MM-DD day as an RFC 3339 timestamp at noon UTC, so no time zone moves it a day. */
const atomTime = (day: string) => `${day}T12:00:00Z`;

/** The feed as an Atom XML document, entries newest first. */
export function renderAtomFeed(feed: Feed): string {
	const entries = [...feed.entries].sort(
		(a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key),
	);
	const updated = entries[0]?.date ?? '1970-01-01';
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
		`\t<id>${stableId(feed.key)}</id>`,
		`\t<title>${escapeXml(feed.title)}</title>`,
		`\t<subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
		`\t<updated>${atomTime(updated)}</updated>`,
		`\t<author><name>${escapeXml(feed.title)}</name></author>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
		...entries.flatMap((entry) => [
			'\t<entry>',
			`\t\t<id>${stableId(entry.key)}</id>`,
			`\t\t<title>${escapeXml(entry.title)}</title>`,
			`\t\t<updated>${atomTime(entry.date)}</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
			`\t\t<summary type="text">${escapeXml(entry.summary)}</summary>`,
			'\t</entry>',
		]),
		'</feed>',
	];
	return `${lines.join('\n')}\n`;
}

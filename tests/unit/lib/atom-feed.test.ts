import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtomFeed, stableId } from '../../../src/lib/atom-feed';

const feed = renderAtomFeed({
	key: 'changes:en:all',
	title: 'What changed',
	subtitle: 'Changes & corrections',
	lang: 'en-US',
	self: 'https://example.org/changes.xml',
	home: 'https://example.org/',
	entries: [
		{
			key: 'a',
			title: 'Older',
			date: '2026-01-02',
			summary: 'x',
			link: 'https://example.org/a/',
		},
		{
			key: 'b',
			title: '</title><script>alert(1)</script>',
			date: '2026-05-18',
			summary: 'Pope County & "Calcasieu" <b>',
			link: 'https://example.org/b/?x=1&y=2',
		},
	],
});

describe('renderAtomFeed', () => {
	it('writes well-formed XML whose texts read back exactly as given', () => {
		const doc = new DOMParser({
			onError: (level, message) => {
				throw new Error(`${level}: ${message}`);
			},
		}).parseFromString(feed, 'application/xml');
		const first = doc.getElementsByTagName('entry')[0]!;
		expect(first.getElementsByTagName('title')[0]?.textContent).toBe(
			'</title><script>alert(1)</script>',
		);
		expect(first.getElementsByTagName('summary')[0]?.textContent).toBe(
			'Pope County & "Calcasieu" <b>',
		);
		expect(first.getElementsByTagName('script')).toHaveLength(0);
	});

	it('puts the newest entry first and dates the feed by it', () => {
		expect(feed.indexOf('<title>Older</title>')).toBeGreaterThan(feed.indexOf('alert'));
		expect(feed).toMatch(/<feed[^>]*>\s*<id>[^<]+<\/id>[\s\S]*?<updated>2026-05-18T12:00:00Z/);
	});
});

describe('stableId', () => {
	it('is the same for the same key and differs for another', () => {
		expect(stableId('ice:TX:2026-05-18')).toBe(stableId('ice:TX:2026-05-18'));
		expect(stableId('ice:TX:2026-05-18')).not.toBe(stableId('ice:TX:2026-05-19'));
		expect(stableId('x')).toMatch(
			/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-/,
		);
	});
});

describe('escapeXml', () => {
	it('drops characters XML forbids', () => {
		expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
	});
});

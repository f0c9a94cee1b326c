import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactsAgeDays, loadEdition, loadEditionFile } from '../../../src/lib/edition';
import { findBrokenLinks } from '../../../src/lib/link-check';
import { buildHeadersFile, buildRedirectsFile } from '../../../src/lib/host-files';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

function editionFile(yaml: string): string {
	const file = join(mkdtempSync(join(tmpdir(), 'edition-')), 'test.yaml');
	writeFileSync(file, yaml);
	return file;
}

describe('edition names', () => {
	it('refuses a name that is a path, so a build never reads outside content/editions/', () => {
		for (const name of [
			'../sample',
			'../../package',
			'/etc/passwd',
			'sample/../sample',
			'Sample',
			'sample.yaml',
		])
			expect(() => loadEdition(name), name).toThrow(
				`EDITION=${name}: an edition's name is lowercase letters, digits and hyphens`,
			);
	});
});

describe('edition files', () => {
	it('loads the sample edition with its officials and defaults', () => {
		const sample = loadEdition('sample');
		expect(sample.officials['sheriff']?.[0]?.name).toBe('Pat Placeholder');
		expect(sample.defaults['[COUNTY]']).toBe('Sample');
	});

	it('names the field and the fix for a bad email and an unknown state', () => {
		const file = editionFile(
			[
				'name: Test',
				'place: { state: atlantis, county: Test County }',
				'officials: { sheriff: [{ name: A B, title: Sheriff, email: not-an-email }] }',
				'group: { name: G, contact: "555-0100" }',
				"contactsChecked: '2026-01-01'",
			].join('\n'),
		);
		expect(() => loadEditionFile(file)).toThrow(
			/officials\.sheriff\.0\.email: Write a full email address/,
		);
		const fixed = editionFile(
			[
				'name: Test',
				'place: { state: atlantis, county: Test County }',
				'group: { name: G, contact: "555-0100" }',
				"contactsChecked: '2026-01-01'",
			].join('\n'),
		);
		expect(() => loadEditionFile(fixed)).toThrow(
			/place\.state: no state "atlantis"\. Use a file name from content\/states\//,
		);
	});

	it('counts how old the contact details are', () => {
		const sample = loadEdition('sample');
		expect(contactsAgeDays({ ...sample, contactsChecked: '2026-01-01' }, '2026-07-20')).toBe(200);
	});
});

describe('a site under a base path', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	it('puts the base path in front of every kind of internal link', async () => {
		vi.stubEnv('SITE_URL', 'https://example.org/handbook/');
		vi.resetModules();
		const { paths, absoluteUrl, addBaseToLinks } = await import('../../../src/lib/paths');
		expect(paths.role('sheriff', 'asks')).toBe('/handbook/roles/sheriff/#asks');
		expect(paths.state('oregon', 'sample-county')).toBe('/handbook/states/oregon/#sample-county');
		expect(absoluteUrl('/og-image.png')).toBe('https://example.org/handbook/og-image.png');
		expect(
			addBaseToLinks(
				'<a href="/roles/sheriff/">a</a><a href="/handbook/x/">b</a><a href="//cdn.x/">c</a>',
			),
		).toBe(
			'<a href="/handbook/roles/sheriff/">a</a><a href="/handbook/x/">b</a><a href="//cdn.x/">c</a>',
		);
	});

	it('the link check reports a link that leaves the base path', () => {
		const dir = mkdtempSync(join(tmpdir(), 'base-links-'));
		for (const [path, html] of Object.entries({
			'index.html': '<a href="/roles/sheriff/">a</a><a href="/handbook/roles/sheriff/">b</a>',
			'roles/sheriff/index.html': '<h1>Sheriff</h1>',
		})) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), html);
		}
		expect(findBrokenLinks(dir, 'https://example.org/handbook/')).toEqual([
			{
				page: 'index.html',
				href: '/roles/sheriff/',
				reason: '/roles/sheriff/ is outside the base path /handbook/',
			},
		]);
	});
});

describe('files for Netlify and Cloudflare Pages', () => {
	it('sends the policy for every page under the base path, allowing the given script hashes only', () => {
		const headers = buildHeadersFile(["'sha256-AAAA'", "'sha256-BBBB'"], '/handbook/');
		expect(headers.split('\n')[0]).toBe('/handbook/*');
		expect(headers).toContain(
			"Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA' 'sha256-BBBB';",
		);
	});

	it('lists each renamed page with a permanent redirect', () => {
		expect(buildRedirectsFile({ '/a/': '/b/' })).toBe('/a/ /b/ 301\n');
	});
});

describe('edition positions and meeting dates', () => {
	const base = [
		'name: Test',
		'place: { state: oregon, county: Test County }',
		'group: { name: G, contact: "555-0100" }',
		"contactsChecked: '2026-01-01'",
	];

	it('refuses a position whose source is not a web address, naming the field', () => {
		const file = editionFile(
			[
				...base,
				'officials: { sheriff: [{ name: A B, title: Sheriff, positions: [{ on: Ending 287(g), stance: opposes, date: "2026-01-02", source: "javascript:alert(1)" }] }] }',
			].join('\n'),
		);
		expect(() => loadEditionFile(file)).toThrow(
			/officials\.sheriff\.0\.positions\.0\.source: Write the full web address, starting with https:\/\//,
		);
	});

	it('refuses a stance it does not know and a meeting day it cannot repeat on', () => {
		const file = editionFile(
			[
				...base,
				'officials: { county-commission: [{ name: A B, title: Chair, positions: [{ on: Ending 287(g), stance: maybe, date: "2026-01-02", source: "https://example.org/" }], meetingDates: { first: "2027-01-05", time: "18:00", repeats: monthly, on: [Tuesday] } }] }',
			].join('\n'),
		);
		expect(() => loadEditionFile(file)).toThrow(
			/positions\.0\.stance: Use one of: supports, opposes, undecided, no-answer/,
		);
		expect(() => loadEditionFile(file)).toThrow(/meetingDates\.on\.0: Write each day like TU/);
	});

	it('reads the sample commission meetings and position', () => {
		const chair = loadEdition('sample').officials['county-commission']?.[0];
		expect(chair?.meetingDates).toEqual({
			first: '2027-01-12',
			time: '18:00',
			minutes: 120,
			repeats: 'monthly',
			on: ['2TU', '4TU'],
		});
		expect(chair?.positions[0]?.stance).toBe('undecided');
	});
});

describe('edition dates', () => {
	it('refuses a day that does not exist, naming the file and the field', () => {
		const file = editionFile(
			[
				'name: Test',
				'place: { state: new-york, county: Test County }',
				'group: { name: G, contact: "555-0100" }',
				"contactsChecked: '2026-02-31'",
			].join('\n'),
		);
		expect(() => loadEditionFile(file)).toThrow(
			/test\.yaml: contactsChecked: This day does not exist: check the month and the day\./,
		);
	});
});

describe('edition text', () => {
	it('drops characters that would turn the text after them around', () => {
		const file = editionFile(
			[
				'name: "Sample\u202E County"',
				'place: { state: new-york, county: Test County }',
				'group: { name: G, contact: "555-0100" }',
				"contactsChecked: '2026-01-01'",
			].join('\n'),
		);
		expect(loadEditionFile(file).name).toBe('Sample County');
	});
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../src/lib/link-check';

/** Writes a tiny built site: `{ 'roles/sheriff/index.html': '<html>…' }`. */
function builtSite(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

describe('findBrokenLinks', () => {
	it('accepts links to existing pages and anchors, and ignores other sites', () => {
		const dir = builtSite({
			'index.html':
				'<a href="/roles/sheriff/#asks">a</a><a href="https://ice.gov/x">b</a><a href="mailto:x@y.z">c</a>',
			'roles/sheriff/index.html': '<h2 id="asks">Asks</h2><a href="../../">home</a>',
		});
		expect(findBrokenLinks(dir, 'https://handbook.test')).toEqual([]);
	});

	it('names the page and the link for a missing page', () => {
		const dir = builtSite({ 'index.html': '<a href="/roles/mayor/">Mayor</a>' });
		expect(findBrokenLinks(dir, 'https://handbook.test')).toEqual([
			{ page: 'index.html', href: '/roles/mayor/', reason: 'no page at /roles/mayor/' },
		]);
	});

	it('finds an anchor that is not on the target page', () => {
		const dir = builtSite({
			'index.html': '<a href="/roles/sheriff/#detainers-are-requests">point</a>',
			'roles/sheriff/index.html': '<h2 id="asks">Asks</h2>',
		});
		expect(findBrokenLinks(dir, 'https://handbook.test')[0]?.reason).toBe(
			'roles/sheriff/index.html has no element with id "detainers-are-requests"',
		);
	});

	it('treats absolute links to the site itself as internal', () => {
		const dir = builtSite({ 'index.html': '<a href="https://handbook.test/gone/">x</a>' });
		expect(findBrokenLinks(dir, 'https://handbook.test')).toHaveLength(1);
	});
});

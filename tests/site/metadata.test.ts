/** Every page carries link-preview metadata, so a pasted link shows its title and claim. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRedirectStub, meta, page, pagesInThisRun } from './dist';

/**
 * Redirect stubs and the 404 page are not shared as links; every other page is, print pages too
 * (`npm run test:quick`: its sample of pages).
 */
const shareable = pagesInThisRun().filter((path) => path !== '/404.html' && !isRedirectStub(path));
/** A printable leave-behind's canonical URL is its role page, which has the full text. */
const canonicalPathOf = (path: string) => path.replace(/print\/$/, '');

describe('link previews', () => {
	it.each(shareable)('%s has a title, description, canonical URL and image', (path) => {
		const html = page(path);
		const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
		expect(canonical).toMatch(
			new RegExp(`${canonicalPathOf(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
		);
		expect(meta(html, 'og:url')).toBe(canonical);
		expect(meta(html, 'og:title')).toBeTruthy();
		expect(meta(html, 'og:description')).toBeTruthy();
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
		expect(meta(html, 'twitter:title')).toBe(meta(html, 'og:title'));
		expect(meta(html, 'twitter:description')).toBe(meta(html, 'og:description'));
		// Spanish pages show the Spanish card, so a link shared in Spanish previews in Spanish.
		expect(meta(html, 'og:image')).toMatch(
			path.startsWith('/es/') ? /\/og-image-es\.png$/ : /\/og-image\.png$/,
		);
		expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
	});

	it('the site images exist', () => {
		expect(existsSync('dist/og-image.png')).toBe(true);
		expect(existsSync('dist/og-image-es.png')).toBe(true);
	});
});

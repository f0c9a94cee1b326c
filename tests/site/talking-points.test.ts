/** Every talking point has a canonical page at a stable URL, and old permalinks keep working. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idsIn, readCollection } from '../content/read-content';
import { meta, page } from './dist';

const points = readCollection('talking-points');
const published = readFileSync('content/published-talking-points.txt', 'utf8')
	.split('\n')
	.filter(Boolean);

describe('talking point pages', () => {
	it.each(points.map((p) => [p.data['permalink'] as string, p] as const))(
		'%s has its own page',
		(permalink, point) => {
			const html = page(`/talking-points/${permalink}/`);
			expect(html.querySelector('h1')?.text.trim()).toBe(point.data['title']);
			expect(meta(html, 'description')).toBe(point.data['claim']);
			for (const role of idsIn(point, 'roles')) {
				expect(html.querySelector(`a[href="/roles/${role}/#what-to-say"]`)).not.toBeNull();
			}
		},
	);

	it('the index groups every point by category and by official, with the objections rebuttals answer', () => {
		const html = page('/talking-points/');
		for (const point of points) {
			const links = html.querySelectorAll(`a[href="/talking-points/${point.data['permalink']}/"]`);
			expect(links.length, String(point.data['permalink'])).toBe(1 + idsIn(point, 'roles').length);
		}
		const objection = points.find((p) => p.data['objection'])!.data['objection'] as string;
		expect(html.text).toContain(objection);
	});
});

describe('published permalinks', () => {
	const live = new Set(points.map((p) => String(p.data['permalink'])));
	const aliases = new Map(
		points.flatMap((p) => idsIn(p, 'aliases').map((a) => [a, String(p.data['permalink'])])),
	);

	it('every published permalink still works, as a live page or as an alias of one', () => {
		const lost = published.filter((permalink) => !live.has(permalink) && !aliases.has(permalink));
		expect(lost, 'add these to the `aliases` of the point they were renamed to').toEqual([]);
	});

	it('every live permalink is recorded as published, so a later rename is caught', () => {
		const unrecorded = [...live].filter((permalink) => !published.includes(permalink));
		expect(unrecorded, 'add these lines to content/published-talking-points.txt').toEqual([]);
	});

	it.each([...aliases])('the old URL of %s redirects to its new page', (alias, permalink) => {
		const html = page(`/talking-points/${alias}/`);
		expect(html.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toContain(
			`/talking-points/${permalink}/`,
		);
	});
});

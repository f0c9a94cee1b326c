/**
 * Every talking point has a canonical page whose address is its file name, and every address ever
 * published keeps working: a renamed point's old name redirects to its page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idsIn, readCollection } from '../content/read-content';
import { meta, page } from './dist';

const points = readCollection('talking-points');
const published = readFileSync('content/published-talking-points.txt', 'utf8')
	.split('\n')
	.filter(Boolean);

describe('talking point pages', () => {
	it.each(points.map((p) => [p.id, p] as const))(
		'%s has its own page at its file name',
		(id, point) => {
			const html = page(`/talking-points/${id}/`);
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
			const links = html.querySelectorAll(`a[href="/talking-points/${point.id}/"]`);
			expect(links.length, point.id).toBe(1 + idsIn(point, 'roles').length);
		}
		const objection = points.find((p) => p.data['objection'])!.data['objection'] as string;
		expect(html.text).toContain(objection);
	});
});

describe('published addresses', () => {
	const live = new Set(points.map((p) => p.id));
	const aliases = new Map(points.flatMap((p) => idsIn(p, 'aliases').map((a) => [a, p.id])));

	it('every published address still works, as a live page or as an old name of one', () => {
		const lost = published.filter((id) => !live.has(id) && !aliases.has(id));
		expect(lost, 'add these to the `aliases` of the point they were renamed to').toEqual([]);
	});

	it('every live point is recorded as published, so a later rename is caught', () => {
		const unrecorded = [...live].filter((id) => !published.includes(id));
		expect(unrecorded, 'add these lines to content/published-talking-points.txt').toEqual([]);
	});

	it.each([...aliases])('the old address of %s redirects to its new page', (alias, id) => {
		const html = page(`/talking-points/${alias}/`);
		expect(html.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toContain(
			`/talking-points/${id}/`,
		);
	});
});

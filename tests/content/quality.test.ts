/**
 * Content rules, not code tests: editorial rules over the real content: every source is cited, titles are unique, link text says
 * where it goes, legal pages say they are not legal advice, and figures are dated.
 */
import { describe, expect, it } from 'vitest';
import { idsIn, readCollection } from './read-content';

const sources = readCollection('sources');
const citing = [
	...readCollection('talking-points'),
	...readCollection('model-asks'),
	...readCollection('case-studies'),
	...readCollection('roles'),
	...readCollection('docs/explainers'),
	...readCollection('docs/guides'),
	...readCollection('docs'),
];
/** Each state law, and each state's public-records law, cites its own sources. */
const stateLaws = readCollection('states').flatMap((state) =>
	[
		...((state.data['laws'] ?? []) as Record<string, unknown>[]),
		...(state.data['publicRecords']
			? [state.data['publicRecords'] as Record<string, unknown>]
			: []),
	].map((law) => ({ ...state, data: law })),
);
const pages = [
	...readCollection('docs/explainers'),
	...readCollection('docs/guides'),
	...readCollection('call-scripts'),
	...readCollection('case-studies'),
];

describe('content rule: sources', () => {
	// A source with `via` has not been read, so it may not carry a claim (src/lib/integrity.ts); it
	// stays on the Sources page as a lead, named with the toolkit it was found through.
	it('are each cited by at least one entry (directly, as the toolkit another was found through, or as an unread lead)', () => {
		const cited = new Set([
			...[...citing, ...stateLaws].flatMap((e) => idsIn(e, 'sources')),
			...sources.flatMap((s) => idsIn(s, 'via')),
			...sources.filter((s) => idsIn(s, 'via').length > 0).map((s) => s.id),
		]);
		const unused = sources.map((s) => s.id).filter((id) => !cited.has(id));
		expect(unused, 'cite these sources somewhere or delete them').toEqual([]);
	});
});

describe('content rule: titles', () => {
	it.each(['talking-points', 'model-asks', 'call-scripts', 'case-studies'])(
		'are unique among %s',
		(folder) => {
			const titles = readCollection(folder).map((e) => String(e.data['title']).toLowerCase());
			expect(titles.length).toBe(new Set(titles).size);
		},
	);
});

describe('content rule: link text', () => {
	it('names the destination instead of saying "here" or "read more"', () => {
		const vague = /\[(?:here|click here|read more|this|link|more)\]\(/i;
		const offenders = pages.filter((p) => vague.test(p.body)).map((p) => p.file);
		expect(offenders).toEqual([]);
	});

	it('uses trailing slashes on internal paths, as the site serves them', () => {
		const bad = pages.flatMap((p) =>
			[...p.body.matchAll(/\]\((\/[^)#\s]*)(?:#[^)]*)?\)/g)]
				.map((m) => m[1]!)
				.filter((path) => !path.endsWith('/'))
				.map((path) => `${p.file}: ${path}`),
		);
		expect(bad).toEqual([]);
	});
});

describe('content rule: legal pages', () => {
	it.each([
		'ice-detainers',
		'287g-agreements',
		'jail-access-and-release-notice',
		'arrest-to-deportation',
	])('the explainer %s says it is not legal advice and points to legal help', (id) => {
		const page = readCollection('docs/explainers').find((e) => e.id === id)!;
		expect(page.body).toMatch(/not legal advice/i);
		expect(page.body).toContain('/guides/know-your-rights/#find-legal-help');
	});

	it('the know-your-rights guide has the "Find legal help" section others link to', () => {
		const guide = readCollection('docs/guides').find((g) => g.id === 'know-your-rights')!;
		expect(guide.body).toMatch(/^## Find legal help$/m);
	});
});

describe('content rule: figures', () => {
	it('the 287(g) explainer takes ICE counts from the list, with its date, never typed by hand', () => {
		const page = readCollection('docs/explainers').find((e) => e.id === '287g-agreements')!;
		expect(page.body).toContain('<IceListDate />');
		expect(page.body).toContain('<IceFigure name="agreements" />');
		expect(page.body).not.toMatch(/\b832\b|July 18, 2025/);
	});

	it('no entry repeats the unsourced "65% of agencies" claim', () => {
		const all = [...citing, ...pages].map((e) => `${JSON.stringify(e.data)} ${e.body}`).join('\n');
		expect(all).not.toMatch(/65\s?%|65 percent/);
	});
});

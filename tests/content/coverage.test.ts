/**
 * Content rules, not code tests: these fail when content is missing, never when code breaks.
 * The handbook covers what its charter asks for: these counts are the floor, and each topic has its
 * entry. If one fails, write the missing entries rather than lowering the number.
 */
import { describe, expect, it } from 'vitest';
import { idsIn, readCollection } from './read-content';

const points = readCollection('talking-points');
const asks = readCollection('model-asks');
const scripts = readCollection('call-scripts');
const explainers = readCollection('docs/explainers');
const guides = readCollection('docs/guides');
const caseStudies = readCollection('case-studies');
const glossary = readCollection('glossary');
const roles = readCollection('roles').map((r) => r.id);

describe('content rule: talking points', () => {
	it('number at least 40', () => expect(points.length).toBeGreaterThanOrEqual(40));

	it('cover all six categories', () => {
		const categories = new Set(points.map((p) => p.data['category']));
		expect([...categories].sort()).toEqual([
			'civil-rights',
			'cost',
			'legal',
			'public-safety',
			'trust',
			'voluntary',
		]);
	});

	it('include at least 10 rebuttals to objections officials give', () => {
		expect(
			points.filter((p) => typeof p.data['objection'] === 'string').length,
		).toBeGreaterThanOrEqual(10);
	});

	it.each([
		['we are just following federal law', /federal law/i],
		['the grants pay for it', /grant/i],
		['it only affects criminals', /criminal/i],
		['S-Comm is mandatory anyway', /mandatory/i],
		['sanctuary policies raise crime', /sanctuary.*crime/i],
	])('answer the objection "%s"', (_, pattern) => {
		expect(points.some((p) => pattern.test(String(p.data['objection'] ?? '')))).toBe(true);
	});

	it.each(roles)('give the %s at least five points to make', (role) => {
		expect(points.filter((p) => idsIn(p, 'roles').includes(role)).length).toBeGreaterThanOrEqual(5);
	});
});

describe('content rule: model asks', () => {
	it.each(roles)('include asks for the %s', (role) => {
		expect(asks.filter((a) => a.data['role'] === role).length).toBeGreaterThanOrEqual(3);
	});

	// The policy itself is known through the Interfaith Immigration Coalition toolkit, which the asks cite.
	it('include the Santa Clara detainer-policy provisions', () => {
		const santaClara = asks.filter(
			(a) =>
				/Santa Clara/.test(String(a.data['why'])) &&
				idsIn(a, 'sources').includes('iic-secure-communities-toolkit-2011'),
		);
		expect(santaClara.length).toBeGreaterThanOrEqual(5);
	});

	it('give no two asks of one official the same place in the list', () => {
		const keys = asks.map((a) => `${a.data['role']}:${a.data['order']}`);
		expect(keys.length).toBe(new Set(keys).size);
	});
});

describe('content rule: call scripts', () => {
	it.each(roles)(
		'give the %s a phone call, a voicemail, an email and a meeting request',
		(role) => {
			const channels = scripts.filter((s) => s.data['role'] === role).map((s) => s.data['channel']);
			expect(channels).toEqual(
				expect.arrayContaining(['phone', 'voicemail', 'email', 'meeting-request']),
			);
		},
	);

	it.each(['county-commission', 'city-council'])('give the %s a public comment', (role) => {
		expect(
			scripts.some((s) => s.data['role'] === role && s.data['channel'] === 'public-comment'),
		).toBe(true);
	});
});

describe('content rule: explainers and guides', () => {
	it.each([
		'287g-agreements',
		'ice-detainers',
		'secure-communities',
		'criminal-alien-program',
		'jail-access-and-release-notice',
		'sanctuary-policies',
		'what-states-can-do',
		'what-congress-can-do',
		'municipal-id-programs',
		'unaccompanied-children',
		'arrest-to-deportation',
	])('include the explainer %s', (id) => expect(explainers.map((e) => e.id)).toContain(id));

	it.each([
		'organize-an-advocacy-meeting',
		'plan-a-campaign',
		'research-your-officials',
		'build-a-coalition',
		'before-287g-arrives',
		'go-with-someone-to-an-ice-check-in',
		'know-your-rights',
		'speak-from-faith',
	])('include the guide %s', (id) => expect(guides.map((g) => g.id)).toContain(id));

	it('give every explainer a next step: its officials, asks and talking points', () => {
		for (const explainer of explainers) {
			for (const field of ['roles', 'asks', 'talkingPoints']) {
				expect(idsIn(explainer, field).length, `${explainer.file}: ${field}`).toBeGreaterThan(0);
			}
		}
	});
});

describe('content rule: case studies and glossary', () => {
	it.each([
		'santa-clara-county',
		'cook-county',
		'washington-dc',
		'dona-ana-county',
		'san-francisco-childrens-legal-help',
		'municipal-id-cities',
		'maricopa-county',
	])('include the case study %s', (id) => expect(caseStudies.map((c) => c.id)).toContain(id));

	it('show Maricopa County as a warning', () => {
		expect(caseStudies.find((c) => c.id === 'maricopa-county')?.data['outcome']).toBe('warning');
	});

	it('define at least 25 terms, including the core ones', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(25);
		const terms = glossary.map((g) => String(g.data['term']).toLowerCase()).join(' | ');
		for (const term of [
			'287(g)',
			'detainer',
			'administrative warrant',
			'judicial warrant',
			'a-number',
		]) {
			expect(terms).toContain(term);
		}
	});
});

import { describe, expect, it } from 'vitest';
import { talkingPointSchema } from '../../../src/schemas';
import { loadValidFixture, problemsOf, without } from './fixture';

const valid = loadValidFixture('talking-point');

describe('talkingPointSchema', () => {
	it('accepts a complete talking point and keeps its date as written', () => {
		const parsed = talkingPointSchema.parse(valid);
		expect(parsed.reviewed).toBe('2026-11-23');
		expect(parsed.aliases).toEqual([]);
	});

	it('tells the author to cite a source when sources are missing', () => {
		expect(problemsOf(talkingPointSchema, without(valid, 'sources'))).toEqual([
			'sources: This field is missing: cite at least one source, like sources: [galarza-v-szalczyk-2014].',
		]);
	});

	it('rejects an empty source list', () => {
		expect(problemsOf(talkingPointSchema, { ...valid, sources: [] })).toEqual([
			'sources: Cite at least one source: add the id of a file in content/sources/, like galarza-v-szalczyk-2014.',
		]);
	});

	it('names a misspelled field instead of dropping it', () => {
		const problems = problemsOf(talkingPointSchema, {
			...without(valid, 'sources'),
			sorces: ['x'],
		});
		// The wording is Zod's own; what matters is that the misspelled key is named.
		expect(problems.some((p) => p.includes('"sorces"'))).toBe(true);
		expect(problems.some((p) => p.startsWith('sources: This field is missing'))).toBe(true);
	});

	it('asks for a missing claim by name', () => {
		expect(problemsOf(talkingPointSchema, without(valid, 'claim'))).toEqual([
			'claim: This field is missing: add it.',
		]);
	});

	it('lists the allowed categories for an unknown one', () => {
		expect(problemsOf(talkingPointSchema, { ...valid, category: 'money' })).toEqual([
			'category: Use one of: legal, cost, public-safety, civil-rights, trust, voluntary.',
		]);
	});

	it('requires an old name in aliases to be lowercase words joined by hyphens, like a file name', () => {
		expect(
			problemsOf(talkingPointSchema, { ...valid, aliases: ['Detainers_Are_Requests'] }),
		).toEqual(['aliases.0: Use lowercase words joined by hyphens, like "detainers-are-requests".']);
	});

	it('requires the review date as YYYY-MM-DD', () => {
		expect(problemsOf(talkingPointSchema, { ...valid, reviewed: '11/23/2026' })).toEqual([
			'reviewed: Write the date as YYYY-MM-DD, like 2025-07-18.',
		]);
	});

	it('keeps the claim short enough to remember', () => {
		expect(problemsOf(talkingPointSchema, { ...valid, claim: 'word '.repeat(60) })).toEqual([
			'claim: Keep this under 200 characters: split it or cut words.',
		]);
	});

	it('requires at least one role', () => {
		expect(problemsOf(talkingPointSchema, { ...valid, roles: [] })).toEqual([
			'roles: Name at least one role from content/roles/, like sheriff.',
		]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	callScriptSchema,
	caseStudySchema,
	docsExtensionSchema,
	glossarySchema,
	modelAskSchema,
	roleSchema,
	sourceSchema,
} from '../../../src/schemas';
import { loadValidFixture, problemsOf, without } from './fixture';

describe('roleSchema', () => {
	const valid = loadValidFixture('role');
	it('accepts a complete role', () => expect(problemsOf(roleSchema, valid)).toEqual([]));
	it('asks for the list of what the official controls', () => {
		expect(problemsOf(roleSchema, without(valid, 'controls'))).toEqual([
			'controls: This field is missing: add a list, one line per decision.',
		]);
	});
	it('rejects an unknown level of government, naming the field', () => {
		// The wording is Zod's own; what matters is that the field is named.
		const problems = problemsOf(roleSchema, { ...valid, level: 'village' });
		expect(problems.map((p) => p.split(':')[0])).toEqual(['level']);
	});
	it('requires sources for the facts in its text', () => {
		expect(problemsOf(roleSchema, without(valid, 'sources'))[0]).toMatch(
			/^sources: This field is missing/,
		);
	});
});

describe('sourceSchema', () => {
	const valid = loadValidFixture('source');
	it('accepts a complete source and keeps a year-only date as text', () => {
		expect(sourceSchema.parse(valid).date).toBe('2014-03-04');
		expect(sourceSchema.parse({ ...valid, date: 2014 }).date).toBe('2014');
	});
	it('explains how to write a date', () => {
		expect(problemsOf(sourceSchema, { ...valid, date: 'March 2014' })).toEqual([
			'date: Write the date as YYYY, YYYY-MM or YYYY-MM-DD, like 2014-03-04.',
		]);
	});
	it('refuses a day that does not exist', () => {
		expect(problemsOf(sourceSchema, { ...valid, date: '2014-02-30' })).toEqual([
			'date: This day does not exist: check the month and the day.',
		]);
	});
	it('lists the allowed kinds', () => {
		expect(problemsOf(sourceSchema, { ...valid, kind: 'blog' })).toEqual([
			'kind: Use one of: court-case, report, law, bill, data, toolkit, government, news.',
		]);
	});
	it('rejects an address that is not a web link', () => {
		expect(problemsOf(sourceSchema, { ...valid, url: 'ilrc.org' })).toEqual([
			'url: Give a full web address starting with https://.',
		]);
	});
});

describe('modelAskSchema', () => {
	const valid = loadValidFixture('model-ask');
	it('accepts a complete ask', () => expect(problemsOf(modelAskSchema, valid)).toEqual([]));
	it('asks for the official who decides', () => {
		expect(problemsOf(modelAskSchema, without(valid, 'role'))).toHaveLength(1);
		expect(problemsOf(modelAskSchema, without(valid, 'role'))[0]).toMatch(/^role: /);
	});
	it('requires a source', () => {
		expect(problemsOf(modelAskSchema, { ...valid, sources: [] })[0]).toMatch(
			/^sources: Cite at least one source/,
		);
	});
});

describe('callScriptSchema', () => {
	const valid = loadValidFixture('call-script');
	it('accepts a complete script frontmatter', () =>
		expect(problemsOf(callScriptSchema, valid)).toEqual([]));
	it('lists the channels for an unknown one', () => {
		expect(problemsOf(callScriptSchema, { ...valid, channel: 'fax' })).toEqual([
			'channel: Use one of: phone, voicemail, email, public-comment, meeting-request, testimony, town-hall.',
		]);
	});
	it('asks a phone script for its short version, and not an email', () => {
		expect(problemsOf(callScriptSchema, without(valid, 'shortVersion'))).toEqual([
			'shortVersion: A phone script needs a shortVersion: the same call in about 60 words. Add shortVersion: | and write it below.',
		]);
		expect(
			problemsOf(callScriptSchema, { ...without(valid, 'shortVersion'), channel: 'email' }),
		).toEqual([]);
	});
	it('keeps the short version short', () => {
		const long = Array.from({ length: 81 }, () => 'word').join(' ');
		expect(problemsOf(callScriptSchema, { ...valid, shortVersion: long })).toEqual([
			'shortVersion: Keep the short version to 80 words or fewer (about 60 is the aim).',
		]);
	});
	it('shows how to write a placeholder', () => {
		expect(
			problemsOf(callScriptSchema, {
				...valid,
				placeholders: [{ token: '{name}', fill: 'Your name' }],
			}),
		).toEqual([
			'placeholders.0.token: Write a placeholder in square brackets and capitals, like "[YOUR NAME]".',
		]);
	});
	it('requires at least one ask', () => {
		expect(problemsOf(callScriptSchema, { ...valid, asks: [] })).toEqual([
			'asks: Name at least one ask from content/model-asks/ that this script carries.',
		]);
	});
});

describe('caseStudySchema', () => {
	const valid = loadValidFixture('case-study');
	it('accepts a complete case study', () => expect(problemsOf(caseStudySchema, valid)).toEqual([]));
	it('wants a two-letter state code', () => {
		expect(problemsOf(caseStudySchema, { ...valid, state: 'California' })).toEqual([
			'state: Use the two-letter postal code, like CA.',
		]);
	});
});

describe('glossarySchema', () => {
	const valid = loadValidFixture('glossary-term');
	it('accepts a complete term', () => expect(problemsOf(glossarySchema, valid)).toEqual([]));
	it('wants a site path with slashes at both ends', () => {
		expect(problemsOf(glossarySchema, { ...valid, page: 'explainers/ice-detainers' })).toEqual([
			'page: Write a site path with slashes at both ends, like "/explainers/ice-detainers/".',
		]);
	});
});

describe('docsExtensionSchema', () => {
	it('defaults every list to empty, so guides need none of them', () => {
		expect(docsExtensionSchema.parse({ title: 'A guide' })).toEqual({
			title: 'A guide',
			roles: [],
			sources: [],
			talkingPoints: [],
			asks: [],
			otherNames: [],
		});
	});
	it('requires the review date as YYYY-MM-DD, a day that exists', () => {
		expect(problemsOf(docsExtensionSchema, { title: 'A guide', reviewed: 'last week' })).toEqual([
			'reviewed: Write the date as YYYY-MM-DD, like 2025-07-18.',
		]);
		expect(problemsOf(docsExtensionSchema, { title: 'A guide', reviewed: '2026-02-31' })).toEqual([
			'reviewed: Write the date as YYYY-MM-DD, like 2025-07-18.',
		]);
	});
	it('limits the title and each other name, so a pasted megabyte never builds', () => {
		expect(
			problemsOf(docsExtensionSchema, {
				title: 'x'.repeat(101),
				otherNames: ['S-Comm', 'y'.repeat(81)],
			}),
		).toEqual([
			'title: Keep this under 100 characters: split it or cut words.',
			'otherNames.1: Keep this under 80 characters: split it or cut words.',
		]);
	});
});

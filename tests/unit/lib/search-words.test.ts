import { describe, expect, it } from 'vitest';
import {
	fallbackStems,
	importantWords,
	rankPartialMatches,
	isReferencePage,
	rewriteQuery,
	wordsNeeded,
} from '../../../src/lib/search-words';

describe('importantWords', () => {
	it('drops question words and filler but keeps the words that name things', () => {
		expect(importantWords('can the jail keep my neighbor after bail is paid')).toEqual([
			'jail',
			'keep',
			'neighbor',
			'after',
			'bail',
			'paid',
		]);
	});

	it('keeps "no", because "no choice" is not "choice"', () => {
		expect(importantWords('what if the sheriff says he has no choice')).toEqual([
			'sheriff',
			'no',
			'choice',
		]);
	});

	it('reads "287 g", "287(g)" and "287g" as one word', () => {
		expect(importantWords('texas law 287 g')).toEqual(['texas', 'law', '287g']);
		expect(importantWords('287(g) in my county')).toEqual(['287g', 'county']);
	});

	it('drops possessives and punctuation, and repeats once', () => {
		expect(importantWords("Who runs the sheriff's jail? The jail!")).toEqual([
			'runs',
			'sheriff',
			'jail',
		]);
	});
});

describe('fallbackStems', () => {
	it('offers shorter forms of a misspelled word, never under four letters', () => {
		expect(fallbackStems('detainor')).toEqual(['detaino', 'detain', 'detai']);
		expect(fallbackStems('jail')).toEqual([]);
	});
});

describe('rankPartialMatches', () => {
	it('puts pages that match more words first, then better scores', () => {
		const ranked = rankPartialMatches([
			[
				{ id: 'a', score: 1 },
				{ id: 'b', score: 2 },
			],
			[
				{ id: 'a', score: 1 },
				{ id: 'c', score: 5 },
			],
			[
				{ id: 'a', score: 1 },
				{ id: 'b', score: 1 },
			],
		]);
		expect(ranked.map((page) => page.id)).toEqual(['a', 'b']);
	});

	it('counts a rare word for more than a common one', () => {
		const common = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, score: 1 }));
		const ranked = rankPartialMatches([common, [{ id: 'p1', score: 1 }], common.slice(50)]);
		expect(ranked[0]?.id).toBe('p1');
	});

	it('leaves out pages already shown as exact matches', () => {
		const ranked = rankPartialMatches(
			[[{ id: 'a', score: 1 }], [{ id: 'b', score: 1 }]],
			new Set(['a']),
		);
		expect(ranked.map((page) => page.id)).toEqual(['b']);
	});

	it('needs more than half the words once there are three or more', () => {
		expect([1, 2, 3, 4, 5, 6].map(wordsNeeded)).toEqual([1, 1, 2, 2, 3, 3]);
	});
});

describe('rewriteQuery', () => {
	it("searches the handbook's words for everyday ones", () => {
		expect(rewriteQuery('Email template for my Congressman')).toBe('email for my congress');
		expect(rewriteQuery('print a flyer for my commissioner')).toBe(
			'print a leave-behind for my commissioner',
		);
		expect(rewriteQuery('call my state rep')).toBe('call my state legislator');
	});

	it('matches whole words only, accented ones included', () => {
		expect(rewriteQuery('kidnapping')).toBe('kidnapping');
		expect(rewriteQuery('plantilla de correo para mi congresista', 'es')).toBe(
			'de correo para mi congreso',
		);
		expect(rewriteQuery('anotar a quién llamé', 'es')).toBe('registro de llamadas');
		expect(rewriteQuery('congresistas', 'es')).toBe('congreso');
		expect(rewriteQuery('mi vecino tiene cita con ICE', 'es')).toBe('alguien tiene cita con ice');
	});

	it('leaves a question with no everyday synonym as it is, lower-cased', () => {
		expect(rewriteQuery('Can the jail keep my neighbor?')).toBe('can the jail keep my neighbor?');
	});
});

describe('isReferencePage', () => {
	it('picks out the glossary and the list of sources, in any language and at an anchor', () => {
		const urls = ['/glossary/', '/talking-points/a/', '/es/sources/', '/glossary/#detainer'];
		expect(urls.filter(isReferencePage)).toEqual([
			'/glossary/',
			'/es/sources/',
			'/glossary/#detainer',
		]);
	});

	it('leaves a page whose address only contains the word', () => {
		expect(isReferencePage('/guides/glossary-of-terms/')).toBe(false);
		expect(isReferencePage('/sources/court-cases/')).toBe(false);
	});
});

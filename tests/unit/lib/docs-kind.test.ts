import { describe, expect, it } from 'vitest';
import { describeDocsEntry } from '../../../src/lib/docs-kind';

describe('describeDocsEntry', () => {
	it('reads an English guide and explainer', () => {
		expect(describeDocsEntry('guides/start-here')).toEqual({
			lang: 'en',
			kind: 'guide',
			englishId: 'guides/start-here',
		});
		expect(describeDocsEntry('explainers/ice-detainers').kind).toBe('explainer');
	});

	it('reads a Spanish page past its language folder', () => {
		expect(describeDocsEntry('es/explainers/ice-detainers')).toEqual({
			lang: 'es',
			kind: 'explainer',
			englishId: 'explainers/ice-detainers',
		});
		expect(describeDocsEntry('es/guides/start-here').kind).toBe('guide');
	});

	it('gives the home pages no kind', () => {
		expect(describeDocsEntry('index')).toEqual({ lang: 'en', kind: undefined, englishId: 'index' });
		expect(describeDocsEntry('es')).toEqual({ lang: 'es', kind: undefined, englishId: '' });
		expect(describeDocsEntry('es/index').englishId).toBe('index');
	});
});

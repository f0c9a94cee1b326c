import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/slug';

describe('slugify', () => {
	it('turns a county name into its anchor', () => {
		expect(slugify('St. Landry Parish')).toBe('st-landry-parish');
		expect(slugify('Doña Ana County')).toBe('dona-ana-county');
	});

	it('turns a placeholder into a key part, with no dash at either end', () => {
		expect(slugify('[BILL NUMBER]')).toBe('bill-number');
		expect(slugify('call-the-sheriff/your-name')).toBe('call-the-sheriff-your-name');
	});
});

import { describe, expect, it } from 'vitest';
import { pageSections } from '../../../src/lib/page-sections';

describe('pageSections', () => {
	const sections = pageSections([
		false,
		{ id: 'why', title: 'Why it matters' },
		{
			markdown: [
				{ depth: 2, slug: 'from-the-text', text: 'From the text' },
				{ depth: 3, slug: 'deeper', text: 'Deeper' },
			],
		},
		{ id: 'if-they-say', title: 'If they say', level: 3 },
	]);

	it('lists the sections the page shows, in order, with the body’s level-2 headings where the body goes', () => {
		expect(sections.headings).toEqual([
			{ depth: 2, slug: 'why', text: 'Why it matters' },
			{ depth: 2, slug: 'from-the-text', text: 'From the text' },
			{ depth: 3, slug: 'if-they-say', text: 'If they say' },
		]);
	});

	it('gives each section’s heading the same id and title as the table of contents', () => {
		expect(sections.get('why')).toEqual({ id: 'why', title: 'Why it matters', level: '2' });
		expect(sections.get('if-they-say').level).toBe('3');
	});

	it('refuses a section the page left out of its list', () => {
		const page = pageSections<'state-law' | 'sources'>([
			false,
			{ id: 'sources', title: 'Sources' },
		]);
		expect(() => page.get('state-law')).toThrow(/state-law/);
	});
});

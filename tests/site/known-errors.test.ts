/**
 * None of the known errors of issue 9 (an old bill number, universal "no law requires it" claims,
 * "no probable cause" as a present fact, "up for renewal soon", "ICE doesn't pay", 2014 counts as
 * today's) appears in the visible text of any built page, in those words or others. The list, with
 * why each is wrong, is tests/site/known-errors.yaml. When this fails, fix the content file behind
 * each sentence shown; do not loosen a pattern to let a wrong sentence through.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { allPagePaths, page } from './dist';

interface KnownError {
	id: string;
	why: string;
	pattern: string;
	unit?: 'sentence' | 'block';
	context?: string;
	allowIf?: string;
}

const errors = yaml.load(readFileSync('tests/site/known-errors.yaml', 'utf8')) as KnownError[];

/**
 * The visible text of a page as blocks (paragraphs, list items, cells, headings), one per line.
 * Scripts and styles are dropped; text for screen readers stays, because people hear it.
 */
function blocksOf(path: string): string[] {
	const html = page(path);
	for (const hidden of html.querySelectorAll('script, style, template')) hidden.remove();
	const body = html.querySelector('body') ?? html;
	return body.structuredText
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** Sentences of a block: split after . ! or ? when a capital letter or an opening quote follows. */
const sentencesOf = (block: string) => block.split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/);

const pages = allPagePaths().map((path) => ({ path, blocks: blocksOf(path) }));

describe('the built site', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(100);
	});

	it.each(errors.map((e) => [e.id, e] as const))('is free of the error "%s"', (_, error) => {
		const pattern = new RegExp(error.pattern, 'i');
		const context = error.context ? new RegExp(error.context, 'i') : undefined;
		const allow = error.allowIf ? new RegExp(error.allowIf, 'i') : undefined;
		const found: string[] = [];
		for (const { path, blocks } of pages) {
			for (const block of blocks) {
				if (context && !context.test(block)) continue;
				if (allow?.test(block)) continue;
				const units = error.unit === 'block' ? [block] : sentencesOf(block);
				for (const unit of units) if (pattern.test(unit)) found.push(`${path}: ${unit}`);
			}
		}
		const unique = [...new Set(found)];
		expect(unique.length, `${error.why}\nFound:\n${unique.join('\n')}\n`).toBe(0);
	});
});

describe('the patterns', () => {
	// Each pattern must catch the error in other words and let the correct, dated version through;
	// these examples pin that down, so a pattern edited later cannot silently stop matching.
	const matches = (id: string, text: string) => {
		const error = errors.find((e) => e.id === id)!;
		if (error.allowIf && new RegExp(error.allowIf, 'i').test(text)) return false;
		if (error.context && !new RegExp(error.context, 'i').test(text)) return false;
		return new RegExp(error.pattern, 'i').test(text);
	};

	it.each([
		['old-protect-act-number', 'Co-sponsor the PROTECT Immigration Act (H. R. 3451).', true],
		['no-law-requires-it', 'No law makes any agency sign a 287(g) agreement.', true],
		['no-law-requires-it', 'There is no state or federal law that requires it.', true],
		['no-law-requires-it', 'No federal law makes a sheriff sign one.', false],
		['no-law-requires-it', 'No federal law requires it, but some states do.', false],
		['breaks-no-law', 'The sheriff can say no without breaking any law.', true],
		['breaks-no-law', 'Saying no breaks no federal law.', false],
		['no-probable-cause-now', 'ICE does not need a finding of probable cause to send one.', true],
		['no-probable-cause-now', 'Detainers are issued without probable cause.', true],
		[
			'no-probable-cause-now',
			'In 2011, ICE issued holds with no finding of probable cause.',
			false,
		],
		['renewal-soon', 'Many of them come up for renewal soon.', true],
		['renewal-soon', 'Ask when the agreement comes up for renewal.', false],
		['ice-does-not-pay', 'When a hold goes wrong, ICE doesn’t pay the bill.', true],
		['ice-does-not-pay', 'ICE does not pay counties back for the extra days.', true],
		['ice-does-not-pay', 'ICE does not pay all of it back.', false],
		['ice-does-not-pay', 'ICE does not pay back the full cost.', false],
		['2014-count-as-present', 'More than 250 places limit ICE holds.', true],
		['2014-count-as-present', 'By October 2014, more than 250 places limited ICE holds.', false],
		[
			'morales-as-local-liability',
			'Morales v. Chadbourne shows that deputies can be sued by name.',
			true,
		],
		[
			'morales-as-local-liability',
			'In Morales v. Chadbourne (2015) a U.S. citizen sued the federal ICE officers who held her.',
			false,
		],
	] as const)('%s: "%s" → %s', (id, text, expected) => {
		expect(matches(id, text)).toBe(expected);
	});
});

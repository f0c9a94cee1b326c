/**
 * None of the known errors found in reviews and in issue 21 (an old bill number, universal "no law requires it" claims,
 * "no probable cause" as a present fact, "up for renewal soon", "ICE doesn't pay", 2014 counts as
 * today's) appears in the visible text of any built page, in those words or others. The list, with
 * why each is wrong, is tests/site/known-errors.yaml. When this fails, fix the content file behind
 * each sentence shown; do not loosen a pattern to let a wrong sentence through. The corrected facts
 * of issue 21 must also be on their pages, in English and Spanish.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { quickRun } from '../page-sample';
import { page, pagesInThisRun } from './dist';

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

/** Every built page; in `npm run test:quick`, one page of each layout and the changed pages. */
const pages = pagesInThisRun().map((path) => ({ path, blocks: blocksOf(path) }));

describe('the built site', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(quickRun ? 20 : 100);
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

/** Visible text of a page as one string, spaces normalized. */
const textOf = (path: string) => blocksOf(path).join(' ');

describe('content rule: the corrected state and federal law is on its page (issue 21)', () => {
	it.each([
		['/states/tennessee/', 'declared that part unconstitutional'],
		['/es/states/tennessee/', 'declaró inconstitucional esa parte'],
		['/states/georgia/', '42-1-11.5'],
		['/es/states/georgia/', '42-1-11.5'],
		['/explainers/287g-agreements/', 'Georgia makes local agencies ask ICE for one each year'],
		[
			'/es/explainers/287g-agreements/',
			'Georgia obliga a las agencias locales a pedirle uno a ICE',
		],
		['/explainers/what-congress-can-do/', 'Public Law 119-98'],
		['/es/explainers/what-congress-can-do/', 'Public Law 119-98'],
		['/states/california/', 'unless the date is public'],
		['/es/states/california/', 'salvo que la fecha sea pública'],
		['/states/illinois/', 'by January 2022'],
		['/es/states/illinois/', 'antes de enero de 2022'],
		['/explainers/ice-detainers/', 'Tenth Amendment'],
		['/es/explainers/ice-detainers/', 'Décima Enmienda'],
		['/explainers/ice-detainers/', 'Gonzalez v. ICE'],
		['/es/explainers/ice-detainers/', 'Gonzalez v. ICE'],
		['/states/texas/', 'proof of U.S. citizenship or lawful status'],
		['/es/states/texas/', 'prueba de ciudadanía o de estatus legal'],
		['/states/texas/', 'The law does not name a model'],
		['/es/states/texas/', 'La ley no fija un modelo'],
		['/states/new-jersey/', 'died unsigned in January 2026'],
		['/es/states/new-jersey/', 'murió sin firma en enero de 2026'],
		['/states/maine/', 'mid-July 2026'],
		['/es/states/maine/', 'mediados de julio de 2026'],
		['/es/explainers/ice-detainers/', 'solicitud de retención'],
	] as const)('%s says "%s"', (path, phrase) => {
		expect(textOf(path)).toContain(phrase);
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
		[
			'tennessee-felony-in-force',
			'An official who votes for one can be charged with a felony.',
			true,
		],
		[
			'tennessee-felony-in-force',
			'It made voting for one a felony, but a court declared that part unconstitutional.',
			false,
		],
		[
			'state-law-must-have-287g',
			'State law here requires local agencies, such as sheriffs, to have a 287(g) agreement.',
			true,
		],
		[
			'state-law-must-have-287g',
			'State law here requires local agencies to seek a 287(g) agreement.',
			false,
		],
		[
			'only-texas-and-florida-require-287g',
			'Florida and Texas require county jails to have one.',
			true,
		],
		[
			'only-texas-and-florida-require-287g',
			'Some states, such as Texas and Florida, require county jails to have one.',
			false,
		],
		[
			'ice-money-only-yearly-appropriations',
			'Congress decides how much money ICE gets each year.',
			true,
		],
		[
			'ice-money-only-yearly-appropriations',
			'ICE gets money in yearly appropriations bills and in reconciliation laws.',
			false,
		],
		[
			'california-release-dates-no-exception',
			'They may not give out release dates or home addresses that are not public.',
			true,
		],
		[
			'california-release-dates-no-exception',
			'They may not give ICE a release date unless the date is public.',
			false,
		],
		[
			'dhs-reimbursement-without-eligible',
			'ICE would pay back the salaries of officers trained under 287(g).',
			true,
		],
		[
			'dhs-reimbursement-without-eligible',
			'ICE would pay back the salary of each eligible officer trained under 287(g).',
			false,
		],
		['no-review-without-gonzalez', 'An ICE officer signs that warrant; no court reviews it.', true],
		['no-review-without-gonzalez', 'No one reviews the detainer.', true],
		[
			'no-review-without-gonzalez',
			'No court reviews it, but the Gonzalez settlement limits that.',
			false,
		],
		['no-review-without-gonzalez', 'No judge reviews that warrant.', false],
		['spanish-detainer-called-an-order', 'Una orden de retención es una solicitud.', true],
		['spanish-detainer-called-an-order', 'Las órdenes de retención de ICE.', true],
		[
			'spanish-detainer-called-an-order',
			'Una solicitud de retención (detainer) es un pedido.',
			false,
		],
		['spanish-detainer-called-an-order', 'También se llama: detainer, orden de retención', false],
	] as const)('%s: "%s" → %s', (id, text, expected) => {
		expect(matches(id, text)).toBe(expected);
	});
});

/**
 * The agency pages (`/agencies/<slug>/`, issue 26). Expectations come from ICE's list and the
 * content files as written, not from src/lib: every agreement on the newest list is on an agency
 * page in both languages; a known Texas sheriff shows its model, date and PDF; no page offers an
 * ask its state's law rules out, and every ask it offers carries the cautions that hold there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { isSampleBuild } from '../../src/lib/sample-build';
import { quickRun } from '../page-sample';
import { readCollection } from '../content/read-content';
import { distDir, inThisRun, page } from './dist';
import { cautionsOf, holdsIn, squash } from './state-caution-rules';

interface Row {
	state: string;
	agency: string;
	model: string;
	signed: string | null;
	moaUrl: string | null;
	addendumUrl: string | null;
}

const listFiles = readdirSync('content/ice-lists')
	.filter((f) => f.endsWith('.json'))
	.sort();
const newest = JSON.parse(readFileSync(join('content/ice-lists', listFiles.at(-1)!), 'utf8')) as {
	agreements: Row[];
};
const rowKey = (r: { state: string; agency: string; model: string }) =>
	`${r.state}|${r.agency}|${r.model}`;

/**
 * The agency pages built in one language (redirect stubs left out): slug to HTML text. Parsing all
 * 3,000 of them took most of this file's time; each check parses only what it reads.
 */
function agencyPages(prefix: string): Map<string, string> {
	const dir = join(distDir, prefix, 'agencies');
	const pages = new Map<string, string>();
	for (const slug of readdirSync(dir)) {
		const file = join(dir, slug, 'index.html');
		if (!existsSync(file)) continue;
		const html = readFileSync(file, 'utf8');
		if (!html.includes('http-equiv="refresh"')) pages.set(slug, html);
	}
	return pages;
}

/** The agreements a page lists, from its `<ul class="agreements">` parsed alone. */
function agreementsOn(html: string): string[] {
	const start = html.indexOf('<ul class="agreements"');
	if (start === -1) return [];
	return parse(html.slice(start, html.indexOf('</ul>', start) + '</ul>'.length))
		.querySelectorAll('li')
		.map((li) =>
			rowKey({
				state: li.getAttribute('data-state')!,
				agency: li.getAttribute('data-agency')!,
				model: li.getAttribute('data-model')!,
			}),
		);
}

const english = agencyPages('');
const spanish = agencyPages('/es');

describe.each([
	['English', english],
	['Spanish', spanish],
])('the %s agency pages', (_, pages) => {
	it('list every agreement on ICE’s newest list, each once', () => {
		const shown = [...pages.values()].flatMap(agreementsOn);
		// A sample build (npm run test:quick) makes a few agencies' pages: theirs, each once.
		if (isSampleBuild) {
			const listed = new Set(newest.agreements.map(rowKey));
			expect(shown.filter((key) => !listed.has(key))).toEqual([]);
			expect(new Set(shown).size).toBe(shown.length);
			expect(shown.length).toBeGreaterThan(0);
			return;
		}
		expect(shown.length).toBe(newest.agreements.length);
		expect(new Set(shown)).toEqual(new Set(newest.agreements.map(rowKey)));
	});

	it('are one per agency: no more pages than distinct agency names in a state', () => {
		const distinct = new Set(newest.agreements.map((r) => `${r.state}|${r.agency.toLowerCase()}`));
		expect(pages.size).toBeGreaterThan(0);
		expect(pages.size).toBeLessThanOrEqual(distinct.size);
	});

	it('stay out of the site’s search', () => {
		const indexed = [...pages].filter(([, html]) => html.includes('data-pagefind-body'));
		expect(indexed.map(([slug]) => slug)).toEqual([]);
	});
});

it('every English agency page has its Spanish twin', () => {
	expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
});

describe('a Texas sheriff with a signed agreement on ice.gov', () => {
	const row = newest.agreements.find(
		(r) => r.state === 'TX' && r.agency === "Collin County Sheriff's Office",
	)!;

	it('is on the list as the test expects', () => {
		expect(row).toMatchObject({ model: 'JEM', signed: '2026-01-26' });
		expect(row.moaUrl).toMatch(/^https:\/\/www\.ice\.gov\/.+\.pdf$/);
	});

	it.each([
		['/agencies/tx-collin-county-sheriffs-office/', 'Jail Enforcement Model', 'January 26, 2026'],
		[
			'/es/agencies/tx-collin-county-sheriffs-office/',
			'Jail Enforcement Model',
			'26 de enero de 2026',
		],
	])('%s shows its model, the day it was signed and the PDF', (path, model, day) => {
		const html = page(path);
		expect(html.querySelector('h1')?.text).toBe(row.agency);
		const item = html.querySelector('.agreements li[data-model="JEM"]');
		expect(squash(item?.text ?? '')).toContain(model);
		expect(squash(item?.text ?? '')).toContain(day);
		expect(item?.querySelector(`a[href="${row.moaUrl}"]`)).not.toBeNull();
		expect(html.querySelector('a[href$="/states/texas/"]')).not.toBeNull();
	});

	it('says the sheriff runs it, and is linked from the Texas page', () => {
		expect(page('/agencies/tx-collin-county-sheriffs-office/').text).toContain(
			'The sheriff runs it.',
		);
		expect(
			page('/states/texas/').querySelector('a[href="/agencies/tx-collin-county-sheriffs-office/"]'),
		).not.toBeNull();
	});
});

// Not in a sample build (npm run test:quick), which leaves that agency out.
it.skipIf(isSampleBuild)(
	'an agency ICE renamed keeps its page, and its old spelling’s address leads there',
	() => {
		// ICE listed "Dogulas County Sheriff's Office" (MO), then corrected it to "Douglas".
		const html = page('/agencies/mo-douglas-county-sheriffs-office/');
		expect(html.text).toContain("Dogulas County Sheriff's Office");
		for (const prefix of ['', '/es'])
			expect(
				readFileSync(
					join(distDir, prefix, 'agencies/mo-dogulas-county-sheriffs-office/index.html'),
					'utf8',
				),
			).toMatch(
				new RegExp(
					`http-equiv="refresh"[^>]*${prefix}/agencies/mo-douglas-county-sheriffs-office/`,
				),
			);
	},
);

describe('state law on agency pages', () => {
	const states = readCollection('states');
	const asks = readCollection('model-asks');
	const stateById = new Map(states.map((s) => [s.id, s]));

	it('no page offers an ask its state’s law rules out, and each offered ask carries its cautions', () => {
		let checked = 0;
		// Every page; in `npm run test:quick`, those in its sample.
		for (const slug of [...english.keys()].filter((s) => inThisRun(`/agencies/${s}/`))) {
			const html = page(`/agencies/${slug}/`);
			const stateId = /\/states\/([^/]+)\/$/.exec(
				html.querySelector('header a[href^="/states/"]')?.getAttribute('href') ?? '',
			)?.[1];
			const state = stateId ? stateById.get(stateId) : undefined;
			if (!state) continue;
			for (const item of html.querySelectorAll('.asks li')) {
				const ask = asks.find((a) => `ask-${a.id}` === item.id)!;
				const holding = cautionsOf(ask).filter((c) => holdsIn(c, state));
				expect(
					holding.filter((c) => c.effect === 'does-not-apply'),
					`${slug} offers ${ask.id}, which ${String(state.data['name'])} law rules out`,
				).toEqual([]);
				for (const c of holding) expect(squash(item.text), slug).toContain(squash(c.note));
				checked++;
			}
			for (const item of html.querySelectorAll('.ruled-out li')) {
				const ask = asks.find((a) => `ruled-out-${a.id}` === item.id)!;
				const blocking = cautionsOf(ask).filter(
					(c) => c.effect === 'does-not-apply' && holdsIn(c, state),
				);
				expect(blocking.length, `${slug} lists ${ask.id} as ruled out`).toBeGreaterThan(0);
				for (const c of blocking) expect(squash(item.text)).toContain(squash(c.note));
			}
		}
		expect(checked).toBeGreaterThan(quickRun ? 0 : 1000);
	});
});

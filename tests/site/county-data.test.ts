/**
 * ICE's 287(g) list on the built site: counties picked from the committed data (not from the page
 * code) are on their state pages with their agencies; the national map and its table agree with
 * counts made here from the data file; every state page says how old the list is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, inThisRun, page } from './dist';

interface Row {
	state: string;
	agency: string;
	county: string | null;
	countyFips: string | null;
	agencyType: string;
}
const newest = readdirSync('content/ice-lists')
	.filter((f) => f.endsWith('.json'))
	.sort()
	.at(-1)!;
const list = JSON.parse(readFileSync(`content/ice-lists/${newest}`, 'utf8')) as {
	asOf: string;
	agreements: Row[];
	pending: Row[];
};
const stateIds = new Map(
	readdirSync('content/states')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const data = yaml.load(readFileSync(`content/states/${f}`, 'utf8')) as { code: string };
			return [data.code, f.replace(/\.yaml$/, '')] as const;
		}),
);
/** "St. Landry Parish" → "st-landry-parish", written here independently of the site's code. */
const anchor = (name: string) =>
	name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

// The state pages below are every state's; in `npm run test:quick`, those in its sample.
describe('state pages', () => {
	const withCounty = list.agreements.filter((a) => a.countyFips !== null);
	// Every 25th agreement with a county: about 25 counties across many states.
	const picks = withCounty
		.filter((_, i) => i % 25 === 0)
		.filter((a) => inThisRun(`/states/${stateIds.get(a.state)}/`));

	it.each(picks.map((a) => [a.county!, a.state, a.agency] as const))(
		'%s (%s) is on its state page with %s',
		(county, state, agency) => {
			const html = page(`/states/${stateIds.get(state)}/`);
			const heading = html.querySelector(`h4#${anchor(county)}`);
			expect(heading?.textContent.trim()).toBe(county);
			expect(heading?.parentNode.textContent).toContain(agency);
		},
	);

	it('every state page has the 287(g) section, dated, linking to ICE, with the right count', () => {
		expect(stateIds.size).toBe(51);
		for (const [code, id] of stateIds) {
			if (!inThisRun(`/states/${id}/`)) continue;
			const html = page(`/states/${id}/`);
			expect(html.querySelector('#agreements'), id).not.toBeNull();
			const text = html.querySelector('main')!.textContent.replace(/\s+/g, ' ');
			expect(text, id).toContain("ICE's list as of");
			expect(
				html.querySelector('a[href="https://www.ice.gov/identify-and-arrest/287g"]'),
				id,
			).not.toBeNull();
			const count = list.agreements.filter((a) => a.state === code).length;
			if (count > 0)
				expect(text, id).toMatch(
					new RegExp(`ICE lists ${count.toLocaleString('en-US')} 287\\(g\\) agreements?`),
				);
			else expect(text, id).toContain('ICE lists no 287(g) agreement');
		}
	});

	it('says the copy may be out of date when the list is over 30 days old at build time', () => {
		const text = page('/states/texas/').querySelector('main')!.textContent;
		// The committed edition is from 2025; any build after a month later must warn.
		expect(text).toContain('ICE updates its list every week');
	});

	it('lists every agency with no county under its own heading, and state agencies statewide', () => {
		const noCounty = list.agreements.filter(
			(a) => a.countyFips === null && a.agencyType !== 'State Agency',
		);
		const sample = noCounty
			.filter((_, i) => i % 20 === 0)
			.filter((a) => inThisRun(`/states/${stateIds.get(a.state)}/`));
		for (const a of sample) {
			const section = page(`/states/${stateIds.get(a.state)}/`).querySelector(
				'#no-county',
			)!.parentNode;
			expect(section.textContent, a.agency).toContain(a.agency);
		}
		const statewide = list.agreements.find((a) => a.agencyType === 'State Agency')!;
		const section = page(`/states/${stateIds.get(statewide.state)}/`).querySelector(
			'#statewide',
		)!.parentNode;
		expect(section.textContent).toContain(statewide.agency);
	});
});

describe('national map', () => {
	const agreementCounties = new Set(
		list.agreements.flatMap((a) => (a.countyFips ? [a.countyFips] : [])),
	);
	const pendingOnly = new Set(
		list.pending.flatMap((p) =>
			p.countyFips && !agreementCounties.has(p.countyFips) ? [p.countyFips] : [],
		),
	);
	const svg = parse(readFileSync(`${distDir}/287g/map.svg`, 'utf8'));

	it('draws one shape per county with an agreement, and per county with only a pending request', () => {
		expect(svg.querySelectorAll('g[data-status="agreement"] path')).toHaveLength(
			agreementCounties.size,
		);
		expect(svg.querySelectorAll('g[data-status="pending"] path')).toHaveLength(pendingOnly.size);
	});

	it('has a table that lists the same counties, state by state', () => {
		const html = page('/287g/');
		const cells = (status: string) =>
			html.querySelectorAll(`#county-table td[data-counties="${status}"] a`).length;
		expect(cells('agreement')).toBe(agreementCounties.size);
		expect(cells('pending')).toBe(pendingOnly.size);
		const alt = html.querySelector('img[src="/287g/map.svg"]')!.getAttribute('alt')!;
		expect(alt).toContain(`${agreementCounties.size} counties with a 287(g) agreement`);
	});
});

/**
 * Every county whose sheriff's office is on ICE's 2026-05-18 list is shown as a county with an
 * agreement, never under "Counties with no agreement" (ICE misspelled some counties, e.g.
 * "Pop County", "Calacasieu Parish"). The list is imported from ICE's own sheet here; the county is
 * read from the agency's name by this test, independently of the importer's county column.
 */
import { describe, expect, it } from 'vitest';
import { importLists } from '../../../scripts/import-287g';
import { getCountiesOfState } from '../../../src/lib/counties';
import { getStateAgreements } from '../../../src/lib/ice-lists';
import { loadPlaces } from '../../../scripts/import-287g';

/** "St. Bernard Parish" and "Saint Bernard parish" compare equal. */
const plain = (name: string) =>
	name
		.toLowerCase()
		.replace(/\bsaint\b/g, 'st')
		.replace(/[^a-z]/g, '');

/** Agency names on ICE's list whose county is spelled otherwise by the Census (checked by hand). */
const censusName: Record<string, string> = {
	'Berrian County': 'Berrien County',
	'Metropolitan Moore County': 'Moore County',
	'Hopewell County': 'Hopewell city',
};

describe("ICE's 2026-05-18 list on state pages", { timeout: 120_000 }, () => {
	it('no county whose sheriff is on the list is shown as having no agreement', async () => {
		const { list } = await importLists(
			'tests/fixtures/ice-sheets/participatingAgencies05182026am.xlsx',
			'tests/fixtures/ice-sheets/pendingAgencies02272026am.xlsx',
			{ today: '2026-12-06' },
		);
		const states = [...loadPlaces().values()].filter((p) => !p.territory);
		const sheriffs = list.agreements.flatMap((a) => {
			const named = /^(.+? (?:County|Parish)) Sheriff/i.exec(a.agency);
			return named
				? [{ state: a.state, county: censusName[named[1]!] ?? named[1]!, agency: a.agency }]
				: [];
		});
		expect(sheriffs.length).toBeGreaterThan(900);
		const wrong: string[] = [];
		for (const sheriff of sheriffs) {
			const state = states.find((s) => s.code === sheriff.state)!;
			const county = getCountiesOfState(state.fips).find(
				(c) => plain(c.name) === plain(sheriff.county),
			);
			if (!county) {
				wrong.push(`${sheriff.state}: ${sheriff.agency}: no county "${sheriff.county}"`);
				continue;
			}
			const shown = getStateAgreements(list, state.code, state.fips);
			if (shown.none.some((c) => c.county.fips === county.fips))
				wrong.push(`${sheriff.state}: ${county.name} is shown with no agreement`);
		}
		expect(wrong).toEqual([]);
	});
});

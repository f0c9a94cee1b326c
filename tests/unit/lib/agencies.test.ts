/** Agency page addresses stay put when ICE corrects a name; old spellings redirect (issue 26). */
import { describe, expect, it } from 'vitest';
import {
	fitTitle,
	getAgencyRedirects,
	overseeingRole,
	slugForName,
	updateAgencySlugs,
	type AgencySlug,
} from '../../../src/lib/agencies';

const row = (agency: string, formerNames: string[] = [], status = 'active' as const) => ({
	state: 'MO',
	agency,
	formerNames,
	status,
});

describe('agency slugs', () => {
	it('are made from the state and the name, in plain letters', () => {
		expect(slugForName('TX', "Harris County Sheriff's Office")).toBe(
			'tx-harris-county-sheriffs-office',
		);
		expect(slugForName('FL', 'Florida Fish & Wildlife Conservation Commission')).toBe(
			'fl-florida-fish-and-wildlife-conservation-commission',
		);
		expect(slugForName('PR', 'Policía de Puerto Rico')).toBe('pr-policia-de-puerto-rico');
	});

	it('keep a renamed agency at its first address, and the new spelling’s address redirects there', () => {
		// First list: ICE misspells the name.
		const first = updateAgencySlugs([], [row("Dogulas County Sheriff's Office")]).slugs;
		expect(first.map((s) => s.slug)).toEqual(['mo-dogulas-county-sheriffs-office']);
		// A later list corrects it; the history records the old name as a former name.
		const { slugs, summary } = updateAgencySlugs(first, [
			row("Douglas County Sheriff's Office", ["Dogulas County Sheriff's Office"]),
		]);
		expect(slugs).toEqual([
			{
				slug: 'mo-dogulas-county-sheriffs-office',
				state: 'MO',
				names: ["Dogulas County Sheriff's Office", "Douglas County Sheriff's Office"],
				formerSlugs: [],
			},
		]);
		expect(summary.join('\n')).toContain('keeps /agencies/mo-dogulas-county-sheriffs-office/');
		expect(getAgencyRedirects(slugs)).toEqual({
			'/agencies/mo-douglas-county-sheriffs-office/':
				'/agencies/mo-dogulas-county-sheriffs-office/',
			'/es/agencies/mo-douglas-county-sheriffs-office/':
				'/es/agencies/mo-dogulas-county-sheriffs-office/',
		});
	});

	it('send a slug a maintainer retired to the agency’s page', () => {
		const slugs: AgencySlug[] = [
			{
				slug: 'mo-douglas-county-sheriffs-office',
				state: 'MO',
				names: ["Douglas County Sheriff's Office"],
				formerSlugs: ['mo-dogulas-county-sheriffs-office'],
			},
		];
		expect(getAgencyRedirects(slugs)['/agencies/mo-dogulas-county-sheriffs-office/']).toBe(
			'/agencies/mo-douglas-county-sheriffs-office/',
		);
		// A new import keeps the chosen slug.
		expect(updateAgencySlugs(slugs, [row("Douglas County Sheriff's Office")]).slugs).toEqual(slugs);
	});

	it('do not move a name another agency still uses on the list', () => {
		// The jail took over an agreement once listed under the sheriff, who still has one of its own.
		const first = updateAgencySlugs([], [row("Escambia County Sheriff's Office")]).slugs;
		const { slugs } = updateAgencySlugs(first, [
			row("Escambia County Sheriff's Office"),
			row('Escambia County Jail', ["Escambia County Sheriff's Office"]),
		]);
		expect(slugs.map((s) => s.slug)).toEqual([
			'mo-escambia-county-jail',
			'mo-escambia-county-sheriffs-office',
		]);
		expect(getAgencyRedirects(slugs)).toEqual({});
	});

	it('get "-2" when two different names would share one', () => {
		const { slugs } = updateAgencySlugs(
			[],
			[row('Town of X Police Department'), row('Town of X Police Department.')],
		);
		// The same name once ICE's variations are evened out: one agency, one slug.
		expect(slugs).toHaveLength(1);
		// Two names ICE's variations do not even out, whose slugs would be the same.
		const two = updateAgencySlugs([], [row("O'Brien Police"), row('OBrien Police')]).slugs;
		expect(two.map((s) => s.slug)).toEqual(['mo-obrien-police', 'mo-obrien-police-2']);
	});
});

describe('who oversees an agency', () => {
	it.each([
		["Harris County Sheriff's Office", 'County', 'sheriff'],
		['Gwinnett County Jail', 'County', 'county-commission'],
		['Alice Police Department', 'Municipality', 'city-council'],
		['Florida Highway Patrol', 'State Agency', 'state'],
	] as const)('%s (%s) answers to %s', (agency, agencyType, role) => {
		expect(overseeingRole({ agency, agencyType })).toBe(role);
	});
});

describe('an agency page title', () => {
	const titleOf = (name: string) => `${name}, Texas: 287(g)`;
	it('keeps a short name whole', () => {
		expect(fitTitle("Collin County Sheriff's Office", titleOf)).toBe(
			"Collin County Sheriff's Office, Texas: 287(g)",
		);
	});
	it('cuts a long name at a word so the title fits in 70 characters', () => {
		const title = fitTitle(
			'Texas Department of Public Safety - Criminal Investigations Division',
			titleOf,
		);
		expect(title).toBe('Texas Department of Public Safety - Criminal…, Texas: 287(g)');
		expect(title.length).toBeLessThanOrEqual(70);
	});
	it('counts "&" and apostrophes as HTML writes them (&amp;, &#39;)', () => {
		const title = fitTitle(
			'Louisiana Department of Public Safety & Corrections',
			(name) => `${name}, Louisiana: 287(g)`,
		);
		expect(title).toBe('Louisiana Department of Public Safety…, Louisiana: 287(g)');
	});
});

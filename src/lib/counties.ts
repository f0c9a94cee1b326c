/**
 * The Census Bureau's list of counties and county equivalents (parishes, boroughs, census areas,
 * independent cities), as packaged in `us-atlas` (counties-10m.json: each shape's id is its
 * five-digit FIPS code, with the Census short name). The importer joins ICE's county names to it,
 * and state pages and the national map list every county from it. Used at build and import time only.
 */
import countiesTopology from 'us-atlas/counties-10m.json' with { type: 'json' };
import { slugify } from './slug.ts';

/** One county or county equivalent. */
export interface County {
	/** Five-digit FIPS code, e.g. "48201". */
	fips: string;
	/** Two-digit state FIPS code, e.g. "48". */
	stateFips: string;
	/** The full Census name, e.g. "Harris County", "St. Landry Parish", "Hopewell city". */
	name: string;
	/** The anchor on the state page, e.g. "harris-county". */
	slug: string;
}

/**
 * Alaska's county equivalents carry different words. The Census Bureau's names for the areas in
 * us-atlas 3.0.1 (Kusilvak was Wade Hampton Census Area until 2015; Petersburg became a borough in 2013).
 */
const alaskaSuffixes: Record<string, string> = {
	'02013': 'Borough',
	'02016': 'Census Area',
	'02020': 'Municipality',
	'02050': 'Census Area',
	'02060': 'Borough',
	'02068': 'Borough',
	'02070': 'Census Area',
	'02090': 'Borough',
	'02100': 'Borough',
	'02105': 'Census Area',
	'02110': 'City and Borough',
	'02122': 'Borough',
	'02130': 'Borough',
	'02150': 'Borough',
	'02158': 'Census Area',
	'02164': 'Borough',
	'02170': 'Borough',
	'02180': 'Census Area',
	'02185': 'Borough',
	'02188': 'Borough',
	'02195': 'Borough',
	'02198': 'Census Area',
	'02220': 'City and Borough',
	'02230': 'Municipality',
	'02240': 'Census Area',
	'02261': 'Census Area',
	'02275': 'City and Borough',
	'02282': 'City and Borough',
	'02290': 'Census Area',
};

/** Independent cities outside Virginia (Virginia's all have codes 510 and up). Carson City's name already says so. */
const otherIndependentCities = new Set(['24510', '29510']);

/** The Census full name from the short name in us-atlas and the FIPS code. */
function fullCountyName(fips: string, shortName: string): string {
	const state = fips.slice(0, 2);
	if (fips === '11001') return 'District of Columbia';
	if (fips === '32510') return 'Carson City';
	if (state === '02') return `${shortName} ${alaskaSuffixes[fips] ?? 'Borough'}`;
	if (state === '22') return `${shortName} Parish`;
	if ((state === '51' && Number(fips.slice(2)) >= 510) || otherIndependentCities.has(fips))
		return `${shortName} city`;
	return `${shortName} County`;
}

interface Geometry {
	id: string;
	properties: { name: string };
}

let all: County[] | undefined;

/** Every county in the 50 states and DC (territories left out), sorted by FIPS code. */
export function getCounties(): County[] {
	all ??= (countiesTopology.objects.counties.geometries as Geometry[])
		.filter((g) => Number(g.id.slice(0, 2)) <= 56)
		.map((g) => {
			const name = fullCountyName(g.id, g.properties.name);
			return { fips: g.id, stateFips: g.id.slice(0, 2), name, slug: slugify(name) };
		})
		.sort((a, b) => a.fips.localeCompare(b.fips));
	return all;
}

/** The counties of one state (two-digit FIPS), A to Z by name. */
export function getCountiesOfState(stateFips: string): County[] {
	return getCounties()
		.filter((c) => c.stateFips === stateFips)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Compares names the way ICE varies them: case, "Saint"/"St.", stray spaces and periods. */
const comparable = (name: string) =>
	name
		.toLowerCase()
		.replace(/\bsaint\b/g, 'st')
		.replace(/[.'’]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** The county of this state whose full Census name is `name` (see `comparable`), or undefined. */
export function findCounty(stateFips: string, name: string): County | undefined {
	const wanted = comparable(name);
	return getCounties().find((c) => c.stateFips === stateFips && comparable(c.name) === wanted);
}

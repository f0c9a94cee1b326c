/**
 * What each agency page (`/agencies/<slug>/`) shows: the agency and its agreements on ICE's newest
 * list, its history, its state, the official who oversees it, and from the one join of state law
 * (`getOfficialStatePage`) the asks and scripts that fit there. The grouping is computed once per
 * language; the join once per state and official, so 3,000 pages stay cheap to build.
 */
import {
	agencySlugIndex,
	groupAgencies,
	overseeingRole,
	readAgencySlugs,
	type Agency,
} from './agencies';
import {
	getCaseStudies,
	getIceHistory,
	getIceLists,
	getOfficialStatePage,
	getStates,
} from './handbook';
import { defaultLang, type Lang } from './i18n';
import { agreementRecords } from './ice-history';
import { getCounties, type County } from './counties';
import { existsSync } from 'node:fs';

/**
 * True once the records page (`/records/`, built apart) is in the site: agency pages link it only
 * then, so the built-link check never meets a link to a page that does not exist.
 */
export const recordsPageExists = [
	'pages/[...lang]/records.astro',
	'pages/[...lang]/records/index.astro',
].some((file) => existsSync(file));

const agenciesByLang = new Map<Lang, Promise<Agency[]>>();

/** Every agency on ICE's newest list, in the list's order, each with its slug and history. */
export function getAgencies(lang: Lang = defaultLang): Promise<Agency[]> {
	let agencies = agenciesByLang.get(lang);
	if (!agencies) {
		agencies = (async () => {
			const { newest } = await getIceLists(lang);
			return groupAgencies(
				newest.data.agreements,
				agreementRecords(getIceHistory()),
				readAgencySlugs(),
			);
		})();
		agenciesByLang.set(lang, agencies);
	}
	return agencies;
}

let slugIndex: ReturnType<typeof agencySlugIndex> | undefined;

/** The slug of an agency's page from its state and the name on a list row; undefined for none. */
export function getAgencySlug(state: string, agency: string): string | undefined {
	slugIndex ??= agencySlugIndex(readAgencySlugs());
	return slugIndex(state, agency);
}

let countyByFips: Map<string, County> | undefined;

/** How many asks and scripts an agency page lists: the first that fit, to keep the page short. */
const agencyPageSize = { asks: 4, scripts: 3, caseStudies: 3 } as const;

/**
 * Everything one agency page shows. `official` is undefined in a territory (no state page, so no
 * state law to join): the page then shows the agreements and history only.
 */
export async function getAgencyPage(slug: string, lang: Lang = defaultLang) {
	const agency = (await getAgencies(lang)).find((a) => a.slug === slug);
	if (!agency) throw new Error(`No agency "${slug}" on ICE's newest list.`);
	const [{ newest }, states] = await Promise.all([getIceLists(lang), getStates(lang)]);
	const state = states.find((s) => s.data.code === agency.state);
	const roleId = overseeingRole({ agency: agency.name, agencyType: agency.agencyType });
	const official = state ? await getOfficialStatePage(state.id, roleId, lang) : undefined;
	// The county on the state page, for a link to its answer there (`/states/texas/#harris-county`).
	countyByFips ??= new Map(getCounties().map((c) => [c.fips, c]));
	const county = state && agency.countyFips ? countyByFips.get(agency.countyFips) : undefined;
	const caseStudies = official
		? official.caseStudies
		: (await getCaseStudies(lang)).filter((c) => c.data.state === agency.state);
	return {
		agency,
		county,
		asOf: newest.data.asOf,
		state,
		roleId,
		role: official?.role,
		offered: official?.offered.slice(0, agencyPageSize.asks) ?? [],
		moreAsks: Math.max(0, (official?.offered.length ?? 0) - agencyPageSize.asks),
		ruledOut: official?.ruledOut ?? [],
		scripts: official?.scripts.slice(0, agencyPageSize.scripts) ?? [],
		caseStudies: caseStudies.slice(0, agencyPageSize.caseStudies),
	};
}

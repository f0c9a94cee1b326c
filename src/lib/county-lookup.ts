/**
 * The county lookup's data (`/data/county-lookup-<lang>.json`): every state's counties with the
 * 287(g) agreements and pending requests ICE lists in each, and what to ask there under state law,
 * in one compact file. The home page's "Check your county" answers from it, offline too: the file
 * is saved on the first visit, where the 51 state pages (5 MB) are not.
 */
import { getCountyAnswer, getIceLists, getStates } from './handbook';
import { getStateAgreements } from './ice-lists';
import type { Lang } from './i18n';
import { inLang, paths, withoutBase } from './paths';

/** An agency on ICE's list: its name and the 287(g) model (TFM, WSO or JEM). */
type Agency = [agency: string, model: string];

/** One county: its name, its anchor on the state page, its agreements and its pending requests. */
type CountyRow = [name: string, slug: string, agreements: Agency[], pending: Agency[]];

/** One state in the lookup. */
export interface LookupState {
	/** Two-letter postal code, e.g. "TX". */
	code: string;
	/** The state's name in the file's language. */
	name: string;
	/** The state's page (site path with base and language). */
	page: string;
	/** What to ask in any county there under state law: title and path of each ask. */
	asks: [title: string, path: string][];
	/** The script to use there (title and path), when one fits state law. */
	script: [title: string, path: string] | null;
	/** State agencies with an agreement: they act in every county. */
	statewide: Agency[];
	/** Every county, in the Census Bureau's order. */
	counties: CountyRow[];
}

/** The whole file. */
export interface CountyLookup {
	/** The date of ICE's participating list, YYYY-MM-DD. */
	asOf: string;
	/** The date of ICE's pending list, or null. */
	pendingAsOf: string | null;
	states: LookupState[];
}

/** The site path of the lookup file in `lang`, base path included. */
export function countyLookupPath(lang: Lang): string {
	return paths.asset(`data/county-lookup-${lang}.json`);
}

/** Builds the lookup in `lang` from the newest ICE list and the state law joins. */
export async function buildCountyLookup(lang: Lang): Promise<CountyLookup> {
	const [{ newest }, states] = await Promise.all([getIceLists(lang), getStates(lang)]);
	const local = (path: string) => inLang(withoutBase(path), lang);
	const agency = (row: { agency: string; model: string }): Agency => [row.agency, row.model];
	return {
		asOf: newest.data.asOf,
		pendingAsOf: newest.data.pendingAsOf,
		states: await Promise.all(
			states.map(async (state): Promise<LookupState> => {
				const { code, fips, name } = state.data;
				const list = getStateAgreements(newest.data, code, fips);
				const answer = await getCountyAnswer(state.id, lang);
				return {
					code,
					name,
					page: local(paths.state(state.id)),
					asks: answer.asks.map((ask) => [ask.data.title, local(paths.ask(ask.id))]),
					script: answer.script
						? [answer.script.data.title, local(paths.scriptInState(answer.script.id, code))]
						: null,
					statewide: list.statewide.agreements.map(agency),
					counties: list.counties.map(({ county, agreements, pending }) => [
						county.name,
						county.slug,
						agreements.map(agency),
						pending.map(agency),
					]),
				};
			}),
		),
	};
}

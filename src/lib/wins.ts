/**
 * `/wins/`: places that ended, declined or limited 287(g) or detainer holds, from the case studies
 * (each with its year and sources) and from agreements that ended on ICE's list (gone from two
 * lists in a row). Pure builders; `getWins` in `src/lib/follow-content.ts` feeds them content.
 */
import type { winKinds } from '../schemas';
import { slugify } from './slug.ts';

/** A kind of win: one of the case-study kinds, or an agreement that left ICE's list. */
export type WinKind = (typeof winKinds)[number] | 'left-ice-list';

/** One win as `/wins/` lists it. */
export interface Win {
	/** Stable id for the list item, e.g. `case-harris-county`. */
	id: string;
	/** The place, e.g. "Harris County". */
	place: string;
	/** Postal code of the state. */
	state: string;
	/** When: a year (`2017`) or a day (`2026-03-02`). */
	when: string;
	kind: WinKind;
	/** What changed, in one sentence. */
	summary: string;
	/** Where to read more: a site path (a case study, or the state's county answer). */
	href: string;
	/** The sources: title and site path (the sources page) or address. */
	sources: readonly { title: string; href: string }[];
}

/** What the builder needs of a case study. */
export interface CaseStudyForWins {
	id: string;
	data: {
		jurisdiction: string;
		state: string;
		year: number;
		changed: string;
		outcome: 'win' | 'warning';
		winKind?: (typeof winKinds)[number] | undefined;
		sources: readonly { id: string }[];
	};
}

/** The case studies that are wins on 287(g) or detainers. */
export function winsFromCaseStudies(
	studies: readonly CaseStudyForWins[],
	sourceTitle: (id: string) => string,
): Win[] {
	return studies.flatMap((study) => {
		const { winKind, jurisdiction, state, year, changed, sources } = study.data;
		if (study.data.outcome !== 'win' || winKind === undefined) return [];
		return [
			{
				id: `case-${study.id}`,
				place: jurisdiction,
				state,
				when: String(year),
				kind: winKind,
				summary: changed,
				href: `/case-studies/${study.id}/`,
				sources: sources.map(({ id }) => ({ title: sourceTitle(id), href: `/sources/#${id}` })),
			},
		];
	});
}

/** What the builder needs to say an agreement left ICE's list. */
export interface EndedAgreementForWins {
	state: string;
	agency: string;
	model: string;
	signed: string | null;
	lastSeen: string;
	endedOn: string;
	/** The state page's path, at the county when there is one. */
	href: string;
}

/** Agreements that left ICE's list, as wins that say the list does not give a reason. */
export function winsFromEndedAgreements(
	ended: readonly EndedAgreementForWins[],
	describe: (a: EndedAgreementForWins) => string,
	source: (a: EndedAgreementForWins) => { title: string; href: string },
): Win[] {
	return ended.map((a) => ({
		id: slugify(`ice-${a.state}-${a.agency}-${a.model}`),
		place: a.agency,
		state: a.state,
		when: a.endedOn,
		kind: 'left-ice-list',
		summary: describe(a),
		href: a.href,
		sources: [source(a)],
	}));
}

/** Newest first, then by place, so the list reads the same in every build. */
export function sortWins(wins: readonly Win[]): Win[] {
	return [...wins].sort((a, b) => b.when.localeCompare(a.when) || a.place.localeCompare(b.place));
}

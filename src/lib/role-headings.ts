/**
 * The sections of a role page, in page order: one list that drives both the table of contents
 * (`buildRoleHeadings`) and the markup (`pages/[...lang]/roles/[role]/index.astro` renders
 * `getRoleSections` through `RoleSection.astro`), so the two cannot drift apart. Action comes
 * first: what the official controls, what to ask, then the scripts; the arguments and background
 * follow.
 */
import type { Lang } from './i18n';
import { stringsFor } from './ui-strings';

/** The id of a role-page section; also the id of its heading, so `#asks` links to it. */
export type RoleSectionId =
	| 'controls'
	| 'asks'
	| 'scripts'
	| 'what-to-say'
	| 'if-they-say'
	| 'influencers'
	| 'what-has-worked'
	| 'sources';

/** One section as the page shows it and the table of contents lists it. */
export interface RoleSection {
	id: RoleSectionId;
	/** 2 for a section, 3 for a part of the section before it. */
	depth: 2 | 3;
	title: string;
}

/** What a role page has in each section; only the counts matter here. */
interface RolePageSections {
	asks: readonly unknown[];
	points: readonly unknown[];
	rebuttals: readonly unknown[];
	scripts: readonly unknown[];
	caseStudies: readonly unknown[];
}

/** Every section in page order, titled in `lang`, with the test that says whether a page has it. */
const roleSections = (
	lang: Lang,
): readonly [RoleSection, (page: RolePageSections) => boolean][] => {
	const s = stringsFor(lang).ui.roleSections;
	return [
		[{ id: 'controls', depth: 2, title: s.controls }, () => true],
		[{ id: 'asks', depth: 2, title: s.asks }, (p) => p.asks.length > 0],
		[{ id: 'scripts', depth: 2, title: s.scripts }, (p) => p.scripts.length > 0],
		[
			{ id: 'what-to-say', depth: 2, title: s.say },
			(p) => p.points.length + p.rebuttals.length > 0,
		],
		[{ id: 'if-they-say', depth: 3, title: s.rebuttals }, (p) => p.rebuttals.length > 0],
		[{ id: 'influencers', depth: 2, title: s.influencers }, () => true],
		[{ id: 'what-has-worked', depth: 2, title: s.worked }, (p) => p.caseStudies.length > 0],
		[{ id: 'sources', depth: 2, title: s.sources }, () => true],
	];
};

/** The sections a role page shows: those with content, in the fixed order. */
export function getRoleSections(page: RolePageSections, lang: Lang = 'en'): RoleSection[] {
	return roleSections(lang)
		.filter(([, present]) => present(page))
		.map(([section]) => section);
}

/** Headings for `<StarlightPage headings>`, the same list as the page renders. */
export function buildRoleHeadings(page: RolePageSections, lang: Lang = 'en') {
	return getRoleSections(page, lang).map(({ id, depth, title }) => ({
		depth,
		slug: id,
		text: title,
	}));
}

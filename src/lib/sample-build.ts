/**
 * A sample build for tests (`HANDBOOK_PAGES=sample`): the test suite builds the handbook more than
 * once (the sample edition under /handbook/, copies with hostile text, a second build for the
 * offline update, builds that must fail). Those builds test what a base path, hostile text or an
 * update can break, which the generated pages share with a few of their kind; rendering all of
 * them each time cost about half of every build (and `npm run test:quick` builds one too, to stay
 * under two minutes). So a sample build makes each official's page for
 * three states only (one whose law requires 287(g), one that limits cooperation, one with no such
 * law) and the agency pages of a few agencies; every other page is built as usual. The full build
 * that `npm test` runs first builds and link-checks every page. Never set it for a site people read.
 */
/** True in a sample build: most per-state officials' pages and agency pages are left out. */
export const isSampleBuild = process.env['HANDBOOK_PAGES'] === 'sample';

/**
 * The states whose officials' pages a sample build makes (the axe sweep's states too), and those
 * named in `HANDBOOK_SAMPLE_STATES` (comma-separated ids: `npm run test:quick` names the states whose
 * content changed, so their pages are built and checked).
 */
export const sampleStates: ReadonlySet<string> = new Set([
	'texas',
	'washington',
	'pennsylvania',
	...(process.env['HANDBOOK_SAMPLE_STATES'] ?? '').split(',').filter(Boolean),
]);

/**
 * The agencies whose pages a sample build makes: a Texas sheriff (state law requires 287(g)), a
 * Florida sheriff with an addendum, a Texas city police department and a territory's agency (no
 * state page).
 */
export const sampleAgencies: ReadonlySet<string> = new Set([
	'tx-collin-county-sheriffs-office',
	'fl-alachua-county-sheriffs-office',
	'tx-alice-police-department',
	'gu-office-of-the-attorney-general',
]);

/** Whether this build makes the official's pages for `state` (always, unless a sample build). */
export const buildsStateOfficialPages = (state: string): boolean =>
	!isSampleBuild || sampleStates.has(state);

/** Whether this build makes the page of the agency `slug` (always, unless a sample build). */
export const buildsAgencyPage = (slug: string): boolean =>
	!isSampleBuild || sampleAgencies.has(slug);

/** The site path of an official's page for one state or its leave-behind; group 1 is the state. */
export const stateOfficialPagePath = /^\/(?:es\/)?states\/([^/]+)\/[^/]+\/(?:print\/)?$/;

/** The site path of an agency's page; group 1 is the agency's slug. */
export const agencyPagePath = /^\/(?:es\/)?agencies\/([^/]+)\/$/;

/**
 * In a sample build, true for a site path (without the base path, e.g. `/agencies/x/`) of a page
 * only the full build makes; the link check leaves links to those to the full build.
 */
export function leftOutOfSample(path: string): boolean {
	if (!isSampleBuild) return false;
	const official = stateOfficialPagePath.exec(path);
	if (official) return !sampleStates.has(official[1]!);
	const agency = agencyPagePath.exec(path);
	return agency !== null && !sampleAgencies.has(agency[1]!);
}

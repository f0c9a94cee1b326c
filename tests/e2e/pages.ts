/**
 * Which built pages the browser tests visit. `npm test` sweeps every page; `npm run test:quick`
 * (SMOKE=1) visits one page of each layout plus the pages whose content file changed since `main`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '../../src/lib/link-check';
import { readContentFile } from '../../src/lib/content-files';
import { changedFiles } from '../../tools/changed-files';
import { sampleAgencies, sampleStates } from '../../src/lib/sample-build';
import { distDir } from './site-paths';

/** One page of each layout. */
export const layoutSamples = [
	'/',
	'/roles/sheriff/',
	'/talking-points/detainers-are-requests/',
	'/scripts/sheriff-phone/',
	'/asks/require-warrants-for-detainers/',
	'/guides/know-your-rights/',
	'/explainers/ice-detainers/',
	'/case-studies/santa-clara-county/',
	'/states/texas/',
	'/glossary/',
	'/sources/',
	'/talking-points/',
	'/roles/sheriff/print/',
	// The Spanish edition: a translated page, untranslated ones (English text, Spanish notice), an index.
	'/es/',
	'/es/scripts/sheriff-phone/',
	'/es/roles/sheriff/',
	'/es/talking-points/detainers-are-requests/',
	'/es/states/texas/',
	'/es/talking-points/',
	'/es/roles/sheriff/print/',
	'/states/texas/sheriff/',
	'/states/texas/sheriff/print/',
	'/es/states/texas/sheriff/',
	'/agencies/tx-collin-county-sheriffs-office/',
	'/es/agencies/tx-alice-police-department/',
];

/**
 * An official's page for one state, and its leave-behind: 1,020 pages built from the same few
 * components with different lists. Sweeping all of them with axe would add several minutes to
 * `npm test`; every role in three states whose law differs (one that requires 287(g), one that
 * limits cooperation, one with no such law), in both languages, with their leave-behinds, covers
 * every kind of list those pages can show (offered, ruled out, cautions, no scripts).
 */
const statePagePattern = /^\/(?:es\/)?states\/([^/]+)\/[^/]+\/(?:print\/)?$/;
const sweptStates = sampleStates;

/**
 * The 51 state pages come from one template with each state's law and county list; the sweep
 * visits states that show every kind of content: a state whose law requires 287(g) (Texas,
 * Florida, Georgia), one that limits cooperation (Washington, California), one with no such law
 * (Pennsylvania), one whose law is not yet reviewed (Alaska), one whose public-records law is not
 * yet reviewed (Colorado), and two with no agency on ICE's list (District of Columbia, Vermont).
 * Their Spanish twins are the same template (see `layoutSamples`).
 */
const statePage = /^\/states\/([^/]+)\/$/;
const sweptStatePages = new Set([
	'texas',
	'florida',
	'georgia',
	'washington',
	'california',
	'pennsylvania',
	'alaska',
	'colorado',
	'district-of-columbia',
	'vermont',
]);

/** True for an official's page for one state or its leave-behind (saved offline only when read). */
export function isStateOfficialPage(path: string): boolean {
	return statePagePattern.test(path);
}

/**
 * Spanish pages drawn from YAML (talking points, asks, roles, states, glossary, sources, indexes)
 * are the English page's template with translated text: the same elements in the same order (the
 * site tests compare each Spanish page with its English twin). The full sweep checks them through
 * `layoutSamples`. Spanish pages written by hand in MDX (scripts, guides, explainers, case studies)
 * can differ from their twin, so every one of them is swept.
 */
const spanishWrittenPage = /^\/es\/(?:scripts|guides|explainers|case-studies)\/[^/]+\/$/;

/**
 * One page per agency on ICE's list: about 3,100 pages from one template. The sweep visits the
 * agencies a sample build makes (src/lib/sample-build.ts): a Texas sheriff, a Florida sheriff with
 * an addendum, a Texas city police department and a territory's agency, in both languages.
 */
const agencyPagePattern = /^\/(?:es\/)?agencies\/([^/]+)\/$/;
const sweptAgencies = sampleAgencies;

/** True for an agency's page (saved offline only when read). */
export function isAgencyPage(path: string): boolean {
	return agencyPagePattern.test(path);
}

/**
 * True for a page the full sweep visits: every English page (but the state pages, per-state
 * officials' and agencies' pages outside their samples), and the Spanish pages written by hand.
 */
function inSweep(path: string): boolean {
	const agency = agencyPagePattern.exec(path);
	if (agency) return sweptAgencies.has(agency[1]!);
	const match = statePagePattern.exec(path);
	if (match !== null) return sweptStates.has(match[1]!);
	const state = statePage.exec(path);
	if (state !== null) return sweptStatePages.has(state[1]!);
	return !path.startsWith('/es/') || spanishWrittenPage.test(path);
}

/** Every page a reader can land on: redirect stubs left out. */
export function allPages(): string[] {
	return listHtmlFiles(distDir)
		.filter((file) => !readFileSync(join(distDir, file), 'utf8').includes('http-equiv="refresh"'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** The site paths a content file is shown at, from its folder and name; translations under /es/. */
function pagesOf(file: string): string[] {
	const spanish = /^content\/(?:docs\/es|[^/]+\/es)\//.test(file);
	if (spanish)
		return pagesOf(
			file.replace(/^content\/docs\/es\//, 'content/docs/').replace(/\/es\//, '/'),
		).map((path) => `/es${path}`);
	const match = /^content\/(.+)\/([^/]+)\.(ya?ml|mdx?)$/.exec(file);
	if (!match && file === 'content/docs/index.mdx') return ['/'];
	if (!match) return [];
	const [, folder, id] = match;
	switch (folder) {
		case 'talking-points': {
			const permalink = existsSync(file) ? readContentFile(file).data['permalink'] : undefined;
			return [`/talking-points/${String(permalink ?? id)}/`];
		}
		case 'roles':
			return [`/roles/${id}/`, `/roles/${id}/print/`];
		case 'call-scripts':
			return [`/scripts/${id}/`];
		case 'model-asks':
			return [`/asks/${id}/`];
		case 'case-studies':
			return [`/case-studies/${id}/`];
		case 'states':
			return [`/states/${id}/`, `/states/${id}/sheriff/`, `/states/${id}/sheriff/print/`];
		case 'glossary':
			return ['/glossary/'];
		case 'sources':
			return ['/sources/'];
		case 'docs/guides':
		case 'docs/explainers':
			return [`/${folder.slice('docs/'.length)}/${id}/`];
		default:
			return [];
	}
}

/** The pages the per-page checks visit in this run. */
export function pagesToCheck(): string[] {
	const all = allPages();
	if (!process.env['SMOKE'])
		return [...new Set([...layoutSamples, ...all.filter(inSweep)])].filter((path) =>
			all.includes(path),
		);
	const built = new Set(all);
	const changed = changedFiles().flatMap(pagesOf);
	return [...new Set([...layoutSamples, ...changed])].filter((path) => built.has(path));
}

/**
 * Which built pages the browser tests visit. `npm test` sweeps every page; `npm run test:quick`
 * (SMOKE=1) visits one page of each layout plus the pages whose content file changed since `main`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '../../src/lib/link-check';
import { layoutSamples, quickRun, samplePages } from '../page-sample';
import {
	agencyPagePath,
	sampleAgencies,
	sampleStates,
	stateOfficialPagePath,
} from '../../src/lib/sample-build';
import { distDir } from './site-paths';

/** One page of each layout (tests/page-sample.ts, shared with the site tests). */
export { layoutSamples };

/**
 * True for an official's page for one state, or its leave-behind: 1,020 pages built from the same few
 * components with different lists. Sweeping all of them with axe would add several minutes to
 * `npm test`; every role in three states whose law differs (one that requires 287(g), one that
 * limits cooperation, one with no such law), in both languages, with their leave-behinds, covers
 * every kind of list those pages can show (offered, ruled out, cautions, no scripts): the states
 * a sample build makes them for (src/lib/sample-build.ts). Saved offline only when read.
 */
export function isStateOfficialPage(path: string): boolean {
	return stateOfficialPagePath.test(path);
}

/**
 * The 51 state pages come from one template with each state's law and county list; the sweep
 * visits states that show every kind of content: a state whose law requires 287(g) (Texas,
 * Florida, Georgia), one that limits cooperation (Washington, California), one with no such law
 * (Pennsylvania), one whose law is not yet reviewed (Alaska), Colorado (first chosen when its
 * public-records law was not yet reviewed; every state's now is, and the "not yet reviewed" text is
 * tested in tests/unit/lib/records.test.ts), and two with no agency on ICE's list (District of
 * Columbia, Vermont).
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
 * True for an agency's page (saved offline only when read).
 */
export function isAgencyPage(path: string): boolean {
	return agencyPagePath.test(path);
}

/**
 * True for a page the full sweep visits: every English page (but the state pages, per-state
 * officials' and agencies' pages outside their samples), and the Spanish pages written by hand.
 */
function inSweep(path: string): boolean {
	const agency = agencyPagePath.exec(path);
	if (agency) return sampleAgencies.has(agency[1]!);
	const match = stateOfficialPagePath.exec(path);
	if (match !== null) return sampleStates.has(match[1]!);
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

/** The pages the per-page checks visit in this run: the sweep, or the quick run's sample. */
export function pagesToCheck(): string[] {
	if (quickRun) return samplePages(distDir);
	const all = allPages();
	return [...new Set([...layoutSamples, ...all.filter(inSweep)])].filter((path) =>
		all.includes(path),
	);
}

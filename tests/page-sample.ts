/**
 * The pages `npm run test:quick` (SMOKE=1) checks instead of every built page: one page of each
 * layout plus the pages whose content file changed since `main`. One list for both the browser
 * smoke tests (tests/e2e/pages.ts) and the per-page checks over the built site (tests/site/dist.ts);
 * `npm test` checks every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedFiles } from '../tools/changed-files';

/** True in `npm run test:quick`, which sets SMOKE=1 (scripts/test.ts). */
export const quickRun = Boolean(process.env['SMOKE']);

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
	// A state whose law requires 287(g) and rules asks out, at half the size of Texas's page (the
	// largest, which the full sweep visits): axe and the HTML check on it were a tenth of the quick run.
	'/states/georgia/',
	'/glossary/',
	'/sources/',
	'/talking-points/',
	'/roles/sheriff/print/',
	// The Spanish edition: a translated page, untranslated ones (English text, Spanish notice), an index.
	'/es/',
	'/es/scripts/sheriff-phone/',
	'/es/roles/sheriff/',
	'/es/talking-points/detainers-are-requests/',
	'/es/states/georgia/',
	'/es/talking-points/',
	'/es/roles/sheriff/print/',
	'/states/texas/sheriff/',
	'/states/texas/sheriff/print/',
	'/es/states/texas/sheriff/',
	'/agencies/tx-collin-county-sheriffs-office/',
	'/es/agencies/tx-alice-police-department/',
];

/** The site paths a content file is shown at, from its folder and name; translations under /es/. */
export function pagesOf(file: string): string[] {
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
		case 'talking-points':
			return [`/talking-points/${id}/`];
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

/** True for a site path built in `distDir` as a page a reader can land on (not a redirect stub). */
function isBuiltPage(distDir: string, path: string): boolean {
	const file = join(distDir, path, 'index.html');
	return existsSync(file) && !readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

/**
 * The sample in the site built in `distDir`: the layout samples and the pages of the content files
 * changed since `main`, those built, in that order. Reads only these pages, not the whole site.
 */
export function samplePages(distDir: string): string[] {
	const changed = changedFiles().flatMap(pagesOf);
	return [...new Set([...layoutSamples, ...changed])].filter((path) => isBuiltPage(distDir, path));
}

/** The built site can be saved for offline use and its search filters cannot leak into excerpts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/lib/link-check';
import { distDir, page, pagesInThisRun } from './dist';

/** The lists the build wrote into the service worker (see src/integrations/service-worker.js). */
const build = JSON.parse(
	/const build = (\{.*\});/.exec(readFileSync(join(distDir, 'sw.js'), 'utf8'))?.[1] ?? '{}',
) as {
	shell?: Record<string, string>;
	shellByLang?: Record<string, Record<string, string>>;
	pages?: Record<string, string>;
	whenRead?: Record<string, string>;
};
/** What a first visit in `lang` saves. */
const firstVisit = (lang: string) => ({ ...build.shell, ...build.shellByLang?.[lang] });
const savable = new Set([
	...Object.keys(firstVisit('en')),
	...Object.keys(firstVisit('es')),
	...Object.keys(build.pages ?? {}),
	...Object.keys(build.whenRead ?? {}),
]);

// Behaviour (what works offline, updates) is tested in the browser: tests/e2e/offline.spec.ts.
describe('the service worker', () => {
	it('can save every page: each by "Save the whole handbook" or, for an official in one state, when read', () => {
		const missing = listHtmlFiles(distDir)
			.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
			.filter((path) => !savable.has(path));
		expect(missing).toEqual([]);
	});

	// Pagefind names a language's files `…/es_….pf_index`, `pagefind.es_….pf_meta`, `wasm.es.pagefind`.
	const otherLanguage = { en: /(^|[/.])es[._]/, es: /(^|[/.])en[._]/ };
	it.each(Object.entries(otherLanguage))(
		'a first visit in %s saves the whole search bundle for its language, and none of the other',
		(lang, other) => {
			const bundle = readdirSync(join(distDir, 'pagefind'), {
				recursive: true,
				encoding: 'utf8',
			}).filter((f) => /\.\w+$/.test(f));
			const saved = firstVisit(lang);
			expect(bundle.filter((f) => !other.test(f) && !(`/pagefind/${f}` in saved))).toEqual([]);
			expect(bundle.filter((f) => other.test(f) && `/pagefind/${f}` in saved)).toEqual([]);
		},
	);

	it('leaves each official’s page for one state out of the first visit and of "save all"', () => {
		expect(build.whenRead).toHaveProperty(['/states/texas/sheriff/']);
		expect(build.whenRead).toHaveProperty(['/es/states/texas/sheriff/print/']);
		expect(firstVisit('en')).not.toHaveProperty(['/states/texas/sheriff/']);
		expect(build.pages).not.toHaveProperty(['/states/texas/sheriff/']);
	});

	it.each(['en', 'es'])(
		'a first visit in %s holds what a volunteer needs with no signal, and the county lookup instead of the state pages',
		(lang) => {
			const l = lang === 'en' ? '' : `/${lang}`;
			const saved = firstVisit(lang);
			for (const path of [
				'/',
				'/roles/sheriff/',
				'/roles/sheriff/print/',
				'/scripts/sheriff-phone/',
				'/talking-points/',
				'/talking-points/detainers-are-requests/',
				'/meeting-kit/',
				'/my-actions/',
			])
				expect(saved, `${l}${path}`).toHaveProperty([`${l}${path}`]);
			expect(saved).toHaveProperty([`/data/county-lookup-${lang}.json`]);
			// The 51 state pages are saved when read, or by "Save the whole handbook".
			expect(saved).not.toHaveProperty([`${l}/states/texas/`]);
			expect(build.pages).toHaveProperty([`${l}/states/texas/`]);
		},
	);

	it.each(['en', 'es'])('a first visit in %s downloads at most 3 MiB (gzip)', (lang) => {
		const bytes = Object.keys(firstVisit(lang))
			.map((path) => join(distDir, path.endsWith('/') ? `${path}index.html` : path))
			.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
		expect(bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
	});

	it('saves the officials’ pages of the first visit’s language only', () => {
		expect(firstVisit('en')).toHaveProperty(['/roles/sheriff/']);
		expect(firstVisit('en')).not.toHaveProperty(['/es/roles/sheriff/']);
		expect(firstVisit('es')).toHaveProperty(['/es/roles/sheriff/']);
		expect(firstVisit('es')).not.toHaveProperty(['/roles/sheriff/']);
	});

	it('is linked from every page with the app manifest', () => {
		expect(page('/').querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
			'/manifest.webmanifest',
		);
		const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
			icons: { src: string }[];
		};
		for (const icon of manifest.icons)
			expect(readdirSync(join(distDir, 'icons')).concat('favicon.svg')).toContain(
				icon.src.split('/').pop(),
			);
	});
});

describe('search filters', () => {
	it('are empty elements on every page, so their text never enters the index', () => {
		for (const path of pagesInThisRun()) {
			// Parsing only pages that have a filter keeps this quick over 4,600 pages.
			const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
			if (!readFileSync(file, 'utf8').includes('data-pagefind-filter')) continue;
			for (const filter of page(path).querySelectorAll('[data-pagefind-filter]')) {
				expect(filter.text, `${path}: ${filter.getAttribute('data-pagefind-filter')}`).toBe('');
			}
		}
	});
});

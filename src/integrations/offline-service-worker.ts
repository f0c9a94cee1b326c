/**
 * Writes `dist/sw.js` from src/integrations/service-worker.js: the shell (styles, scripts, fonts,
 * icons, home and 404 pages), what a volunteer needs with no signal (see `shellPatterns`) and the
 * Pagefind search bundle are saved on the first visit, in the language of the first page (which registers `sw.js?lang=es` when it is
 * Spanish); the other language's shell once the reader opens a page in it; other pages when read, or
 * all at once when the reader asks. Each file is listed with its SHA-256 hash, so a new build makes
 * a new worker that replaces the saved copy.
 *
 * Must come after starlight() and contentSecurityPolicy() in the integrations list: Astro runs
 * `astro:build:done` hooks in order, and the search index and the final pages must exist before
 * they are hashed.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { languages, type Lang } from '../lib/i18n.ts';
import { inLang } from '../lib/paths.ts';
import { strings } from '../lib/ui-strings.ts';

/**
 * Files saved on install, by their path in dist/ (always with forward slashes): the shell and what
 * a volunteer needs to act with no signal: the officials' pages and their leave-behinds
 * (`roles/<role>/print/`), tasks, scripts, talking points, the meeting kit, their own action list,
 * and the county lookup file, so "Check your county" on the home page answers offline. The first
 * visit stays under 3 MiB to download and to store (issue 24: it is paid for on a prepaid plan). Left for when
 * read, or "Save the whole handbook": the 51 state pages (about 5 MB a language; the lookup file
 * answers for every county in about 200 KB) and each official's page for one state (510 of them:
 * the reader's own are saved as they open them).
 */
const shellPatterns: RegExp[] = [
	// Both languages' pages (`es/` is the Spanish edition); each reader's first visit saves only the
	// files of its own language (languageOf below).
	/^(es\/)?index\.html$/,
	/^404\.html$/,
	/^(es\/)?roles\/.+\.html$/,
	/^(es\/)?scripts\/.+\.html$/,
	/^(es\/)?tasks\/.+\.html$/,
	/^(es\/)?my-actions\/index\.html$/,
	// Records request letters and the reader's list of requests sent (issue 26).
	/^(es\/)?records\/index\.html$/,
	/^(es\/)?talking-points\/(?:[^/]+\/)?index\.html$/,
	/^(es\/)?meeting-kit\/index\.html$/,
	/^data\/county-lookup-[a-z]{2}\.json$/,
	// What search loads, for the reader's language (search-bundle.ts removed the rest).
	/^pagefind\//,
	/^_astro\//,
	/^icons\//,
	/^[^/]+\.(svg|ico|webmanifest)$/,
];

/**
 * The language a shell file belongs to: a page under `es/` or Spanish search data (Pagefind names
 * its files by language: `index/es_….pf_index`, `pagefind.es_….pf_meta`, `wasm.es.pagefind`) is
 * Spanish; another page or English search data is English; styles, scripts, icons, the 404 page and
 * Pagefind's code serve both (undefined).
 */
function languageOf(file: string): Lang | undefined {
	const search = /^pagefind\/(?:(?:index|fragment|filter)\/|pagefind\.|wasm\.)([a-z]{2})[._]/.exec(
		file,
	);
	if (search) return languages.find((l) => l === search[1]);
	const lookup = /^data\/county-lookup-([a-z]{2})\.json$/.exec(file);
	if (lookup) return languages.find((l) => l === lookup[1]);
	if (!file.endsWith('.html') || file === '404.html') return undefined;
	return languages.find((l) => l !== 'en' && file.startsWith(`${l}/`)) ?? 'en';
}

/**
 * Pages saved only when read, never by "Save the whole handbook": each official's page for one
 * state and its leave-behind (1,020 pages, about 40 MB), and each agency's page. A reader needs their own state's, which is
 * saved when opened; all of them would triple what "save all" downloads.
 */
const savedWhenReadOnly: RegExp[] = [
	/^(es\/)?states\/[^/]+\/[^/]+\/(print\/)?index\.html$/,
	// One page per agency on ICE's list (about 3,100): a reader needs their own county's.
	/^(es\/)?agencies\//,
];

/** Built files no reader needs offline: link-preview images and files for search engines. */
const neverSaved: RegExp[] = [
	/^og-image(?:-es)?\.png$/,
	/^sitemap.*\.xml$/,
	/^robots\.txt$/,
	/^sw\.js$/,
];

/**
 * Site paths the service worker stores gzip-compressed on the phone and unpacks as it serves them:
 * pages and other text. Search index files (`.pf_*`, `wasm.*`), fonts and images come compressed
 * already. Sent to the worker as `storedCompressed`.
 */
const storedCompressed = /(?:\/|\.(?:html|css|js|json|svg|webmanifest|txt|xml))$/;

/**
 * The site path a built file is served at: `roles/sheriff/index.html` → `/roles/sheriff/`. Without
 * the base path: the worker puts its scope in front (service-worker.js).
 */
function sitePathOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface OfflinePlan {
	/** Site path → SHA-256 hex of each file saved on install in every language. */
	shell: Record<string, string>;
	/** By language: site path → SHA-256 hex of the files saved on install in that language only. */
	shellByLang: Record<Lang, Record<string, string>>;
	/** Site path → SHA-256 hex of every other page. */
	pages: Record<string, string>;
	/** Site path → SHA-256 hex of the pages saved when read but left out of "save all". */
	whenRead: Record<string, string>;
	/** Bytes stored on install (text gzip-compressed, see `storedCompressed`), by language. */
	shellBytes: Record<Lang, number>;
	/** The same, gzip compressed as a static host sends them: what the first visit downloads. */
	shellDownload: Record<Lang, number>;
	/** What "Save the whole handbook" downloads (gzip) after a first visit in each language. */
	saveAllDownload: Record<Lang, number>;
}

/** Sorts the files of a built site into what is saved on install and what is saved when read. */
function planOffline(root: string): OfflinePlan {
	const byLang = <T>(value: () => T) =>
		Object.fromEntries(languages.map((l) => [l, value()])) as Record<Lang, T>;
	const plan: OfflinePlan = {
		shell: {},
		shellByLang: byLang(() => ({})),
		pages: {},
		whenRead: {},
		shellBytes: byLang(() => 0),
		shellDownload: byLang(() => 0),
		saveAllDownload: byLang(() => 0),
	};
	/** Download bytes of each language's shell files, for "save all" in the other language. */
	const shellOnly = byLang(() => 0);
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => statSync(join(root, file)).isFile())
		.sort();
	for (const file of files) {
		if (neverSaved.some((p) => p.test(file))) continue;
		const bytes = readFileSync(join(root, file));
		const hash = createHash('sha256').update(bytes).digest('hex');
		const saved = shellPatterns.some((p) => p.test(file));
		const sent = saved || file.endsWith('.html') ? gzipSync(bytes).length : 0;
		if (saved) {
			const lang = languageOf(file);
			const path = sitePathOf(file);
			(lang ? plan.shellByLang[lang] : plan.shell)[path] = hash;
			for (const l of lang ? [lang] : languages) {
				plan.shellBytes[l] += storedCompressed.test(path) ? sent : bytes.length;
				plan.shellDownload[l] += sent;
			}
			if (lang) shellOnly[lang] += sent;
		} else if (savedWhenReadOnly.some((p) => p.test(file))) plan.whenRead[sitePathOf(file)] = hash;
		else if (file.endsWith('.html')) {
			plan.pages[sitePathOf(file)] = hash;
			for (const l of languages) plan.saveAllDownload[l] += sent;
		}
	}
	// "Save all" also saves the other language's shell.
	for (const l of languages)
		for (const other of languages) if (other !== l) plan.saveAllDownload[l] += shellOnly[other];
	return plan;
}

/**
 * The notice shown for a page that is not saved, when there is no signal, in `lang`. No script, no
 * styles, and a policy that allows none.
 */
function offlinePage(lang: Lang): string {
	const t = strings[lang].ui.offline.notSaved;
	return `<!doctype html><html lang="${lang}"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head><body><main><h1>${t.title}</h1><p>${t.body}</p><p><a href="${inLang('/', lang)}">${t.home}</a></p></main></body></html>`;
}

export default function offlineServiceWorker(): AstroIntegration {
	return {
		name: 'handbook:offline-service-worker',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { shell, shellByLang, pages, whenRead, shellBytes, shellDownload, saveAllDownload } =
					planOffline(root);
				const version = createHash('sha256')
					.update(JSON.stringify([shell, shellByLang, pages, whenRead]))
					.digest('hex')
					.slice(0, 16);
				const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
				const marker = /\/\* BUILD \*\/ \{[^\n]*\};/;
				if (!marker.test(template)) throw new Error('service-worker.js lost its /* BUILD */ line.');
				const offlinePages = Object.fromEntries(languages.map((lang) => [lang, offlinePage(lang)]));
				const data = JSON.stringify({
					version,
					shell,
					shellByLang,
					pages,
					whenRead,
					offlinePages,
					saveAllDownload,
					storedCompressed: storedCompressed.source,
				});
				writeFileSync(
					join(root, 'sw.js'),
					template.replace(marker, () => `${data};`),
				);
				const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
				const firstVisit = languages.map(
					(l) =>
						`${Object.keys(shell).length + Object.keys(shellByLang[l]).length} files in ${l} ` +
						`(${mib(shellDownload[l])} to download, gzip; ${mib(shellBytes[l])} stored)`,
				);
				logger.info(
					`service worker saves ${firstVisit.join(', ')} on the first visit; ` +
						`${Object.keys(pages).length} more pages when read or saved ("save all" downloads ` +
						`${languages.map((l) => `${mib(saveAllDownload[l])} after ${l}`).join(', ')}), ` +
						`${Object.keys(whenRead).length} only when read`,
				);
			},
		},
	};
}

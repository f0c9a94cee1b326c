/**
 * Writes `dist/sw.js` from src/integrations/service-worker.js: the shell (styles, scripts, fonts,
 * icons, home and 404 pages), every role and script page, and the Pagefind search bundle are saved
 * on the first visit; other pages when read, or all at once when the reader asks. Each file is
 * listed with its SHA-256 hash, so a new build makes a new worker that replaces the saved copy.
 *
 * Must come after starlight() and contentSecurityPolicy() in the integrations list: Astro runs
 * `astro:build:done` hooks in order, and the search index and the final pages must exist before
 * they are hashed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { languages, type Lang } from '../lib/i18n.ts';
import { inLang } from '../lib/paths.ts';
import { strings } from '../lib/ui-strings.ts';

/**
 * Files saved on install, by their path in dist/ (always with forward slashes): the shell, what a
 * reader needs to act with no signal (officials, tasks, scripts, their own action list) and the
 * state pages, so "check your county" on the home page works offline from the first visit.
 */
const shellPatterns: RegExp[] = [
	// Both languages' pages (`es/` is the Spanish edition): the first page visited may be either, and
	// a reader may switch. The Spanish set costs about as much again as the English one.
	/^(es\/)?index\.html$/,
	/^404\.html$/,
	/^(es\/)?roles\/.+\.html$/,
	/^(es\/)?scripts\/.+\.html$/,
	/^(es\/)?tasks\/.+\.html$/,
	/^(es\/)?my-actions\/index\.html$/,
	/^(es\/)?states\/.+\.html$/,
	/^pagefind\//,
	/^_astro\//,
	/^icons\//,
	/^[^/]+\.(svg|ico|webmanifest)$/,
];

/** Built files no reader needs offline: link-preview images and files for search engines. */
const neverSaved: RegExp[] = [/^og-image\.png$/, /^sitemap.*\.xml$/, /^robots\.txt$/, /^sw\.js$/];

/**
 * The site path a built file is served at: `roles/sheriff/index.html` → `/roles/sheriff/`. Without
 * the base path: the worker puts its scope in front (service-worker.js).
 */
export function sitePathOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface OfflinePlan {
	/** Site path → SHA-256 hex of each file saved on install. */
	shell: Record<string, string>;
	/** Site path → SHA-256 hex of every other page. */
	pages: Record<string, string>;
	/** Bytes saved on install. */
	shellBytes: number;
}

/** Sorts the files of a built site into what is saved on install and what is saved when read. */
export function planOffline(root: string): OfflinePlan {
	const plan: OfflinePlan = { shell: {}, pages: {}, shellBytes: 0 };
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => statSync(join(root, file)).isFile())
		.sort();
	for (const file of files) {
		if (neverSaved.some((p) => p.test(file))) continue;
		const bytes = readFileSync(join(root, file));
		const hash = createHash('sha256').update(bytes).digest('hex');
		if (shellPatterns.some((p) => p.test(file))) {
			plan.shell[sitePathOf(file)] = hash;
			plan.shellBytes += bytes.length;
		} else if (file.endsWith('.html')) plan.pages[sitePathOf(file)] = hash;
	}
	return plan;
}

/** The notice shown for a page that is not saved, when there is no signal, in `lang`. No script, no styles. */
function offlinePage(lang: Lang): string {
	const t = strings[lang].ui.offline.notSaved;
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head><body><main><h1>${t.title}</h1><p>${t.body}</p><p><a href="${inLang('/', lang)}">${t.home}</a></p></main></body></html>`;
}

export default function offlineServiceWorker(): AstroIntegration {
	return {
		name: 'handbook:offline-service-worker',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { shell, pages, shellBytes } = planOffline(root);
				const version = createHash('sha256')
					.update(JSON.stringify([shell, pages]))
					.digest('hex')
					.slice(0, 16);
				const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
				const marker = /\/\* BUILD \*\/ \{[^\n]*\};/;
				if (!marker.test(template)) throw new Error('service-worker.js lost its /* BUILD */ line.');
				const offlinePages = Object.fromEntries(languages.map((lang) => [lang, offlinePage(lang)]));
				const data = JSON.stringify({ version, shell, pages, offlinePages });
				writeFileSync(
					join(root, 'sw.js'),
					template.replace(marker, () => `${data};`),
				);
				logger.info(
					`service worker saves ${Object.keys(shell).length} files (${Math.round(shellBytes / 1024)} KiB) ` +
						`on the first visit; ${Object.keys(pages).length} more pages when read or saved`,
				);
			},
		},
	};
}

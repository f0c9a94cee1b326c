// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { getRoleSidebarLinks } from './src/lib/sidebar.ts';
import { basePath, editBaseUrl, siteUrl } from './src/lib/site.ts';
import { edition, contactsAgeDays, contactsMaxAgeDays } from './src/lib/edition.ts';
import { getTalkingPointRedirects } from './src/lib/redirects.ts';
import { getAgencyRedirects } from './src/lib/agencies.ts';
import { withBase } from './src/lib/paths.ts';
import { isSampleBuild, sampleStates } from './src/lib/sample-build.ts';
import { strings } from './src/lib/ui-strings.ts';
import { starlightLocales } from './src/lib/i18n.ts';
import basePathLinks from './src/integrations/base-path-links.ts';
import builtLinkCheck from './src/integrations/built-link-check.ts';
import contentGuard from './src/integrations/content-guard.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import hostFiles from './src/integrations/host-files.ts';
import offlineServiceWorker from './src/integrations/offline-service-worker.ts';
import plainDynamicImports from './src/integrations/plain-dynamic-imports.ts';
import searchBundle from './src/integrations/search-bundle.ts';
import translationStatus from './src/integrations/translation-status.ts';

/** A sidebar label in every language: `label('start')` → `{ label: 'Start here', translations: { es: … } }`. */
const label = (/** @type {keyof typeof strings.en.sidebar} */ key) => ({
	label: strings.en.sidebar[key],
	translations: { es: strings.es.sidebar[key] },
});

if (edition && contactsAgeDays(edition) > contactsMaxAgeDays) {
	console.warn(
		`[edition] content/editions/${process.env['EDITION']}.yaml: contactsChecked is ${edition.contactsChecked}, ` +
			`more than ${contactsMaxAgeDays} days ago. Check every name, phone and email, then update contactsChecked.`,
	);
}

if (isSampleBuild) {
	console.warn(
		`[sample build] HANDBOOK_PAGES=sample: officials' pages for ${[...sampleStates].join(', ')} and a ` +
			'few agency pages only, for tests (src/lib/sample-build.ts). Build without it for a site people read.',
	);
}

export default defineConfig({
	site: siteUrl,
	// The path the site is served under, taken from SITE_URL (e.g. "/handbook/"); "/" by default.
	base: basePath,
	// Keeps every piece of content in the top-level content/: Starlight's docs loader has no folder
	// option and reads `<srcDir>/content/docs`, so srcDir './' puts the docs at content/docs.
	srcDir: './',
	trailingSlash: 'always',
	// Two routes claiming one URL fail the build, rather than one silently replacing the other.
	prerenderConflictBehavior: 'error',
	// Renamed talking points and agencies' old spellings keep their URLs working. Astro writes the
	// target into the stub's refresh tag as given, so under a base path the target carries it.
	redirects: Object.fromEntries(
		Object.entries({ ...getTalkingPointRedirects(), ...getAgencyRedirects() }).map(([from, to]) => [
			from,
			withBase(to),
		]),
	),
	// No prefetching (Starlight turns it on for every link): it downloads pages the reader did not
	// open, which costs money on a prepaid plan, and its script is 1 KiB on every page (issue 24).
	prefetch: false,
	integrations: [
		// Refuses Markdown and MDX that would run script or code (src/lib/content-guard.ts); first, so
		// its check runs before the MDX compiler.
		contentGuard(),
		starlight({
			// A local edition (EDITION=<name>) puts its name in the title.
			title: Object.fromEntries(
				Object.entries(starlightLocales).map(([, { lang }]) => [
					lang,
					edition ? `${strings[lang].siteTitle}: ${edition.name}` : strings[lang].siteTitle,
				]),
			),
			// Starlight takes one description; Spanish pages each carry their own (the page's summary).
			description: strings.en.siteDescription,
			// English at the site root, Spanish under /es/ with the same slugs (src/lib/i18n.ts).
			defaultLocale: 'root',
			locales: starlightLocales,
			editLink: { baseUrl: editBaseUrl },
			lastUpdated: false,
			sidebar: [
				{
					...label('startHere'),
					items: [
						{ ...label('home'), link: '/' },
						{ slug: 'guides/start-here' },
						// The reader's own list of recorded calls and emails (issue 25: hard to find before).
						{ ...label('myActions'), link: '/my-actions/' },
						// Public-records request letters and the on-phone tracker (issue 26).
						{ ...label('records'), link: '/records/' },
					],
				},
				{ ...label('contacting'), items: getRoleSidebarLinks() },
				{ ...label('yourState'), items: [{ ...label('stateLaws'), link: '/states/' }] },
				{
					...label('sayAndAsk'),
					items: [
						{ ...label('allPoints'), link: '/talking-points/' },
						{ ...label('caseStudies'), link: '/case-studies/' },
						{ ...label('wins'), link: '/wins/' },
					],
				},
				{ ...label('guides'), items: [{ autogenerate: { directory: 'guides' } }] },
				{ ...label('explainers'), items: [{ autogenerate: { directory: 'explainers' } }] },
				{
					...label('reference'),
					items: [
						{ ...label('glossary'), link: '/glossary/' },
						{ ...label('sources'), link: '/sources/' },
					],
				},
			],
			// Keeps untranslated pages (English text on a Spanish page) out of the Spanish search index.
			routeMiddleware: './src/lib/route-middleware.ts',
			components: {
				Footer: './src/components/overrides/Footer.astro',
				Head: './src/components/overrides/Head.astro',
				// Adds a link to the other language that shows on phones, where Starlight hides its picker.
				Header: './src/components/overrides/Header.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// Exact matches plus "matches most of your words", loaded on first open; why, in the file.
				Search: './src/components/overrides/Search.astro',
				// No theme picker: light or dark follows the device's setting; why, in the file.
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				// Light or dark from the device's setting alone, also when it changes on an open page.
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
			},
			markdown: { processedDirs: ['./content/'] },
			// Search ranking is set by the handbook's own dialog (src/lib/search-ranking.ts), not here:
			// Starlight's `pagefind.ranking` reaches only the dialog this project replaced.
			// No starlight-links-validator: built-link-check below checks every finished page, generated
			// ones and base paths included, where the validator saw only Markdown links as written.
		}),
		// Right after starlight(): links authors wrote as "/roles/…" get the base path (SITE_URL's path).
		basePathLinks(),
		// The one link check, after starlight(): every link and #anchor in the finished HTML, generated
		// pages included, under any base path (src/lib/link-check.ts).
		builtLinkCheck(),
		// Writes each page's final Content-Security-Policy; before the service worker hashes the pages.
		contentSecurityPolicy(),
		// Code loaded on first use (import()) without Vite's 1 KiB preload helper on every page.
		plainDynamicImports(),
		// _headers (the policy as an HTTP header) and _redirects for Netlify and Cloudflare Pages.
		hostFiles({ ...getTalkingPointRedirects(), ...getAgencyRedirects() }),
		// Prints how much of the handbook is translated, and which translations are out of date.
		translationStatus(),
		// Removes Pagefind's own search interfaces, which the handbook's search never loads (430 KB a
		// first offline visit would save); before the service worker lists what is left.
		searchBundle(),
		// Last: lists every built file, the search index included, for offline use.
		offlineServiceWorker(),
	],
});

/**
 * The handbook's languages, in one place: which languages exist, which collections are translated,
 * where a translation lives, and how a site path reads in each language. English is at the site
 * root; Spanish is under `/es/` with the same slugs (see CONTRIBUTING.md, "Translating").
 * Plain module (no `astro:` imports), so the config, scripts and tests can use it too.
 */

/** Every language of the handbook, English first. */
export const languages = ['en', 'es'] as const;

/** A language of the handbook. */
export type Lang = (typeof languages)[number];

/** The language at the site root. */
export const defaultLang: Lang = 'en';

/** The languages with a path prefix, e.g. `es` → `/es/`. */
export const translatedLanguages = ['es'] as const satisfies readonly Lang[];

/** A language with its own `/es/…` pages and `content/<collection>/es/` files. */
export type TranslatedLang = (typeof translatedLanguages)[number];

/** Starlight's `locales`: English at the root, Spanish under `/es/`. */
export const starlightLocales = {
	root: { label: 'English', lang: 'en' },
	es: { label: 'Español', lang: 'es' },
} as const;

/**
 * The collections that have Spanish twins: each reads `content/<name>/es/`, with the same schema and
 * the same ids as the English one. Docs are translated too, by Starlight (`content/docs/es/`).
 * Not translated: sources (citations keep the English titles), ICE's lists, local editions.
 */
export const translatedCollections = [
	'roles',
	'talking-points',
	'model-asks',
	'call-scripts',
	'case-studies',
	'glossary',
	'states',
	'records-requests',
] as const;

/** A collection with a Spanish twin. */
export type TranslatedCollection = (typeof translatedCollections)[number];

/** The name of a collection's twin in a language, e.g. `roles` → `roles-es`. */
export function twinName<C extends TranslatedCollection, L extends TranslatedLang>(
	collection: C,
	lang: L,
): `${C}-${L}` {
	return `${collection}-${lang}`;
}

/** The language of a twin collection's name (`roles-es` → `es`), or `en` for an English one. */
export function langOfCollection(collection: string): Lang {
	const suffix = /-([a-z]{2})$/.exec(collection)?.[1];
	return translatedLanguages.find((l) => l === suffix) ?? defaultLang;
}

/** Narrows any value (a route param, `Astro.currentLocale`) to a language; English when unknown. */
export function toLang(value: string | undefined | null): Lang {
	return languages.find((l) => l === value) ?? defaultLang;
}

/** `getStaticPaths` params for the `[...lang]` part of a route: none for English, `es` for Spanish. */
export const langParams: { lang: TranslatedLang | undefined }[] = [
	{ lang: undefined },
	...translatedLanguages.map((lang) => ({ lang })),
];

/** The `lang` attribute of each language. */
export const htmlLang: Record<Lang, string> = { en: 'en', es: 'es' };

/** Open Graph's `og:locale` of each language. */
export const ogLocale: Record<Lang, string> = { en: 'en_US', es: 'es_US' };

/**
 * The language of a site path written without the base path: `/es/roles/sheriff/` → `es`,
 * `/roles/sheriff/` → `en`.
 */
export function langOfPath(path: string): Lang {
	const first = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
	return translatedLanguages.find((l) => l === first) ?? defaultLang;
}

/** A site path (without base) with its language prefix removed: `/es/roles/` → `/roles/`. */
function unlocalizedPath(path: string): string {
	const lang = langOfPath(path);
	return lang === defaultLang ? path : path.slice(lang.length + 1) || '/';
}

/**
 * A site path (without base) in a language: `/roles/sheriff/` → `/es/roles/sheriff/`. Paths that
 * are not pages (files in public/, the search index, the service worker, anchors) stay as they are.
 */
export function localizedPath(path: string, lang: Lang): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	const bare = unlocalizedPath(path);
	if (lang === defaultLang || !isPagePath(bare)) return bare;
	return `/${lang}${bare}`;
}

/**
 * A built file made once per language, such as a feed or a calendar: `/changes.xml` in English,
 * `/es/changes.xml` in Spanish. Unlike pages, files keep their path in `localizedPath`, so links to
 * these carry `hreflang` and this path.
 */
export function localizedFilePath(path: string, lang: Lang): string {
	return lang === defaultLang ? path : `/${lang}${path}`;
}

/** Built files and folders that are the same in every language. */
const sharedAssets =
	/^\/(?:_astro|pagefind|icons|fonts|sw\.js|og-image(?:-es)?\.png|favicon|manifest|robots|sitemap|287g\/map\.svg)/;

/** True for a path to a page (`/roles/x/`, `/`), false for an asset (`/icons/x.png`, `/sw.js`). */
function isPagePath(path: string): boolean {
	if (sharedAssets.test(path)) return false;
	const name = path.split(/[?#]/)[0]!.split('/').pop() ?? '';
	return !name.includes('.');
}

/**
 * The language of the page being rendered, for pages and components: every route renders once in
 * English at the site root and once under `/es/` (`pages/[...lang]/`), and a component reads the
 * language from the page's address, so no component needs a `lang` prop.
 */
import { langParams, langOfPath, toLang, type Lang } from './i18n';
import { inLang, withoutBase } from './paths';
import { stringsFor, type Strings } from './ui-strings';

/** The language of the page at `Astro.url`: `es` under `/es/`, otherwise English. */
export function pageLang(astro: { url: URL }): Lang {
	return langOfPath(withoutBase(astro.url.pathname));
}

/** The interface strings in the page's language. */
export function pageStrings(astro: { url: URL }): Strings {
	return stringsFor(pageLang(astro));
}

interface StaticPath {
	params: Record<string, string | undefined>;
	props?: Record<string, unknown>;
}

/**
 * `getStaticPaths` for a route under `pages/[...lang]/`: the paths `build(lang)` returns for each
 * language, English at the root (`lang` undefined) and Spanish under `/es/`.
 */
export async function pathsInEveryLang<P extends StaticPath>(
	build: (lang: Lang) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
	const perLang = await Promise.all(
		langParams.map(async ({ lang }) =>
			(await build(toLang(lang))).map((path) => ({ ...path, params: { ...path.params, lang } })),
		),
	);
	return perLang.flat();
}

/**
 * A site path in the page's language, base path included: for addresses that are not links and so
 * are not finished after the build (canonical and shared URLs, QR codes). Links in `href` need
 * nothing: src/integrations/base-path-links.ts localizes them.
 */
export function pagePath(astro: { url: URL }, path: string): string {
	return inLang(path, pageLang(astro));
}

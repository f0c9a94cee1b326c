/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs), run for every Starlight page,
 * docs and generated pages alike:
 * - `og:locale` names the country as well, `en_US` or `es_US` (Starlight writes only `en` or `es`);
 * - a page with no Spanish version yet is a fallback (Starlight's own docs pages, and our pages that
 *   pass `isFallback`). Its text is English, so its <main> says `lang="en"`, and it stays out of the
 *   search index: Pagefind would file it under Spanish and a Spanish search would find English.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogLocale, toLang } from './i18n';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const lang = toLang(route.lang);
	route.head = route.head.map((tag) =>
		tag.tag === 'meta' && tag.attrs?.['property'] === 'og:locale'
			? { ...tag, attrs: { ...tag.attrs, content: ogLocale[lang] } }
			: tag,
	);
	if (!route.isFallback) return;
	route.entry.data.pagefind = false;
	route.entryMeta = { ...route.entryMeta, lang: 'en', dir: 'ltr' };
});

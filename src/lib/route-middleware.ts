/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs). A page with no Spanish version
 * yet is a fallback: Starlight's own docs pages and our generated pages (`isFallback`, see
 * `fallbackProps` in src/lib/page-lang.ts) alike. Its text is English, so its <main> says
 * `lang="en"` and it stays out of the search index: Pagefind would file it under Spanish, and a
 * reader searching in Spanish would find English pages.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!route.isFallback) return;
	route.entry.data.pagefind = false;
	route.entryMeta = { ...route.entryMeta, lang: 'en', dir: 'ltr' };
});

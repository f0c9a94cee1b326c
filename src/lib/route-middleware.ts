/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs), run for every Starlight page,
 * docs and generated pages alike:
 * - `og:locale` names the country as well, `en_US` or `es_US` (Starlight writes only `en` or `es`);
 * - a page with no Spanish version yet is a fallback (Starlight's own docs pages, and our pages that
 *   pass `isFallback`). Its text is English, so its <main> says `lang="en"`, and it stays out of the
 *   search index: Pagefind would file it under Spanish and a Spanish search would find English.
 * - text stays text (issue 23): Starlight writes each head tag's content as HTML, so the <title>
 *   (the page's title and the site's, a local edition's name included) is escaped here; a page's
 *   frontmatter may not add scripts or other active tags to <head> (the build stops, naming the file).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogLocale, toLang } from './i18n';
import { escapeTitleText, refusedHeadTag } from './text-safety';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const lang = toLang(route.lang);
	for (const tag of route.entry.data.head ?? []) {
		const problem = refusedHeadTag(tag);
		if (problem)
			throw new Error(
				`${route.entry.filePath ?? route.id}: field "head": ${problem} Remove it: pages take no scripts or active tags from content.`,
			);
	}
	route.head = route.head.map((tag) => {
		if (tag.tag === 'meta' && tag.attrs?.['property'] === 'og:locale')
			return { ...tag, attrs: { ...tag.attrs, content: ogLocale[lang] } };
		if (tag.tag === 'title' && tag.content)
			return { ...tag, content: escapeTitleText(tag.content) };
		return tag;
	});
	if (!route.isFallback) return;
	route.entry.data.pagefind = false;
	route.entryMeta = { ...route.entryMeta, lang: 'en', dir: 'ltr' };
});

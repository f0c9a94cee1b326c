/**
 * `/data/county-lookup-en.json` and `-es.json`: every county's 287(g) status and what to ask there,
 * for "Check your county" on the home page (src/lib/county-lookup.ts). Saved on the first visit.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCountyLookup } from '~/lib/county-lookup';
import { languages, type Lang } from '~/lib/i18n';

export const getStaticPaths = (() =>
	languages.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(JSON.stringify(await buildCountyLookup((props as { lang: Lang }).lang)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});

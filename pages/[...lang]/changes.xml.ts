/** `/changes.xml` (and `/es/changes.xml`): an Atom feed of what changed, all states. */
import type { APIRoute } from 'astro';
import { langParams, toLang } from '~/lib/i18n';
import { renderChangesFeed } from '~/lib/follow-content';

export const getStaticPaths = () => langParams.map((params) => ({ params }));

export const GET: APIRoute = async ({ params }) =>
	new Response(await renderChangesFeed(toLang(params['lang'])), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});

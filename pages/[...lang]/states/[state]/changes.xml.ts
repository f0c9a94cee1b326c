/** `/states/<state>/changes.xml`: an Atom feed of what changed in one state. */
import type { APIRoute } from 'astro';
import { getStates } from '~/lib/handbook';
import { toLang } from '~/lib/i18n';
import { renderChangesFeed } from '~/lib/follow-content';
import { pathsInEveryLang } from '~/lib/page-lang';

export const getStaticPaths = () =>
	pathsInEveryLang(async (lang) =>
		(await getStates(lang)).map((state) => ({ params: { state: state.id } })),
	);

export const GET: APIRoute = async ({ params }) =>
	new Response(await renderChangesFeed(toLang(params['lang']), params['state']), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});

/** `/states/<state>/calendar.ics`: one state's dates to know (laws taking effect, deadlines). */
import type { APIRoute } from 'astro';
import { getStates } from '~/lib/handbook';
import { toLang } from '~/lib/i18n';
import { renderDatesCalendar } from '~/lib/follow-content';
import { pathsInEveryLang } from '~/lib/page-lang';

export const getStaticPaths = () =>
	pathsInEveryLang(async (lang) =>
		(await getStates(lang)).map((state) => ({ params: { state: state.id } })),
	);

export const GET: APIRoute = async ({ params }) =>
	new Response(await renderDatesCalendar(toLang(params['lang']), params['state']), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});

/** `/calendar.ics` (and `/es/calendar.ics`): every state's dates to know, as one calendar file. */
import type { APIRoute } from 'astro';
import { langParams, toLang } from '~/lib/i18n';
import { renderDatesCalendar } from '~/lib/follow-content';

export const getStaticPaths = () => langParams.map((params) => ({ params }));

export const GET: APIRoute = async ({ params }) =>
	new Response(await renderDatesCalendar(toLang(params['lang'])), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});

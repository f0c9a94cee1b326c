/**
 * `/287g/map.svg`: the national map of counties by 287(g) status, drawn at build time from the
 * newest edition of ICE's list. A separate file, so the national page stays light and browsers
 * (and the offline cache) keep the map between visits.
 */
import type { APIRoute } from 'astro';
import { drawCountyMap } from '~/lib/county-map';
import { getIceLists } from '~/lib/handbook';
import { countyMapStatuses } from '~/lib/ice-lists';

export const GET: APIRoute = async () => {
	const { newest } = await getIceLists();
	return new Response(drawCountyMap(countyMapStatuses(newest.data)), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};

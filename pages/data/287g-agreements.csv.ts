/**
 * `/data/287g-agreements.csv`: every agreement seen on ICE's recorded 287(g) lists, one row each,
 * with first seen, last seen and status (columns documented on `/287g/#open-data`).
 */
import type { APIRoute } from 'astro';
import { getIceHistory } from '~/lib/handbook';
import { openDataRows, toCsv } from '~/lib/ice-history';

export const GET: APIRoute = () =>
	new Response(toCsv(openDataRows(getIceHistory())), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});

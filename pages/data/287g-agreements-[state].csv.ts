/**
 * `/data/287g-agreements-tx.csv`: the open data for one state or territory (same columns as
 * `/data/287g-agreements.csv`), one file for every place that has a row.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getIceHistory } from '~/lib/handbook';
import { openDataRows, toCsv } from '~/lib/ice-history';

export const getStaticPaths = (() =>
	[...new Set(getIceHistory().agreements.map((a) => a.state))].map((code) => ({
		params: { state: code.toLowerCase() },
		props: { code },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(toCsv(openDataRows(getIceHistory(), (props as { code: string }).code)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});

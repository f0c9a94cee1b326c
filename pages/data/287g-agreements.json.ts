/**
 * `/data/287g-agreements.json`: the same rows as `/data/287g-agreements.csv`, with the dates of
 * the lists they come from and what each column holds.
 */
import type { APIRoute } from 'astro';
import { getIceHistory, getIceLists } from '~/lib/handbook';
import { icePageUrl } from '~/lib/ice-lists';
import { openDataColumns, openDataRows } from '~/lib/ice-history';
import { strings } from '~/lib/ui-strings';

export const GET: APIRoute = async () => {
	const history = getIceHistory();
	const { newest } = await getIceLists();
	const notes = strings.en.pageText.national.columnNotes;
	const body = {
		source: icePageUrl,
		participatingListAsOf: newest.data.asOf,
		pendingListAsOf: newest.data.pendingAsOf,
		listsRecorded: history.lists,
		columns: Object.fromEntries(openDataColumns.map((c) => [c, notes[c]])),
		agreements: openDataRows(history),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

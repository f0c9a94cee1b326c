/**
 * Public-records requests (issue 26): the letters in `content/records-requests/` in the page's
 * language, each state's records law as the records page hands it to the browser, and the
 * address of `/records/` prefilled for a state or an agency. Read by `pages/[...lang]/records.astro`
 * and the state page's `PublicRecordsLaw` section.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from './i18n';
import { getStates } from './handbook';
import { withBase } from './paths';

/** One request letter, English or its Spanish twin. */
export type RecordsRequestEntry =
	CollectionEntry<'records-requests'> | CollectionEntry<'records-requests-es'>;

/** The letters in the picker's order, each in `lang` when translated (else in English). */
export async function getRecordsRequests(lang: Lang = defaultLang): Promise<RecordsRequestEntry[]> {
	const english = await getCollection('records-requests');
	const twins =
		lang === 'es'
			? new Map((await getCollection('records-requests-es')).map((e) => [e.id, e]))
			: undefined;
	return english
		.map((entry): RecordsRequestEntry => twins?.get(entry.id) ?? entry)
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** One state as the records page's state picker offers it, with its law once reviewed. */
export interface RecordsStateOption {
	/** The state page's id, e.g. `texas`. */
	id: string;
	/** The postal code, e.g. `TX` (matches the state a reader remembered). */
	code: string;
	/** Its name in the page's language. */
	name: string;
	/** The law's name, citation, deadline and appeal, once checked against the statute. */
	law?:
		| {
				name: string;
				citation: string;
				deadlineKind: 'business-days' | 'calendar-days' | 'none';
				deadlineDays?: number | undefined;
				appeal: string;
		  }
		| undefined;
}

/** Every state and DC, A to Z, with what the records page needs of its public-records law. */
export async function getRecordsStates(lang: Lang = defaultLang): Promise<RecordsStateOption[]> {
	return (await getStates(lang)).map((state) => {
		const records = state.data.publicRecords;
		return {
			id: state.id,
			code: state.data.code,
			name: state.data.name,
			law: records && {
				name: records.name,
				citation: records.citation,
				deadlineKind: records.deadlineKind,
				deadlineDays: records.deadlineDays,
				appeal: records.appeal,
			},
		};
	});
}

/**
 * `/records/`, optionally prefilled: `?state=<state page id>` picks the state, `&agency=` types
 * the agency's name (an agency page links here this way). The page's script reads both.
 */
export function recordsPath(prefill: { state?: string; agency?: string } = {}): string {
	const query = new URLSearchParams();
	if (prefill.agency) query.set('agency', prefill.agency);
	if (prefill.state) query.set('state', prefill.state);
	const search = query.toString();
	return withBase(`/records/${search ? `?${search}` : ''}`);
}

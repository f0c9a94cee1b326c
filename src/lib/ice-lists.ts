/**
 * Figures and groupings computed from ICE's 287(g) lists (`content/ice-lists/`). Pure functions over
 * one or two editions: state pages, the national page, the home county check and every figure in
 * the text ("{agreements} agreements as of {asOf}") use them, so a refresh updates them all.
 */
import type { IceAgreement, IceList, IceModel, IcePending } from '../schemas/ice-lists.ts';
import { getCountiesOfState, type County } from './counties.ts';

/** ICE's 287(g) page, where it publishes the lists. Every page that uses them links it. */
export const icePageUrl = 'https://www.ice.gov/identify-and-arrest/287g';

/** A list older than this many days (at build time) gets a warning that it may be out of date. */
const staleAfterDays = 30;

/** The models in the order pages list them, with their names spelled out. */
export const modelNames: Record<IceModel, string> = {
	TFM: 'Task Force Model',
	WSO: 'Warrant Service Officer',
	JEM: 'Jail Enforcement Model',
};

/** "2025-07-18" → "July 18, 2025". */
export function formatDay(iso: string, lang: 'en' | 'es' = 'en'): string {
	return formatDayIn(iso, lang);
}

function formatDayIn(iso: string, lang: 'en' | 'es'): string {
	return dayFormats[lang].format(new Date(`${iso}T00:00:00Z`));
}

/**
 * One date format per language, made once: `toLocaleDateString` builds a new formatter on every
 * call, which cost about half a second of each build (thousands of dates on the state pages).
 */
const dayFormats = {
	en: new Intl.DateTimeFormat('en-US', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	}),
	es: new Intl.DateTimeFormat('es-US', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	}),
};

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** True when the edition is more than `staleAfterDays` older than the build date. */
export const isStale = (list: IceList, buildDate: string) =>
	daysBetween(list.asOf, buildDate) > staleAfterDays;

/**
 * Whether each of the two lists is more than `staleAfterDays` older than the build date (the
 * pending list has its own, often older, date). `buildDate` is passed in, never read from the
 * clock here, so a test can build "as of" any day (`BUILD_DATE`).
 */
export const staleLists = (list: IceList, buildDate: string) => ({
	participating: daysBetween(list.asOf, buildDate) > staleAfterDays,
	pending: list.pendingAsOf !== null && daysBetween(list.pendingAsOf, buildDate) > staleAfterDays,
});

/**
 * Places on ICE's list that are not states (postal code → name in each language). They have no
 * state page: the handbook's state pages are about state law. The national page lists them apart.
 */
export const territoryNames: Record<string, { en: string; es: string }> = {
	GU: { en: 'Guam', es: 'Guam' },
	MP: { en: 'Northern Mariana Islands', es: 'Islas Marianas del Norte' },
	PR: { en: 'Puerto Rico', es: 'Puerto Rico' },
	VI: { en: 'U.S. Virgin Islands', es: 'Islas Vírgenes de EE. UU.' },
	AS: { en: 'American Samoa', es: 'Samoa Americana' },
};

/** True for a territory's code (not one of the 50 states or DC). */
export const isTerritory = (code: string) => code in territoryNames;

/** An agency name compared the way ICE varies it (letter case, apostrophe style, spaces). */
const agencyKey = (agency: string) =>
	agency.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** The identity of one agreement across editions: state, agency and model. */
const agreementKey = (a: IceAgreement) => `${a.state}|${agencyKey(a.agency)}|${a.model}`;

const countOf = <T>(items: T[], key: (item: T) => string) => {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
};

/** Totals of one edition. */
export function summarize(list: IceList) {
	const inStates = list.agreements.filter((a) => !isTerritory(a.state));
	const byState = countOf(inStates, (a) => a.state);
	const byModel = iceModelsInOrder.map((model) => {
		const rows = list.agreements.filter((a) => a.model === model);
		return {
			model,
			name: modelNames[model],
			count: rows.length,
			states: new Set(rows.map((a) => a.state)).size,
		};
	});
	const year = list.asOf.slice(0, 4);
	const pendingStates = new Set(list.pending.map((p) => p.state));
	return {
		asOf: list.asOf,
		agreements: list.agreements.length,
		states: byState.size,
		byState,
		byModel,
		agencies: new Set(list.agreements.map((a) => `${a.state}|${agencyKey(a.agency)}`)).size,
		byAgencyType: countOf(list.agreements, (a) => a.agencyType),
		signedInEditionYear: list.agreements.filter((a) => a.signed?.startsWith(year)).length,
		/** Agreements in territories (Guam, the Northern Mariana Islands), not counted in `states`. */
		territoryAgreements: list.agreements.length - inStates.length,
		counties: new Set(list.agreements.flatMap((a) => (a.countyFips ? [a.countyFips] : []))).size,
		pending: list.pending.length,
		pendingStates: pendingStates.size,
		pendingAsOf: list.pendingAsOf,
	};
}

const iceModelsInOrder: IceModel[] = ['TFM', 'WSO', 'JEM'];

/** Agreements in the newer edition and not the older one, and the reverse. */
export function compareEditions(newer: IceList, older: IceList) {
	const olderKeys = new Set(older.agreements.map(agreementKey));
	const newerKeys = new Set(newer.agreements.map(agreementKey));
	return {
		added: newer.agreements.filter((a) => !olderKeys.has(agreementKey(a))),
		removed: older.agreements.filter((a) => !newerKeys.has(agreementKey(a))),
	};
}

/** Nouns with a count, singular and plural, in each language: "1 state", "2 estados". */
const countNouns = {
	en: {
		agreements: ['287(g) agreement', '287(g) agreements'],
		agreementsShort: ['agreement', 'agreements'],
		counties: ['county', 'counties'],
		pendingRequests: ['pending request', 'pending requests'],
		states: ['state', 'states'],
	},
	es: {
		agreements: ['acuerdo 287(g)', 'acuerdos 287(g)'],
		agreementsShort: ['acuerdo', 'acuerdos'],
		counties: ['condado', 'condados'],
		pendingRequests: ['solicitud pendiente', 'solicitudes pendientes'],
		states: ['estado', 'estados'],
	},
} as const;

/** A count with its noun, singular or plural, in `lang`: `countPhrase(1, 'states')` → "1 state". */
export function countPhrase(
	n: number,
	noun: keyof (typeof countNouns)['en'],
	lang: 'en' | 'es' = 'en',
): string {
	const [one, many] = countNouns[lang][noun];
	return `${n.toLocaleString(lang === 'es' ? 'es-US' : 'en-US')} ${n === 1 ? one : many}`;
}

/** Small numbers as words, in Spanish. */
const spanishNumberWords = [
	'cero',
	'uno',
	'dos',
	'tres',
	'cuatro',
	'cinco',
	'seis',
	'siete',
	'ocho',
	'nueve',
	'diez',
	'once',
	'doce',
];

const numberWords = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];

/**
 * Every figure the text may use, by token name, as it reads in a sentence in `lang` (dates and
 * number words in that language). Content writes `{agreements}` in YAML or
 * `<IceFigure name="agreements" />` in MDX. `stateNames` maps postal codes to names.
 */
export function iceFigures(
	newest: IceList,
	previous: IceList | undefined,
	stateNames: Map<string, string>,
	lang: 'en' | 'es' = 'en',
): Record<string, string> {
	const s = summarize(newest);
	const n = (value: number) => value.toLocaleString(lang === 'es' ? 'es-US' : 'en-US');
	const formatDay = (iso: string) => formatDayIn(iso, lang);
	const words = lang === 'es' ? spanishNumberWords : numberWords;
	const ranked = [...s.byState.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const [topCode, topCount] = ranked[0]!;
	const [secondCode, secondCount] = ranked[1] ?? ranked[0]!;
	const figures: Record<string, string> = {
		asOf: formatDay(newest.asOf),
		agreements: n(s.agreements),
		states: n(s.states),
		statesWithNone: n(50 - [...s.byState.keys()].filter((code) => code !== 'DC').length),
		territoryAgreements: n(s.territoryAgreements),
		agencies: n(s.agencies),
		counties: n(s.counties),
		countyAgencyAgreements: n(s.byAgencyType.get('County') ?? 0),
		cityAgreements: n(s.byAgencyType.get('Municipality') ?? 0),
		stateAgencyAgreements: n(s.byAgencyType.get('State Agency') ?? 0),
		editionYear: newest.asOf.slice(0, 4),
		signedInEditionYear: n(s.signedInEditionYear),
		signedBeforeEditionYear: n(s.agreements - s.signedInEditionYear),
		pending: n(s.pending),
		pendingStates: n(s.pendingStates),
		pendingAsOf: formatDay(s.pendingAsOf ?? newest.asOf),
		pendingRequests: countPhrase(s.pending, 'pendingRequests', lang),
		pendingStatesCount: countPhrase(s.pendingStates, 'states', lang),
		topState: stateNames.get(topCode) ?? topCode,
		topStateAgreements: n(topCount),
		secondState: stateNames.get(secondCode) ?? secondCode,
		secondStateAgreements: n(secondCount),
	};
	const jailModels = s.byModel
		.filter((m) => m.model !== 'TFM')
		.reduce((sum, m) => sum + m.count, 0);
	figures['jailModels'] = n(jailModels);
	for (const model of s.byModel) {
		figures[model.model.toLowerCase()] = n(model.count);
		figures[`${model.model.toLowerCase()}States`] = n(model.states);
	}
	if (previous) {
		const p = summarize(previous);
		const weeks = Math.round(daysBetween(previous.asOf, newest.asOf) / 7);
		figures['previousAsOf'] = formatDay(previous.asOf);
		figures['previousAgreements'] = n(p.agreements);
		figures['growthPercent'] =
			`${Math.round(((s.agreements - p.agreements) / p.agreements) * 100)}%`;
		figures['weeksBetween'] = words[weeks] ?? n(weeks);
		figures['agreementsPerWeek'] = n(
			Math.round((s.agreements - p.agreements) / (daysBetween(previous.asOf, newest.asOf) / 7)),
		);
	}
	return figures;
}

/** One county on a state page: the county, its agreements and pending requests. */
export interface CountyStatus {
	county: County;
	agreements: IceAgreement[];
	pending: IcePending[];
}

/** What a state page shows from the list: counties with their rows, and rows tied to no county. */
export function getStateAgreements(list: IceList, stateCode: string, stateFips: string) {
	const agreements = list.agreements.filter((a) => a.state === stateCode);
	const pending = list.pending.filter((p) => p.state === stateCode);
	const counties: CountyStatus[] = getCountiesOfState(stateFips).map((county) => ({
		county,
		agreements: agreements.filter((a) => a.countyFips === county.fips),
		pending: pending.filter((p) => p.countyFips === county.fips),
	}));
	const noCounty = <T extends IceAgreement | IcePending>(rows: T[]) =>
		rows.filter((r) => r.countyFips === null && r.agencyType !== 'State Agency');
	return {
		agreements,
		pending,
		counties,
		/** Counties with an agreement or a pending request. */
		active: counties.filter((c) => c.agreements.length > 0 || c.pending.length > 0),
		/** Counties with neither. */
		none: counties.filter((c) => c.agreements.length === 0 && c.pending.length === 0),
		/** State agencies: they act in every county of the state. */
		statewide: {
			agreements: agreements.filter((a) => a.agencyType === 'State Agency'),
			pending: pending.filter((p) => p.agencyType === 'State Agency'),
		},
		/** City police and others ICE lists with no county (or one not in this state). */
		unplaced: { agreements: noCounty(agreements), pending: noCounty(pending) },
	};
}

/** A county's status on the map: agreement, pending only, or none. */
export type CountyMapStatus = 'agreement' | 'pending' | 'none';

/** Each county's status by FIPS code (counties missing from the map are "none"). */
export function countyMapStatuses(list: IceList): Map<string, CountyMapStatus> {
	const statuses = new Map<string, CountyMapStatus>();
	for (const p of list.pending) if (p.countyFips) statuses.set(p.countyFips, 'pending');
	for (const a of list.agreements) if (a.countyFips) statuses.set(a.countyFips, 'agreement');
	return statuses;
}

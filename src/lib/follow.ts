/**
 * What a reader can follow without an account: the "what changed" feeds (`/changes.xml`,
 * `/states/<state>/changes.xml`) and the calendars of dates to know (`/calendar.ics`,
 * `/states/<state>/calendar.ics`), in each language. The entries are gathered here from content
 * (state reviews and corrections, law dates, new scripts) and ICE's list history, so the routes only
 * render them. Builders take plain data, so tests can feed them fixtures.
 */
import type { CalendarEvent } from './icalendar';
import type { FeedEntry } from './atom-feed';
import type { Lang } from './i18n';
import { historyChanges } from './ice-history';
import type { Strings } from './ui-strings';
import type { IceHistory } from '../schemas/ice-lists';

/** What the builders need of a state entry. */
export interface StateForFollow {
	id: string;
	data: {
		name: string;
		code: string;
		summary?: string | undefined;
		reviewed?: string | undefined;
		changes: readonly { date: string; what: string }[];
		laws: readonly {
			name: string;
			citation: string;
			effective?: string | undefined;
			complianceBy?: string | undefined;
			status: string;
			summary: string;
		}[];
	};
}

/** What the builders need of a call script. */
export interface ScriptForFollow {
	id: string;
	data: { title: string; summary: string; added?: string | undefined };
}

/** One state's change on ICE's list between two editions, from the list history. */
export interface IceStateChange {
	/** The postal code. */
	state: string;
	/** The date of the list that first showed the change, YYYY-MM-DD. */
	date: string;
	/** Agencies newly on the list. */
	added: readonly string[];
	/** Agencies whose agreement ended (gone from two lists in a row). */
	ended: readonly string[];
	/** Agencies whose agreement changed model. */
	modelChanged: readonly string[];
}

/** The list on which an agreement counts as ended: the second list in a row that lacks it. */
export function endedOn(history: IceHistory, lastSeen: string): string | undefined {
	return history.lists[history.lists.indexOf(lastSeen) + 2];
}

/**
 * What changed on ICE's list, by state and by the list that showed it: agreements added (first
 * seen after the first recorded list), ended (gone from two lists in a row; dated by the second),
 * and agencies that changed model. Renames are not changes: the history matches them.
 */
export function iceStateChanges(history: IceHistory): IceStateChange[] {
	const states = [...new Set(history.agreements.map((a) => a.state))].sort();
	return states.flatMap((state) => {
		const changes = historyChanges(history, { state });
		const byDate = new Map<string, { added: string[]; ended: string[]; modelChanged: string[] }>();
		const at = (date: string) => {
			let entry = byDate.get(date);
			if (!entry) byDate.set(date, (entry = { added: [], ended: [], modelChanged: [] }));
			return entry;
		};
		for (const a of changes.added) at(a.firstSeen).added.push(`${a.agency} (${a.model})`);
		for (const a of changes.ended) {
			const date = endedOn(history, a.lastSeen);
			if (date) at(date).ended.push(`${a.agency} (${a.model})`);
		}
		for (const c of changes.modelChanged)
			at(c.since).modelChanged.push(`${c.agency} (${c.from.join(', ')} → ${c.to.join(', ')})`);
		return [...byDate]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([date, lists]) => ({ state, date, ...lists }));
	});
}

/** An agreement that left ICE's list, for `/wins/`. */
export interface EndedAgreement {
	state: string;
	agency: string;
	model: string;
	countyFips: string | null;
	signed: string | null;
	lastSeen: string;
	endedOn: string;
}

/** Agreements gone from two of ICE's lists in a row (renames and model changes are not endings). */
export function endedAgreements(history: IceHistory): EndedAgreement[] {
	return historyChanges(history).ended.flatMap((a) => {
		const date = endedOn(history, a.lastSeen);
		return date
			? [
					{
						state: a.state,
						agency: a.agency,
						model: a.model,
						countyFips: a.countyFips,
						signed: a.signed,
						lastSeen: a.lastSeen,
						endedOn: date,
					},
				]
			: [];
	});
}

/** Turns a site path into an absolute address in the reader's language. */
export type AbsoluteLink = (path: string) => string;

/** The feed entries for one state's page: its review, its corrections and its ICE changes. */
export function stateFeedEntries(
	state: StateForFollow,
	ice: readonly IceStateChange[],
	strings: Strings,
	link: AbsoluteLink,
): FeedEntry[] {
	const t = strings.follow;
	const page = link(`/states/${state.id}/`);
	const { name, code, reviewed, summary, changes } = state.data;
	return [
		...(reviewed
			? [
					{
						key: `law:${code}:reviewed:${reviewed}`,
						title: t.reviewedTitle(name),
						date: reviewed,
						summary: summary ?? t.reviewedTitle(name),
						link: page,
					},
				]
			: []),
		...changes.map((change) => ({
			key: `law:${code}:change:${change.date}:${change.what}`,
			title: t.correctedTitle(name),
			date: change.date,
			summary: change.what,
			link: page,
		})),
		...ice
			.filter((c) => c.state === code)
			.map((c) => ({
				key: `ice:${code}:${c.date}`,
				title: t.iceTitle(name, c.added.length, c.ended.length, c.modelChanged.length),
				date: c.date,
				summary: t.iceSummary(c.added, c.ended, c.modelChanged),
				link: `${page}#${strings.ui.ice.sectionId}`,
			})),
	];
}

/** The feed entries for new scripts (those with an `added` date). */
export function scriptFeedEntries(
	scripts: readonly ScriptForFollow[],
	t: Strings['follow'],
	link: AbsoluteLink,
): FeedEntry[] {
	return scripts.flatMap((script) =>
		script.data.added
			? [
					{
						key: `script:${script.id}`,
						title: t.newScriptTitle(script.data.title),
						date: script.data.added,
						summary: script.data.summary,
						link: link(`/scripts/${script.id}/`),
					},
				]
			: [],
	);
}

/**
 * One state's dates to know: each law's effective date and compliance deadline. Laws blocked or
 * repealed are left out: their dates no longer bind anyone.
 */
export function stateCalendarEvents(
	state: StateForFollow,
	t: Strings['follow'],
	link: AbsoluteLink,
): CalendarEvent[] {
	const page = link(`/states/${state.id}/`);
	const { name, code } = state.data;
	return state.data.laws
		.filter((law) => law.status === 'in-force' || law.status === 'partly-blocked')
		.flatMap((law) => {
			const about = `${law.summary}\n\n${t.citation} ${law.citation}\n${t.notLegalAdvice}`;
			const events: CalendarEvent[] = [];
			if (law.effective)
				events.push({
					kind: 'day',
					key: `law:${code}:${law.name}:effective`,
					date: law.effective,
					title: t.effectiveEvent(name, law.name),
					description: about,
					url: page,
				});
			if (law.complianceBy)
				events.push({
					kind: 'day',
					key: `law:${code}:${law.name}:comply`,
					date: law.complianceBy,
					title: t.complianceEvent(name, law.name),
					description: about,
					url: page,
				});
			return events;
		});
}

/** What the builder needs of an edition's official. */
export interface OfficialForCalendar {
	name: string;
	title: string;
	meetings?: string | undefined;
	office?: string | undefined;
	meetingDates?:
		| {
				first: string;
				time: string;
				minutes: number;
				repeats: 'weekly' | 'monthly';
				on: readonly string[];
		  }
		| undefined;
}

/**
 * A local edition's public meetings as repeating events, one per official body: officials of one
 * role who share a schedule (a commission's members) make one event, named after the first.
 */
export function editionMeetingEvents(
	officials: Readonly<Record<string, readonly OfficialForCalendar[]>>,
	roleTitle: (roleId: string) => string,
	t: Strings['follow'],
	link: AbsoluteLink,
): CalendarEvent[] {
	return Object.entries(officials).flatMap(([roleId, list]) => {
		const seen = new Set<string>();
		return list.flatMap((official) => {
			const dates = official.meetingDates;
			if (!dates) return [];
			const key = `meeting:${roleId}:${dates.first}:${dates.time}:${dates.on.join(',')}`;
			if (seen.has(key)) return [];
			seen.add(key);
			return [
				{
					kind: 'repeating' as const,
					key,
					firstDate: dates.first,
					start: dates.time,
					minutes: dates.minutes,
					frequency: dates.repeats,
					days: dates.on,
					title: t.meetingEvent(roleTitle(roleId)),
					description: [official.meetings, t.notLegalAdvice].filter(Boolean).join('\n'),
					location: official.office ?? official.meetings ?? '',
					url: link(`/roles/${roleId}/`),
				},
			];
		});
	});
}

/** The newest date among a state's dated facts, or `fallback`: a calendar's stamp. */
export function newestDate(dates: readonly (string | undefined)[], fallback: string): string {
	const known = dates.filter((d): d is string => Boolean(d));
	return known.length > 0 ? known.reduce((a, b) => (a > b ? a : b)) : fallback;
}

/** The languages' feed and calendar file names, the same in every language (under `/es/` too). */
export const followFiles = { feed: 'changes.xml', calendar: 'calendar.ics' } as const;

/** The feed's path for the whole handbook or one state, before the language prefix. */
export const feedPath = (stateId?: string) =>
	stateId ? `/states/${stateId}/${followFiles.feed}` : `/${followFiles.feed}`;

/** The calendar's path for the whole handbook or one state, before the language prefix. */
export const calendarPath = (stateId?: string) =>
	stateId ? `/states/${stateId}/${followFiles.calendar}` : `/${followFiles.calendar}`;

/** `lang` as an Atom `xml:lang` / calendar language tag. */
export const languageTag = (lang: Lang) => (lang === 'es' ? 'es-US' : 'en-US');

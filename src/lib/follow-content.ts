/**
 * The feeds and calendars of one language, gathered from content through `src/lib/handbook.ts`:
 * the routes under `pages/[...lang]/` render what these return (builders in `src/lib/follow.ts`).
 */
import { renderAtomFeed } from './atom-feed';
import {
	editionMeetingEvents,
	endedAgreements,
	feedPath,
	iceStateChanges,
	languageTag,
	newestDate,
	scriptFeedEntries,
	stateCalendarEvents,
	stateFeedEntries,
	type IceStateChange,
} from './follow';
import { edition } from './edition';
import { getCounties } from './counties';
import {
	getAllSources,
	getCaseStudies,
	getIceHistory,
	getRoles,
	getScripts,
	getStates,
} from './handbook';
import { formatDay, modelNames } from './ice-lists';
import type { IceModel } from '../schemas/ice-lists';
import { renderCalendar } from './icalendar';
import { localizedFilePath, type Lang } from './i18n';
import { absoluteUrl, inLang } from './paths';
import { buildDate } from './site';
import { stringsFor } from './ui-strings';
import { sortWins, winsFromCaseStudies, winsFromEndedAgreements, type Win } from './wins';

/** A site path as a full address in `lang`. */
const linkIn = (lang: Lang) => (path: string) => absoluteUrl(inLang(path, lang));

/** A per-language file (feed, calendar) as a full address. */
const fileIn = (lang: Lang, path: string) => absoluteUrl(localizedFilePath(path, lang));

/** Changes on ICE's list by state and list date, from the list history; worked out once per build. */
let iceChangesByState: IceStateChange[] | undefined;
const getIceStateChanges = (): IceStateChange[] =>
	(iceChangesByState ??= iceStateChanges(getIceHistory()));

/** `/changes.xml` or `/states/<state>/changes.xml` in `lang`, as Atom XML. */
export async function renderChangesFeed(lang: Lang, stateId?: string): Promise<string> {
	const strings = stringsFor(lang);
	const t = strings.follow;
	const link = linkIn(lang);
	const states = (await getStates(lang)).filter((s) => !stateId || s.id === stateId);
	const ice = getIceStateChanges();
	const entries = [
		...states.flatMap((state) => stateFeedEntries(state, ice, strings, link)),
		...(stateId ? [] : scriptFeedEntries(await getScripts(lang), t, link)),
	].map((entry) => ({ ...entry, key: `${lang}:${entry.key}` }));
	const state = states[0];
	return renderAtomFeed({
		key: `changes:${lang}:${stateId ?? 'all'}`,
		title: stateId && state ? t.stateFeedTitle(state.data.name) : t.feedTitle,
		subtitle: stateId && state ? t.stateFeedSubtitle(state.data.name) : t.feedSubtitle,
		lang: languageTag(lang),
		self: fileIn(lang, feedPath(stateId)),
		home: link(stateId ? `/states/${stateId}/` : '/'),
		entries,
	});
}

/**
 * `/calendar.ics` or `/states/<state>/calendar.ics` in `lang`. In a local edition's build,
 * `/calendar.ics` holds the edition's state and its officials' public meetings.
 */
export async function renderDatesCalendar(lang: Lang, stateId?: string): Promise<string> {
	const t = stringsFor(lang).follow;
	const link = linkIn(lang);
	const only = stateId ?? edition?.place.state;
	const states = (await getStates(lang)).filter((s) => !only || s.id === only);
	const state = states[0];
	const roles = new Map((await getRoles(lang)).map((r) => [r.id, r.data.title]));
	const meetings =
		edition && !stateId
			? editionMeetingEvents(edition.officials, (id) => roles.get(id) ?? id, t, link)
			: [];
	return renderCalendar({
		name:
			edition && !stateId
				? edition.name
				: state && only
					? t.stateCalendarName(state.data.name)
					: t.calendarName,
		stamp: newestDate([...states.map((s) => s.data.reviewed), edition?.contactsChecked], buildDate),
		events: [...states.flatMap((s) => stateCalendarEvents(s, t, link)), ...meetings],
	});
}

/** Every win `/wins/` lists in `lang`, newest first: case studies, then agreements that left ICE's list. */
export async function getWins(lang: Lang): Promise<Win[]> {
	const strings = stringsFor(lang);
	const t = strings.wins;
	const sources = new Map((await getAllSources(lang)).map((s) => [s.id, s.data.title]));
	const fromStudies = winsFromCaseStudies(
		await getCaseStudies(lang),
		(id) => sources.get(id) ?? id,
	);
	const stateIds = new Map((await getStates(lang)).map((s) => [s.data.code, s.id]));
	const counties = new Map(getCounties().map((c) => [c.fips, c.slug]));
	const ended = endedAgreements(getIceHistory()).flatMap((a) => {
		const stateId = stateIds.get(a.state);
		if (!stateId) return []; // a territory: no state page to point to
		const county = a.countyFips ? counties.get(a.countyFips) : undefined;
		return [{ ...a, href: `/states/${stateId}/#${county ?? strings.ui.ice.sectionId}` }];
	});
	const fromList = winsFromEndedAgreements(
		ended,
		(a) =>
			t.leftListSummary(
				a.agency,
				modelNames[a.model as IceModel] ?? a.model,
				a.signed,
				formatDay(a.lastSeen, lang),
				formatDay(a.endedOn, lang),
			),
		(a) => ({ title: t.leftListSource(formatDay(a.endedOn, lang)), href: '/287g/' }),
	);
	return sortWins([...fromStudies, ...fromList]);
}

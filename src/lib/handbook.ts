/**
 * Every content query the site makes goes through this module. It loads all collections once,
 * checks them (see `integrity.ts`) and stops the build with a list of problems if any entry is
 * broken. Helpers return entries already filtered and sorted; templates never filter.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { callScriptChannels, talkingPointCategories, type StateCaution } from '../schemas';
import {
	ContentError,
	findAliasProblems,
	findBrokenReferences,
	findExplainerProblems,
	findPlaceholderProblems,
	findStaleReviews,
	findUnreadCitations,
	formatStaleReviews,
	type CheckedEntry,
	type ContentProblem,
} from './integrity';
import { fillFigures } from './ice-figure-text';
import { iceFigures } from './ice-lists';
import { readFileSync } from 'node:fs';
import { iceHistorySchema, type IceHistory } from '../schemas/ice-lists';
import { buildDate } from './site';
import {
	getOfficialInState,
	getStatesWhereCautionHolds,
	sortEntriesForState,
	statePlaceholderDefaults,
	type OfficialEntry,
} from './state-law';
import { englishToken } from './fill-in-fields';
import { inLang, paths } from './paths';
import {
	defaultLang,
	langOfCollection,
	translatedCollections,
	translatedLanguages,
	twinName,
	type Lang,
	type TranslatedCollection,
} from './i18n';
import { findTranslatedFromProblems } from './translation-status';
import { describeDocsEntry } from './docs-kind';

/** An entry of a translated collection in any language: the English one or its Spanish twin. */
type Translated<C extends TranslatedCollection> = CollectionEntry<C> | CollectionEntry<`${C}-es`>;

export type RoleEntry = Translated<'roles'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TalkingPointEntry = Translated<'talking-points'>;
export type ModelAskEntry = Translated<'model-asks'>;
export type CallScriptEntry = Translated<'call-scripts'>;
export type CaseStudyEntry = Translated<'case-studies'>;
export type GlossaryEntry = Translated<'glossary'>;
export type DocsEntry = CollectionEntry<'docs'>;
export type StateEntry = Translated<'states'>;
export type IceListEntry = CollectionEntry<'ice-lists'>;

/** A `{ collection, id }` reference as Astro stores it. */
interface Ref<C extends string> {
	collection: C;
	id: string;
}

interface Handbook {
	roles: RoleEntry[];
	sources: Map<string, SourceEntry>;
	talkingPoints: TalkingPointEntry[];
	asks: ModelAskEntry[];
	scripts: CallScriptEntry[];
	caseStudies: CaseStudyEntry[];
	glossary: GlossaryEntry[];
	docs: DocsEntry[];
	states: StateEntry[];
	/** Editions of ICE's 287(g) lists, newest first. */
	iceLists: IceListEntry[];
	/** Figures from the newest edition by token name (see `iceFigures`). */
	iceFigures: Record<string, string>;
}

const loading = new Map<Lang, Promise<Handbook>>();

/**
 * All content in one language, checked. The first call loads; later calls share the result. In
 * Spanish each entry is its Spanish twin when one exists, otherwise the English entry (a fallback:
 * see `isTranslated`).
 */
function loadHandbook(lang: Lang = defaultLang): Promise<Handbook> {
	let handbook = loading.get(lang);
	if (!handbook) {
		handbook = load(lang);
		loading.set(lang, handbook);
	}
	return handbook;
}

/**
 * True when an entry is in the page's language: always in English; in Spanish, when the entry
 * comes from a Spanish file. A page showing an untranslated entry says so and stays out of search.
 */
export function isTranslated(entry: { collection: string; id: string }, lang: Lang): boolean {
	if (lang === defaultLang) return true;
	if (entry.collection === 'docs') return describeDocsEntry(entry.id).lang === lang;
	return langOfCollection(entry.collection) === lang;
}

/** An entry as the loader handles it before checks: where it lives and its data. */
interface LoadedEntry {
	collection: string;
	id: string;
	filePath?: string | undefined;
	data: object;
}

/** A translated language's entries (`roles-es`, ...) by collection; none for English. */
async function loadTwins(lang: Lang) {
	const twins = new Map<TranslatedCollection, LoadedEntry[]>();
	const translated = translatedLanguages.find((l) => l === lang);
	if (!translated) return twins;
	for (const name of translatedCollections)
		twins.set(name, (await getCollection(twinName(name, translated))) as LoadedEntry[]);
	return twins;
}

/** Every English collection, read once; ICE's editions newest first. */
const readEnglish = once(async () => {
	const [
		roles,
		sources,
		talkingPoints,
		asks,
		scripts,
		caseStudies,
		glossary,
		docs,
		states,
		iceLists,
	] = await Promise.all([
		getCollection('roles'),
		getCollection('sources'),
		getCollection('talking-points'),
		getCollection('model-asks'),
		getCollection('call-scripts'),
		getCollection('case-studies'),
		getCollection('glossary'),
		getCollection('docs'),
		getCollection('states'),
		getCollection('ice-lists'),
	]);
	// Newest edition first: by date, then pm after am.
	iceLists.sort((a, b) => b.id.localeCompare(a.id));
	if (iceLists.length === 0)
		throw new ContentError([
			{
				filePath: 'content/ice-lists/',
				field: '(folder)',
				message: "no edition of ICE's 287(g) list. Run npm run data:287g (see CONTRIBUTING.md).",
			},
		]);
	return {
		roles,
		sources,
		talkingPoints,
		asks,
		scripts,
		caseStudies,
		glossary,
		docs,
		states,
		iceLists,
	};
});

/** A function's first result, shared by every later call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
	let result: Promise<T> | undefined;
	return () => (result ??= make());
}

/**
 * The handbook in one language, one path for all: the English entries with each one's twin in
 * `lang` laid over it (none in English), ICE's figures filled in as they read in `lang`, then the
 * checks on what this language adds (every English entry; a translation's twins), so one build
 * lists every problem. English-only checks (explainers, `translatedFrom`, aliases, stale reviews)
 * run once, in English: docs of both languages are one collection.
 */
async function load(lang: Lang): Promise<Handbook> {
	const english = await readEnglish();
	// A translation starts from the English handbook, figures already filled in.
	const base: Omit<Handbook, 'sources' | 'iceFigures'> =
		lang === defaultLang ? english : await loadHandbook(defaultLang);
	const twins = await loadTwins(lang);
	const problems: ContentProblem[] = [];

	/** The English list with each twin swapped in; a twin with no English entry is a problem. */
	const overlay = <E extends { id: string }>(name: TranslatedCollection, list: readonly E[]) => {
		const translated = new Map((twins.get(name) ?? []).map((t) => [t.id, t as unknown as E]));
		const known = new Set(list.map((e) => e.id));
		for (const t of twins.get(name) ?? [])
			if (!known.has(t.id))
				problems.push({
					filePath: t.filePath ?? `content/${name}/${lang}/${t.id}`,
					field: '(file name)',
					message: `no English entry "${t.id}" in content/${name}/. Give the translation the English file's name, or delete it.`,
				});
		return list.map((e) => translated.get(e.id) ?? e);
	};
	const states = overlay('states', base.states);
	// ICE's figures as they read in this language (dates, number words, state names), computed
	// once per language and filled into the entries of this language; an English entry on a
	// Spanish page (not translated yet) keeps its English figures from the English handbook.
	const figures = iceFigures(
		english.iceLists[0]!.data,
		english.iceLists[1]?.data,
		new Map(states.map((s) => [s.data.code, s.data.name])),
		lang,
	);
	const withFigures = <E extends LoadedEntry>(entry: E): E =>
		langOfCollection(entry.collection) === lang
			? { ...entry, data: fillFigures(entry.data, figures, entry.filePath ?? entry.id, problems) }
			: entry;
	const talkingPoints = overlay('talking-points', base.talkingPoints).map(withFigures);
	const asks = overlay('model-asks', base.asks).map(withFigures);
	const handbook: Handbook = {
		roles: overlay('roles', base.roles),
		sources: new Map(english.sources.map((s) => [s.id, s])),
		talkingPoints,
		asks,
		scripts: overlay('call-scripts', base.scripts),
		caseStudies: overlay('case-studies', base.caseStudies),
		glossary: overlay('glossary', base.glossary),
		docs: english.docs,
		states,
		iceLists: english.iceLists,
		iceFigures: figures,
	};

	// What this language adds: every English entry, or a translation's twins.
	const translations = [...twins.values()].flat();
	const added = (
		lang === defaultLang
			? [
					handbook.roles,
					english.sources,
					talkingPoints,
					asks,
					handbook.scripts,
					handbook.caseStudies,
					handbook.glossary,
					handbook.docs,
					states,
				].flat()
			: translations
	) as LoadedEntry[];
	const checked: CheckedEntry[] = added.map((entry) => ({
		filePath: entry.filePath ?? `content/${entry.collection}/${entry.id}`,
		collection: entry.collection,
		id: entry.id,
		data: entry.data as Record<string, unknown>,
	}));
	const englishIds = new Map<string, Set<string>>(
		Object.entries({
			roles: english.roles,
			sources: english.sources,
			'talking-points': english.talkingPoints,
			'model-asks': english.asks,
			'call-scripts': english.scripts,
			'case-studies': english.caseStudies,
			glossary: english.glossary,
			docs: english.docs,
			states: english.states,
		}).map(([name, list]) => [name, new Set(list.map((e: { id: string }) => e.id))]),
	);
	const unread = new Map(
		english.sources.flatMap((s) => (s.data.via ? [[s.id, s.data.via.id] as const] : [])),
	);
	problems.push(
		...findBrokenReferences(checked, englishIds),
		...findUnreadCitations(checked, unread),
		...handbook.scripts
			.filter((s) => isTranslated(s, lang))
			.flatMap((s) =>
				findPlaceholderProblems(
					s.filePath ?? s.id,
					s.data.placeholders.map((p) => p.token),
					[s.body ?? '', s.data.shortVersion ?? ''].join('\n'),
				),
			),
	);
	if (lang === defaultLang) {
		const allTranslations = [...(await loadTwins('es')).values()].flat();
		problems.push(
			...findTranslatedFromProblems([
				...checked,
				...allTranslations.map((t) => ({
					filePath: t.filePath ?? t.id,
					data: t.data as Record<string, unknown>,
				})),
			]),
			...checked.filter((e) => e.collection === 'docs').flatMap(findExplainerProblems),
			...findAliasProblems(
				talkingPoints.map((p) => ({
					filePath: p.filePath ?? p.id,
					id: p.id,
					aliases: p.data.aliases,
				})),
			),
		);
	}
	if (problems.length > 0) throw new ContentError(problems);
	if (lang === defaultLang) {
		const stale = findStaleReviews(checked, buildDate);
		if (stale.length > 0)
			console.warn(`[handbook] out-of-date reviews:\n${formatStaleReviews(stale)}`);
	}
	return sortHandbook(handbook, lang);
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
	a.data.title.localeCompare(b.data.title);

/** Puts every list in page order, comparing text the way readers of `lang` sort it. */
function sortHandbook(handbook: Handbook, lang: Lang): Handbook {
	const compare = new Intl.Collator(lang).compare;
	const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
		compare(a.data.title, b.data.title);
	return {
		...handbook,
		roles: [...handbook.roles].sort((a, b) => a.data.order - b.data.order),
		talkingPoints: [...handbook.talkingPoints].sort(byTitle),
		asks: [...handbook.asks].sort((a, b) => a.data.order - b.data.order || byTitle(a, b)),
		scripts: [...handbook.scripts].sort(
			(a, b) =>
				callScriptChannels.indexOf(a.data.channel) - callScriptChannels.indexOf(b.data.channel) ||
				byTitle(a, b),
		),
		caseStudies: [...handbook.caseStudies].sort(
			(a, b) => a.data.year - b.data.year || byTitle(a, b),
		),
		glossary: [...handbook.glossary].sort((a, b) => compare(a.data.term, b.data.term)),
		states: [...handbook.states].sort((a, b) => compare(a.data.name, b.data.name)),
	};
}

const hasRole = (refs: readonly Ref<'roles'>[], roleId: string) =>
	refs.some((r) => r.id === roleId);

/** The roles in page order. */
export async function getRoles(lang: Lang = defaultLang): Promise<RoleEntry[]> {
	return (await loadHandbook(lang)).roles;
}

/** One role by id; throws with the known ids when it does not exist. */
async function getRole(id: string, lang: Lang = defaultLang): Promise<RoleEntry> {
	const { roles } = await loadHandbook(lang);
	const role = roles.find((r) => r.id === id);
	if (!role)
		throw new Error(
			`No role "${id}" in content/roles/. Known roles: ${roles.map((r) => r.id).join(', ')}.`,
		);
	return role;
}

/** Roles for a list of references, in page order. */
export async function getRolesFor(
	refs: readonly Ref<'roles'>[],
	lang: Lang = defaultLang,
): Promise<RoleEntry[]> {
	const ids = new Set(refs.map((r) => r.id));
	return (await getRoles(lang)).filter((r) => ids.has(r.id));
}

/** Sources for a list of references, in the order given, duplicates dropped. */
export async function getSourcesFor(
	refs: readonly Ref<'sources'>[],
	lang: Lang = defaultLang,
): Promise<SourceEntry[]> {
	const { sources } = await loadHandbook(lang);
	return [...new Set(refs.map((r) => r.id))].map((id) => sources.get(id)!);
}

/** Every source, grouped in the order of their kinds, then newest first. */
export async function getAllSources(lang: Lang = defaultLang): Promise<SourceEntry[]> {
	const { sources } = await loadHandbook(lang);
	return [...sources.values()].sort(
		(a, b) =>
			a.data.kind.localeCompare(b.data.kind) ||
			b.data.date.localeCompare(a.data.date) ||
			byTitle(a, b),
	);
}

/** The source a source was found through (its `via`), if any. */
export async function getViaSource(
	source: SourceEntry,
	lang: Lang = defaultLang,
): Promise<SourceEntry | undefined> {
	const via = source.data.via;
	return via ? (await loadHandbook(lang)).sources.get(via.id) : undefined;
}

/** Every talking point, by title. */
export async function getTalkingPoints(lang: Lang = defaultLang): Promise<TalkingPointEntry[]> {
	return (await loadHandbook(lang)).talkingPoints;
}

/** Talking points for a list of references, in the order given. */
export async function getTalkingPointsFor(
	refs: readonly Ref<'talking-points'>[],
	lang: Lang = defaultLang,
): Promise<TalkingPointEntry[]> {
	const points = await getTalkingPoints(lang);
	return refs.map((ref) => points.find((p) => p.id === ref.id)!);
}

/** A role's talking points, split into points to make and rebuttals to objections, strongest first. */
export async function getTalkingPointsForRole(roleId: string, lang: Lang = defaultLang) {
	const points = (await getTalkingPoints(lang)).filter((p) => hasRole(p.data.roles, roleId));
	return {
		points: points.filter((p) => p.data.objection === undefined).sort(byStrength),
		rebuttals: points.filter((p) => p.data.objection !== undefined).sort(byStrength),
	};
}

/**
 * Strongest first (the author's `strength`), then by category and id: not by title, so a role
 * page picks the same points, in the same order, in every language.
 */
function byStrength(a: TalkingPointEntry, b: TalkingPointEntry) {
	return (
		b.data.strength - a.data.strength ||
		talkingPointCategories.indexOf(a.data.category) -
			talkingPointCategories.indexOf(b.data.category) ||
		a.id.localeCompare(b.id)
	);
}

/** Talking points grouped by category, categories in their fixed order, empty ones left out. */
export async function getTalkingPointsByCategory(lang: Lang = defaultLang) {
	const points = await getTalkingPoints(lang);
	return talkingPointCategories
		.map((category) => ({ category, points: points.filter((p) => p.data.category === category) }))
		.filter((group) => group.points.length > 0);
}

/** Every model ask, most important first. */
export async function getAsks(lang: Lang = defaultLang): Promise<ModelAskEntry[]> {
	return (await loadHandbook(lang)).asks;
}

/** The asks one official can grant, most important first. */
/**
 * The asks a national role page offers: those that fit every state. Asks written for some states'
 * law (`onlyWhere`) are offered on those states' official pages, where they are true.
 */
async function getAsksForRole(roleId: string, lang: Lang = defaultLang): Promise<ModelAskEntry[]> {
	return (await getAsks(lang)).filter((a) => a.data.role.id === roleId && !a.data.onlyWhere);
}

/** Asks for a list of references, in the order given. */
export async function getAsksFor(
	refs: readonly Ref<'model-asks'>[],
	lang: Lang = defaultLang,
): Promise<ModelAskEntry[]> {
	const asks = await getAsks(lang);
	return refs.map((ref) => asks.find((a) => a.id === ref.id)!);
}

/** Every call script, by channel then title. */
export async function getScripts(lang: Lang = defaultLang): Promise<CallScriptEntry[]> {
	return (await loadHandbook(lang)).scripts;
}

/** The scripts written for one official, by channel. */
async function getScriptsForRole(
	roleId: string,
	lang: Lang = defaultLang,
): Promise<CallScriptEntry[]> {
	return (await getScripts(lang)).filter((s) => s.data.role.id === roleId);
}

/** Scripts of the given channels, grouped by official in page order; officials with none left out. */
export async function getScriptsByRoleForChannels(
	channels: readonly string[],
	lang: Lang = defaultLang,
) {
	const [roles, scripts] = await Promise.all([getRoles(lang), getScripts(lang)]);
	return roles
		.map((role) => ({
			role,
			scripts: scripts.filter(
				(s) => s.data.role.id === role.id && channels.includes(s.data.channel),
			),
		}))
		.filter((group) => group.scripts.length > 0);
}

/** The scripts that carry a given ask. */
export async function getScriptsForAsk(
	askId: string,
	lang: Lang = defaultLang,
): Promise<CallScriptEntry[]> {
	return (await getScripts(lang)).filter((s) => s.data.asks.some((a) => a.id === askId));
}

/** Every case study, oldest first. */
export async function getCaseStudies(lang: Lang = defaultLang): Promise<CaseStudyEntry[]> {
	return (await loadHandbook(lang)).caseStudies;
}

/** The case studies that involve one official, oldest first. */
async function getCaseStudiesForRole(
	roleId: string,
	lang: Lang = defaultLang,
): Promise<CaseStudyEntry[]> {
	return (await getCaseStudies(lang)).filter((c) => hasRole(c.data.roles, roleId));
}

/** Every glossary term, A to Z. */
export async function getGlossary(lang: Lang = defaultLang): Promise<GlossaryEntry[]> {
	return (await loadHandbook(lang)).glossary;
}

/** Every source cited by the given entries, deduplicated, newest first. */
async function getSourcesCitedBy(
	entries: readonly { data: { sources: readonly Ref<'sources'>[] } }[],
	lang: Lang = defaultLang,
) {
	const sources = await getSourcesFor(
		entries.flatMap((e) => e.data.sources),
		lang,
	);
	return sources.sort((a, b) => b.data.date.localeCompare(a.data.date) || byTitle(a, b));
}

/**
 * How many talking points a role page lists, strongest first; the rest are one link away on the
 * full index. Keeps a role page short on a phone and its build cost flat however many points exist.
 */
const rolePageSize = { points: 8, rebuttals: 6 } as const;

/**
 * Everything a role page shows, filtered and sorted; empty sections are empty arrays. `points`
 * and `rebuttals` are capped at `rolePageSize`; `morePoints` counts the ones left for the index.
 */
export async function getRolePage(roleId: string, lang: Lang = defaultLang) {
	const role = await getRole(roleId, lang);
	const [asks, all, scripts, caseStudies] = await Promise.all([
		getAsksForRole(roleId, lang),
		getTalkingPointsForRole(roleId, lang),
		getScriptsForRole(roleId, lang),
		getCaseStudiesForRole(roleId, lang),
	]);
	const points = all.points.slice(0, rolePageSize.points);
	const rebuttals = all.rebuttals.slice(0, rolePageSize.rebuttals);
	const morePoints = all.points.length + all.rebuttals.length - points.length - rebuttals.length;
	const sources = await getSourcesCitedBy(
		[role, ...asks, ...points, ...rebuttals, ...caseStudies],
		lang,
	);
	const askCautions = await getCautionsForEach(asks, lang);
	return { role, asks, askCautions, points, rebuttals, morePoints, scripts, caseStudies, sources };
}

/** How many of each kind a printed leave-behind holds; sized to fit two Letter pages. */
const leaveBehindSize = { asks: 4, points: 5, rebuttals: 4 } as const;

/** The top asks and the strongest points of a role for its printed leave-behind. */
export async function getLeaveBehind(roleId: string, lang: Lang = defaultLang) {
	const { role, asks, points, rebuttals } = await getRolePage(roleId, lang);
	return {
		role,
		asks: asks.slice(0, leaveBehindSize.asks),
		points: points.slice(0, leaveBehindSize.points),
		rebuttals: rebuttals.slice(0, leaveBehindSize.rebuttals),
	};
}

/** Every state and DC, A to Z by name. */
export async function getStates(lang: Lang = defaultLang): Promise<StateEntry[]> {
	return (await loadHandbook(lang)).states;
}

/** Everything a state page shows: the state, its laws' sources, and every ask with its cautions there. */
export async function getStatePage(stateId: string, lang: Lang = defaultLang) {
	const states = await getStates(lang);
	const state = states.find((s) => s.id === stateId);
	if (!state) throw new Error(`No state "${stateId}" in content/states/.`);
	const sources = await getSourcesFor(state.data.laws.flatMap((law) => law.sources));
	return { state, sources, ...(await getAsksForState(state, lang)) };
}

/** Anything that can carry state cautions: an ask, a talking point or a call script. */
interface WithCautions {
	data: { stateCautions: readonly StateCaution[] };
}

/** One caution with what it points to: the states where it holds now and the asks to make there instead. */
export interface ResolvedCaution {
	caution: StateCaution;
	/** States (A to Z) where the caution holds today; never empty. */
	states: StateEntry[];
	/** The asks that work there, in the order the author listed them. */
	instead: ModelAskEntry[];
	/** For a script: the ask the caution belongs to, when it is not the script's own. */
	ask?: ModelAskEntry;
}

/**
 * An entry's cautions that hold in at least one state today, each with those states and the asks
 * to make there instead. A caution no state matches (its kind of law is in force nowhere yet) is
 * left out, so pages show nothing for it.
 */
export async function getCautionsFor(
	entry: WithCautions,
	lang: Lang = defaultLang,
): Promise<ResolvedCaution[]> {
	const states = await getStates(lang);
	const resolved: ResolvedCaution[] = [];
	for (const caution of entry.data.stateCautions) {
		const where = getStatesWhereCautionHolds(caution, states);
		if (where.length === 0) continue;
		resolved.push({
			caution,
			states: where,
			instead: await getAsksFor(caution.instead, lang),
		});
	}
	return resolved;
}

/** The cautions of each entry that has any, by entry id: for lists such as a role page's asks. */
async function getCautionsForEach(
	entries: readonly (WithCautions & { id: string })[],
	lang: Lang = defaultLang,
): Promise<Map<string, ResolvedCaution[]>> {
	const pairs = await Promise.all(
		entries.map(async (entry) => [entry.id, await getCautionsFor(entry, lang)] as const),
	);
	return new Map(pairs.filter(([, cautions]) => cautions.length > 0));
}

/** A call script's cautions: its own first, then those of each ask it carries, each naming its ask. */
export async function getScriptCautions(
	script: CallScriptEntry,
	lang: Lang = defaultLang,
): Promise<ResolvedCaution[]> {
	const own = await getCautionsFor(script, lang);
	const asks = await getAsksFor(script.data.asks, lang);
	const fromAsks = await Promise.all(
		asks.map(async (ask) => (await getCautionsFor(ask, lang)).map((c) => ({ ...c, ask }))),
	);
	return [...own, ...fromAsks.flat()];
}

/** An ask as a state page offers it, with the cautions that hold there and what to ask instead. */
export interface AskInState {
	ask: ModelAskEntry;
	cautions: { caution: StateCaution; instead: ModelAskEntry[] }[];
}

/**
 * What a state's page offers to ask for: asks that can be made there, grouped by official in page
 * order (each with any caution that holds), and the asks state law rules out there, each with its
 * note and the alternatives that are themselves allowed in that state. An unreviewed state has no
 * laws, so only cautions that name it by postal code take effect.
 */
async function getAsksForState(state: StateEntry, lang: Lang = defaultLang) {
	const [roles, asks] = await Promise.all([getRoles(lang), getAsks(lang)]);
	const { offered, ruledOut } = sortEntriesForState(asks, state.data);
	const offeredIds = new Set(offered.map((o) => o.entry.id));
	const withInstead = async ({
		entry,
		cautions,
	}: {
		entry: ModelAskEntry;
		cautions: StateCaution[];
	}): Promise<AskInState> => ({
		ask: entry,
		cautions: await Promise.all(
			cautions.map(async (caution) => ({
				caution,
				instead: (await getAsksFor(caution.instead, lang)).filter((a) => offeredIds.has(a.id)),
			})),
		),
	});
	const offeredInState = await Promise.all(offered.map(withInstead));
	const roleOrder = roles.map((role) => role.id);
	return {
		roles,
		askGroups: roles
			.map((role) => ({
				role,
				asks: offeredInState.filter((a) => a.ask.data.role.id === role.id),
			}))
			.filter((group) => group.asks.length > 0),
		ruledOut: (await Promise.all(ruledOut.map(withInstead))).sort(
			(a, b) => roleOrder.indexOf(a.ask.data.role.id) - roleOrder.indexOf(b.ask.data.role.id),
		),
	};
}

/** The two newest editions of ICE's 287(g) lists (`previous` is undefined when there is one). */
export async function getIceLists(
	lang: Lang = defaultLang,
): Promise<{ newest: IceListEntry; previous?: IceListEntry }> {
	const [newest, previous] = (await loadHandbook(lang)).iceLists;
	return previous ? { newest: newest!, previous } : { newest: newest! };
}

/** Where the importer keeps the history of ICE's lists. */
const iceHistoryFile = 'content/ice-history/history.json';
let iceHistory: IceHistory | undefined;

/**
 * Which agreements were on which of ICE's recorded lists (first seen, last seen, ended): see
 * `src/lib/ice-history.ts`. Stops the build, naming the file, when it is missing or broken.
 */
export function getIceHistory(): IceHistory {
	if (iceHistory) return iceHistory;
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(iceHistoryFile, 'utf8'));
	} catch (error) {
		throw new ContentError([
			{
				filePath: iceHistoryFile,
				field: '(file)',
				message: `cannot be read (${(error as Error).message}). Run npm run data:287g (see CONTRIBUTING.md) or restore it with git checkout.`,
			},
		]);
	}
	const parsed = iceHistorySchema.safeParse(raw);
	if (!parsed.success)
		throw new ContentError(
			parsed.error.issues.map((issue) => ({
				filePath: iceHistoryFile,
				field: issue.path.join('.'),
				message: `${issue.message} Never edit it by hand: run npm run data:287g again.`,
			})),
		);
	iceHistory = parsed.data;
	return iceHistory;
}

/** Figures from the newest edition by name, e.g. `agreements` → "832" (see `iceFigures`). */
export async function getIceFigures(lang: Lang = defaultLang): Promise<Record<string, string>> {
	return (await loadHandbook(lang)).iceFigures;
}

/** An entry as an official's page for one state shows it, with the cautions that hold there. */
export type InState<E> = OfficialEntry<E, ModelAskEntry>;

const officialJoins = new Map<string, ReturnType<typeof joinOfficialInState>>();

/** The join of `src/lib/state-law.ts` over this language's content; computed once per state and role. */
function joinOfficialInState(state: StateEntry, roleId: string, lang: Lang) {
	return (async () => {
		const [asks, { points, rebuttals }, scripts] = await Promise.all([
			getAsks(lang),
			getTalkingPointsForRole(roleId, lang),
			getScripts(lang),
		]);
		return getOfficialInState({
			state: state.data,
			roleId,
			asks,
			points: [...points, ...rebuttals],
			scripts,
		});
	})();
}

/** `getOfficialInState` for one state and role in `lang`, shared by every page that needs it. */
async function officialInState(state: StateEntry, roleId: string, lang: Lang) {
	const key = `${lang}/${state.id}/${roleId}`;
	let join = officialJoins.get(key);
	if (!join) {
		join = joinOfficialInState(state, roleId, lang);
		officialJoins.set(key, join);
	}
	return join;
}

/** One state by id; throws with a hint when it does not exist. */
async function getState(stateId: string, lang: Lang): Promise<StateEntry> {
	const state = (await getStates(lang)).find((s) => s.id === stateId);
	if (!state) throw new Error(`No state "${stateId}" in content/states/.`);
	return state;
}

/**
 * A script's placeholder values in one state, keyed by the script's own tokens (`[STATE]`, or its
 * Spanish twin): the state's name and the law the script is about (`statePlaceholderDefaults`).
 * Empty when the script uses neither placeholder.
 */
export function getStateScriptDefaults(
	script: CallScriptEntry,
	state: StateEntry,
): Record<string, string> {
	const values = statePlaceholderDefaults(script.data.onlyWhere, state.data);
	return Object.fromEntries(
		script.data.placeholders.flatMap((p) => {
			const value = values[englishToken(p.token)];
			return value ? [[p.token, value] as const] : [];
		}),
	);
}

/**
 * Everything an official's page for one state shows (`/states/<state>/<role>/`), decided by the one
 * join in `src/lib/state-law.ts`: the asks allowed there (with cautions), the asks state law rules
 * out (with what to ask instead), the talking points and rebuttals that hold (capped like the role
 * page), the scripts that fit, and the official's case studies.
 */
export async function getOfficialStatePage(
	stateId: string,
	roleId: string,
	lang: Lang = defaultLang,
) {
	const [state, role, roles, caseStudies] = await Promise.all([
		getState(stateId, lang),
		getRole(roleId, lang),
		getRoles(lang),
		getCaseStudiesForRole(roleId, lang),
	]);
	const join = await officialInState(state, roleId, lang);
	const points = join.points.filter((p) => p.entry.data.objection === undefined);
	const rebuttals = join.points.filter((p) => p.entry.data.objection !== undefined);
	return {
		state,
		role,
		roles,
		offered: join.offered,
		ruledOut: join.ruledOut,
		points: points.slice(0, rolePageSize.points),
		rebuttals: rebuttals.slice(0, rolePageSize.rebuttals),
		morePoints:
			Math.max(0, points.length - rolePageSize.points) +
			Math.max(0, rebuttals.length - rolePageSize.rebuttals),
		scripts: join.scripts,
		caseStudies: [
			...caseStudies.filter((c) => c.data.state === state.data.code),
			...caseStudies.filter((c) => c.data.state !== state.data.code),
		],
	};
}

/** The leave-behind for one official in one state: only what state law allows there, sized like the national one. */
export async function getStateLeaveBehind(
	stateId: string,
	roleId: string,
	lang: Lang = defaultLang,
) {
	const page = await getOfficialStatePage(stateId, roleId, lang);
	return {
		state: page.state,
		role: page.role,
		asks: page.offered.slice(0, leaveBehindSize.asks),
		points: page.points.slice(0, leaveBehindSize.points),
		rebuttals: page.rebuttals.slice(0, leaveBehindSize.rebuttals),
	};
}

/**
 * What a county on a state's page says to ask (the county answer): the first asks allowed for the
 * sheriff and the county commission there with no caution there, the script to use first (the
 * first fitting one with no caution, the sheriff's before the commission's), and the state's case studies by their place, so each county can show those of its own.
 */
export async function getCountyAnswer(stateId: string, lang: Lang = defaultLang) {
	const state = await getState(stateId, lang);
	const [sheriff, commission, caseStudies, roles] = await Promise.all([
		officialInState(state, 'sheriff', lang),
		officialInState(state, 'county-commission', lang),
		getCaseStudies(lang),
		getRoles(lang),
	]);
	const free = <E>(list: readonly InState<E>[]) =>
		list.filter((o) => o.cautions.length === 0).map((o) => o.entry);
	const script = [...sheriff.scripts, ...commission.scripts].find(
		(s) => s.cautions.length === 0,
	)?.entry;
	return {
		state,
		/** The officials a county answer links, for this state: the sheriff and the county commission. */
		roles: roles.filter((r) => r.id === 'sheriff' || r.id === 'county-commission'),
		// A one-line answer has no room for a caution's note, so it names only asks with none there.
		asks: [...free(sheriff.offered).slice(0, 2), ...free(commission.offered).slice(0, 1)],
		script,
		caseStudies: caseStudies.filter((c) => c.data.state === state.data.code),
	};
}

/** How one script fits one state, for the note a national script page shows a reader of that state. */
export interface ScriptInState {
	/** The state's id, e.g. "texas", for the official's page for the state. */
	id: string;
	/** The state's name in the page's language. */
	name: string;
	/** Present when state law rules the script out there, or it is written for other states: the ids of the official's scripts that fit there instead. */
	instead?: string[];
	/** The script's placeholder values in this state (see `getStateScriptDefaults`), when it has any. */
	defaults?: Record<string, string>;
}

/**
 * For a national script page: how the script fits each state, by postal code, with what the
 * browser needs to name and link the alternatives once. The page hands this to the browser, which
 * shows the note for the reader's state (from `?state=` or the state the reader chose to remember)
 * and fills in `[STATE]` and `[STATE LAW]`. Kept small: every script page carries it.
 */
export async function getScriptInEachState(script: CallScriptEntry, lang: Lang = defaultLang) {
	const [states, role, scripts] = await Promise.all([
		getStates(lang),
		getRole(script.data.role.id, lang),
		getScriptsForRole(script.data.role.id, lang),
	]);
	const entries = await Promise.all(
		states.map(async (state) => {
			const join = await officialInState(state, role.id, lang);
			const fits = join.scripts.some((s) => s.entry.id === script.id);
			const defaults = getStateScriptDefaults(script, state);
			const value: ScriptInState = {
				id: state.id,
				name: state.data.name,
				...(fits ? {} : { instead: join.scripts.map((s) => s.entry.id) }),
				...(Object.keys(defaults).length > 0 ? { defaults } : {}),
			};
			return [state.data.code, value] as const;
		}),
	);
	return {
		/** The official's label, for "Sheriff in Texas". */
		role: role.data.label,
		/** Addresses with `{state}`, `{script}` and `{code}` to fill in. */
		statePage: inLang(paths.stateRole('{state}', role.id), lang),
		scriptPage: inLang(paths.scriptInState('{script}', '{code}'), lang),
		/** Titles of this official's scripts, by id. */
		titles: Object.fromEntries(scripts.map((s) => [s.id, s.data.title])),
		states: Object.fromEntries(entries),
	};
}

/**
 * One page per agency on ICE's newest 287(g) list (`/agencies/<slug>/`): which agreements make up
 * an agency, its history, which official oversees it, and its stable address.
 *
 * Addresses come from `content/ice-history/agency-slugs.json`, written by the importer
 * (`scripts/import-287g-agency-slugs.ts`): once an agency has a slug it keeps it, even when ICE
 * corrects the spelling of its name, and a new list only adds slugs. Slugs other names of the same
 * agency would give, and slugs a maintainer retired (`formerSlugs`), redirect to the page.
 *
 * Pure functions and a file reader with no Astro imports: `astro.config.mjs` reads the redirects
 * before collections load, and the importer writes the file with the same rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AgreementRecord } from './ice-history.ts';
import type { IceAgreement } from '../schemas/ice-lists.ts';

/** Where the importer keeps the slug of every agency ever listed. */
export const agencySlugsFile = 'content/ice-history/agency-slugs.json';

/** One agency in the slug file: its address, its state and every name ICE has given it. */
export interface AgencySlug {
	/** The page's address under /agencies/, e.g. "tx-harris-county-sheriffs-office". Never changes. */
	slug: string;
	/** Two-letter postal code. */
	state: string;
	/** Every name ICE has listed this agency under; the slug was made from the first. */
	names: string[];
	/** Slugs this agency had before a maintainer changed it by hand; each redirects here. */
	formerSlugs: string[];
}

/**
 * An agency name compared the way ICE varies it (letter case, apostrophes, "Sheriffs", "Dept.",
 * "&", punctuation): the same rule the importer uses to match rows across lists.
 */
export const agencyNameKey = (agency: string) =>
	agency
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/&/g, ' and ')
		.replace(/\bsheriffs\b|\bsheriff's\b|\bsherrif'?s\b/g, 'sheriff')
		.replace(/\bdept\.?(?=\s|$)/g, 'department')
		.replace(/\bco\.(?=\s|$)/g, 'county')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** The key of one agency: state and name key, e.g. "TX|harris county sheriff office". */
const agencyKeyOf = (state: string, agency: string) => `${state}|${agencyNameKey(agency)}`;

/** The slug a name would get: "Harris County Sheriff's Office", TX → "tx-harris-county-sheriffs-office". */
export function slugForName(state: string, agency: string): string {
	const words = agency
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return `${state.toLowerCase()}-${words || 'agency'}`;
}

/** The parts of a history agreement the slug rules read. */
type SlugSource = Pick<AgreementRecord, 'state' | 'agency' | 'formerNames' | 'status'>;

/**
 * The slug file after recording a history: every agency keeps its slug; an agreement whose name is
 * new but whose former name has a slug no current agreement still uses (a corrected spelling) adds
 * its name to that agency; any other new name gets a new slug, made unique with "-2", "-3".
 * Returns the new entries and what changed, in words, for the importer's summary.
 */
export function updateAgencySlugs(
	before: readonly AgencySlug[],
	agreements: readonly SlugSource[],
): { slugs: AgencySlug[]; summary: string[] } {
	const slugs = before.map((s) => ({ ...s, names: [...s.names], formerSlugs: [...s.formerSlugs] }));
	const byKey = new Map<string, AgencySlug>();
	for (const entry of slugs)
		for (const name of entry.names) byKey.set(agencyKeyOf(entry.state, name), entry);
	const taken = new Set(slugs.flatMap((s) => [s.slug, ...s.formerSlugs]));
	// Names still carried by an agreement on the newest list: their slug is not free to move.
	const currentKeys = new Set(
		agreements.filter((a) => a.status !== 'ended').map((a) => agencyKeyOf(a.state, a.agency)),
	);
	const summary: string[] = [];
	for (const a of agreements) {
		const key = agencyKeyOf(a.state, a.agency);
		if (byKey.has(key)) continue;
		const renamedFrom = a.formerNames
			.map((name) => agencyKeyOf(a.state, name))
			.find((k) => byKey.has(k) && !currentKeys.has(k));
		if (renamedFrom) {
			const entry = byKey.get(renamedFrom)!;
			entry.names.push(a.agency);
			byKey.set(key, entry);
			summary.push(`${a.state} ${a.agency}: renamed, keeps /agencies/${entry.slug}/.`);
			continue;
		}
		const base = slugForName(a.state, a.agency);
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		// Its former names come along unless another agency has or uses them (a merged listing).
		const names = [a.agency];
		for (const name of a.formerNames) {
			const k = agencyKeyOf(a.state, name);
			if (byKey.has(k) || currentKeys.has(k) || names.some((n) => agencyKeyOf(a.state, n) === k))
				continue;
			names.push(name);
		}
		const entry: AgencySlug = { slug, state: a.state, names, formerSlugs: [] };
		slugs.push(entry);
		for (const name of names) byKey.set(agencyKeyOf(a.state, name), entry);
	}
	const added = slugs.length - before.length;
	if (added > 0) summary.push(`${added} new agency page addresses in ${agencySlugsFile}.`);
	return { slugs: slugs.sort((x, y) => x.slug.localeCompare(y.slug)), summary };
}

/** The slug file as JSON, one agency per line, so each import diffs line by line. */
export function serializeAgencySlugs(slugs: readonly AgencySlug[]): string {
	return `{\n\t"agencies": [\n${slugs.map((s) => `\t\t${JSON.stringify(s)}`).join(',\n')}\n\t]\n}\n`;
}

/** Reads the slug file; an empty list when there is none; throws naming the file when it is broken. */
export function readAgencySlugs(file = agencySlugsFile): AgencySlug[] {
	if (!existsSync(file)) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(
			`${file} cannot be read (${(error as Error).message}). Restore it with git checkout, then run npm run data:287g again.`,
		);
	}
	const list = (parsed as { agencies?: unknown } | null)?.agencies;
	const valid = (s: unknown): s is AgencySlug => {
		const e = s as AgencySlug;
		return (
			typeof e?.slug === 'string' &&
			/^[a-z]{2}-[a-z0-9-]+$/.test(e.slug) &&
			typeof e.state === 'string' &&
			Array.isArray(e.names) &&
			e.names.length > 0 &&
			e.names.every((n) => typeof n === 'string') &&
			Array.isArray(e.formerSlugs) &&
			e.formerSlugs.every((n) => typeof n === 'string' && /^[a-z]{2}-[a-z0-9-]+$/.test(n))
		);
	};
	if (!Array.isArray(list))
		throw new Error(`${file}: "agencies" must be a list. Restore it with git checkout.`);
	const bad = list.findIndex((s) => !valid(s));
	if (bad >= 0)
		throw new Error(
			`${file}: agencies[${bad}] needs a slug like "tx-harris-county-sheriffs-office", a state, a list of names and a list of formerSlugs. Restore it with git checkout.`,
		);
	return list as AgencySlug[];
}

/**
 * Old or guessable addresses that lead to an agency page, in each language: slugs a maintainer
 * retired, and the slug each other name of the agency would give (an old spelling), unless a live
 * page or another agency uses it.
 */
export function getAgencyRedirects(slugs: readonly AgencySlug[] = readAgencySlugs()) {
	const live = new Set(slugs.map((s) => s.slug));
	const claims = new Map<string, Set<string>>();
	for (const entry of slugs) {
		const others = [...entry.formerSlugs, ...entry.names.map((n) => slugForName(entry.state, n))];
		for (const from of others) {
			if (from === entry.slug || live.has(from)) continue;
			claims.set(from, (claims.get(from) ?? new Set()).add(entry.slug));
		}
	}
	const redirects: Record<string, string> = {};
	for (const [from, to] of claims) {
		if (to.size !== 1) continue;
		const [target] = [...to];
		redirects[`/agencies/${from}/`] = `/agencies/${target}/`;
		redirects[`/es/agencies/${from}/`] = `/es/agencies/${target}/`;
	}
	return redirects;
}

/** The official who answers for an agency, by role id (content/roles/). */
export type OverseeingRole = 'sheriff' | 'county-commission' | 'city-council' | 'state';

/**
 * Who oversees an agency: a sheriff's office answers to the sheriff; any other county agency (a
 * jail run by the county, a county police or corrections department) to the county commission,
 * which funds it; a city's police to the city council (and the mayor); a state agency to the
 * legislature and governor.
 */
export function overseeingRole(
	agency: Pick<IceAgreement, 'agency' | 'agencyType'>,
): OverseeingRole {
	if (agency.agencyType === 'State Agency') return 'state';
	if (agency.agencyType === 'Municipality') return 'city-council';
	return /sheriff|sherrif/i.test(agency.agency) ? 'sheriff' : 'county-commission';
}

/** One agency on the newest list, with its agreements there and its whole history. */
export interface Agency {
	slug: string;
	/** The name on the newest list (the first row's, when rows spell it differently). */
	name: string;
	state: string;
	county: string | null;
	countyFips: string | null;
	agencyType: IceAgreement['agencyType'];
	/** Its rows on the newest list, in ICE's order. */
	agreements: IceAgreement[];
	/** Every agreement of this agency in the history, current and ended, oldest first. */
	history: AgreementRecord[];
	/** Other names ICE has used for it, A to Z. */
	formerNames: string[];
}

/**
 * The agencies of the newest list, in its order, each with its slug and history. Throws, naming
 * the agency and the fix, when one has no slug in the slug file.
 */
export function groupAgencies(
	agreements: readonly IceAgreement[],
	history: readonly AgreementRecord[],
	slugs: readonly AgencySlug[],
): Agency[] {
	const slugOf = new Map<string, AgencySlug>();
	for (const entry of slugs)
		for (const name of entry.names) slugOf.set(agencyKeyOf(entry.state, name), entry);
	const historyOf = Map.groupBy(history, (a) => agencyKeyOf(a.state, a.agency));
	const agencies = new Map<string, Agency>();
	for (const row of agreements) {
		const key = agencyKeyOf(row.state, row.agency);
		const entry = slugOf.get(key);
		if (!entry)
			throw new Error(
				`${agencySlugsFile}: no page address for "${row.agency}" (${row.state}). Run npm run data:287g again, or npx node scripts/import-287g-agency-slugs.ts to add the missing ones.`,
			);
		const found = agencies.get(entry.slug);
		if (found) {
			found.agreements.push(row);
			found.county ??= row.county;
			found.countyFips ??= row.countyFips;
			continue;
		}
		const records = entry.names.flatMap((n) => historyOf.get(agencyKeyOf(row.state, n)) ?? []);
		const unique = [...new Set(records)].sort((x, y) => x.firstSeen.localeCompare(y.firstSeen));
		const names = new Set([...entry.names, ...unique.flatMap((r) => [r.agency, ...r.formerNames])]);
		names.delete(row.agency);
		agencies.set(entry.slug, {
			slug: entry.slug,
			name: row.agency,
			state: row.state,
			county: row.county,
			countyFips: row.countyFips,
			agencyType: row.agencyType,
			agreements: [row],
			history: unique,
			formerNames: [...names].filter((n) => agencyNameKey(n) !== agencyNameKey(row.agency)).sort(),
		});
	}
	return [...agencies.values()];
}

/** The slug of every agency name on a list, by state and name key, for links from other pages. */
export function agencySlugIndex(
	slugs: readonly AgencySlug[],
): (state: string, agency: string) => string | undefined {
	const index = new Map<string, string>();
	for (const entry of slugs)
		for (const name of entry.names) index.set(agencyKeyOf(entry.state, name), entry.slug);
	return (state, agency) => index.get(agencyKeyOf(state, agency));
}

/** The longest page title search engines and tabs show whole (html-validate's `long-title`). */
const maxTitleLength = 70;

/** The length of text as written in HTML, where `&` and quotes take an entity (`&amp;`, `&#39;`). */
const htmlLength = (text: string) =>
	text.length + (text.match(/&/g)?.length ?? 0) * 4 + (text.match(/['"<>]/g)?.length ?? 0) * 4;

/**
 * A page title made by `titleOf(name)` that fits in 70 characters as written in HTML: when the
 * whole name makes it too long, the name is cut at a word and ends with "…" (the page's heading
 * keeps it whole).
 */
export function fitTitle(name: string, titleOf: (name: string) => string): string {
	if (htmlLength(titleOf(name)) <= maxTitleLength) return titleOf(name);
	let cut = name;
	while (cut.length > 1 && htmlLength(titleOf(`${cut}…`)) > maxTitleLength) {
		const shorter = cut.replace(/[\s,/&-]+\S*$/, '');
		cut = shorter === cut || shorter === '' ? cut.slice(0, -1) : shorter;
	}
	return titleOf(`${cut}…`);
}

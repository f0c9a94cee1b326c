/**
 * Content checks Astro does not make fatal on its own: references to entries that do not exist
 * (Astro's `reference()` only warns at build time), call-script placeholders, explainer citations
 * and talking-point aliases. Pure functions over plain data, so tests can feed them fixtures;
 * `handbook.ts` runs them on the real content and stops the build with every problem listed.
 */
import { isExplainer } from './docs-kind.ts';
import { findPlaceholders } from './placeholders.ts';

/** One entry as the checks see it: where it lives and what its frontmatter holds. */
export interface CheckedEntry {
	/** Path from the project root, e.g. `content/talking-points/detainers-are-requests.yaml`. */
	filePath: string;
	/** The entry's collection, e.g. `talking-points`. */
	collection: string;
	/** The entry's id within its collection. */
	id: string;
	/** Validated frontmatter or YAML data; references appear as `{ collection, id }`. */
	data: Record<string, unknown>;
}

/** A problem an author must fix, named by file and field. */
export interface ContentProblem {
	filePath: string;
	field: string;
	message: string;
}

/** Thrown when content is broken; its message lists every problem, one per line, and how to fix them. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];
	constructor(problems: readonly ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** The lines an author reads: `file: field "x": what is wrong and what to do`, then a total. */
function formatProblems(problems: readonly ContentProblem[]): string {
	const lines = problems.map((p) => `${p.filePath}: field "${p.field}": ${p.message}`);
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return `${lines.join('\n')}\n${problems.length} content ${noun}. Fix each file named above, then build again.`;
}

interface Reference {
	collection: string;
	id: string;
}

function isReference(value: unknown): value is Reference {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Reference).collection === 'string' &&
		typeof (value as Reference).id === 'string'
	);
}

/** Every `{ collection, id }` inside `value`, with the field path that holds it (`roles[1]`). */
function* walkReferences(value: unknown, path: string): Generator<[string, Reference]> {
	if (isReference(value)) {
		yield [path, value];
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* walkReferences(item, `${path}[${index}]`);
	} else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value))
			yield* walkReferences(item, path ? `${path}.${key}` : key);
	}
}

/** References whose target id is not in `idsByCollection`. */
export function findBrokenReferences(
	entries: readonly CheckedEntry[],
	idsByCollection: ReadonlyMap<string, ReadonlySet<string>>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		for (const [field, ref] of walkReferences(entry.data, '')) {
			const known = idsByCollection.get(ref.collection) ?? new Set<string>();
			if (known.has(ref.id)) continue;
			const examples = [...known].sort().slice(0, 5).join(', ');
			problems.push({
				filePath: entry.filePath,
				field,
				message:
					`"${ref.id}" is not an entry in content/${ref.collection}/. ` +
					`Check the spelling (known ids include: ${examples || 'none yet'}) or add the missing entry.`,
			});
		}
	}
	return problems;
}

/** Placeholders used in a script but not declared, and declared but never used. */
export function findPlaceholderProblems(
	filePath: string,
	declared: readonly string[],
	body: string,
): ContentProblem[] {
	const used = new Set(findPlaceholders(body));
	const declaredSet = new Set(declared);
	const problems: ContentProblem[] = [];
	for (const token of used) {
		if (declaredSet.has(token)) continue;
		problems.push({
			filePath,
			field: 'placeholders',
			message: `the script uses ${token} but does not declare it. Add { token: "${token}", fill: "what to write there" } to placeholders.`,
		});
	}
	for (const token of declaredSet) {
		if (used.has(token)) continue;
		problems.push({
			filePath,
			field: 'placeholders',
			message: `${token} is declared but the script never uses it. Use it in the script or remove it from placeholders.`,
		});
	}
	return problems;
}

/** Explainers are factual pages: each must cite sources and say when it was last reviewed. */
export function findExplainerProblems(entry: CheckedEntry): ContentProblem[] {
	if (!isExplainer(entry)) return [];
	const problems: ContentProblem[] = [];
	const sources = entry.data['sources'];
	if (!Array.isArray(sources) || sources.length === 0) {
		problems.push({
			filePath: entry.filePath,
			field: 'sources',
			message:
				'an explainer must cite at least one source. Add ids from content/sources/, like [galarza-v-szalczyk-2014].',
		});
	}
	if (typeof entry.data['reviewed'] !== 'string') {
		problems.push({
			filePath: entry.filePath,
			field: 'reviewed',
			message: 'an explainer must say when it was last checked. Add reviewed: YYYY-MM-DD.',
		});
	}
	return problems;
}

/** Old names (aliases) that are a live talking point's id or another point's alias. */
export function findAliasProblems(
	points: readonly { filePath: string; id: string; aliases: readonly string[] }[],
): ContentProblem[] {
	const live = new Map(points.map((p) => [p.id, p.filePath]));
	const aliasOwner = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const point of points) {
		for (const alias of point.aliases) {
			const liveOwner = live.get(alias);
			const otherOwner = aliasOwner.get(alias);
			if (liveOwner !== undefined) {
				problems.push({
					filePath: point.filePath,
					field: 'aliases',
					message: `"${alias}" is still a talking point (${liveOwner}). An alias is an old name no point uses any more; remove it.`,
				});
			} else if (otherOwner !== undefined) {
				problems.push({
					filePath: point.filePath,
					field: 'aliases',
					message: `"${alias}" is already an alias of ${otherOwner}. One old URL can redirect to one place only.`,
				});
			}
			aliasOwner.set(alias, point.filePath);
		}
	}
	return problems;
}

/** Collections whose `sources` carry claims as evidence; a source the handbook has not read may not be one. */
const evidenceCollections = ['talking-points', 'model-asks', 'roles', 'states', 'docs'] as const;

/** The `sources` lists of an entry that carry evidence, with their field paths (`laws[0].sources`). */
function evidenceSourceLists(entry: CheckedEntry): [string, unknown][] {
	if (entry.collection === 'states') {
		const laws = Array.isArray(entry.data['laws']) ? (entry.data['laws'] as unknown[]) : [];
		return laws.map((law, index) => [
			`laws[${index}].sources`,
			(law as Record<string, unknown> | null)?.['sources'],
		]);
	}
	if (entry.collection === 'docs' && !isExplainer(entry)) return [];
	if (!(evidenceCollections as readonly string[]).includes(entry.collection)) return [];
	return [['sources', entry.data['sources']]];
}

/**
 * Citations of a source the handbook has not read (one with `via`) as evidence for a talking point,
 * ask, role, state law or explainer. `unread` maps each such source id to its `via` id.
 */
export function findUnreadCitations(
	entries: readonly CheckedEntry[],
	unread: ReadonlyMap<string, string>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		for (const [field, list] of evidenceSourceLists(entry)) {
			if (!Array.isArray(list)) continue;
			for (const [index, ref] of list.entries()) {
				const id = isReference(ref) ? ref.id : undefined;
				const via = id === undefined ? undefined : unread.get(id);
				if (id === undefined || via === undefined) continue;
				problems.push({
					filePath: entry.filePath,
					field: `${field}[${index}]`,
					message:
						`"${id}" is a source the handbook has not read (it has via: ${via}), so it cannot carry a claim. ` +
						`Cite what you read instead, ${via}, and say in the text whose account it is; ` +
						`or read the original, then remove via from content/sources/${id}.yaml.`,
				});
			}
		}
	}
	return problems;
}

/** The day twelve months before `date` (YYYY-MM-DD): a review older than this is out of date. */
export function twelveMonthsBefore(date: string): string {
	const year = Number(date.slice(0, 4));
	return `${String(year - 1).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Entries whose `reviewed` date is more than twelve months before `buildDate`: talking points,
 * explainers and states. The build warns about them (it does not fail), so someone checks each
 * claim against its sources again.
 */
export function findStaleReviews(
	entries: readonly CheckedEntry[],
	buildDate: string,
): ContentProblem[] {
	const limit = twelveMonthsBefore(buildDate);
	return entries
		.filter(
			(entry) =>
				entry.collection === 'talking-points' ||
				entry.collection === 'states' ||
				isExplainer(entry),
		)
		.flatMap((entry) => {
			const reviewed = entry.data['reviewed'];
			if (typeof reviewed !== 'string' || reviewed >= limit) return [];
			return [
				{
					filePath: entry.filePath,
					field: 'reviewed',
					message: `last checked ${reviewed}, more than 12 months before this build (${buildDate}). Compare each claim with its sources again, then set reviewed to that day.`,
				},
			];
		});
}

/** The warning the build prints for out-of-date reviews: one line per file, then a total. */
export function formatStaleReviews(stale: readonly ContentProblem[]): string {
	const lines = stale.map((p) => `${p.filePath}: field "${p.field}": ${p.message}`);
	const noun = stale.length === 1 ? 'entry was' : 'entries were';
	return `${lines.join('\n')}\n${stale.length} ${noun} last checked more than 12 months ago. The build goes on; check them against their sources soon.`;
}

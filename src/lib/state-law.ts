/**
 * Pure rules that tie content to a state's law: which kinds of law a state has in force, and which
 * of an entry's `stateCautions` hold there. Role, ask, script and state pages all ask these two
 * questions, so the answer is written once. No Astro imports, so unit tests can feed it plain data.
 */
import type { OnlyWhere, State, StateCaution, stateLawKinds } from '../schemas';

/** One kind of state law, e.g. `requires-287g`. */
export type StateLawKind = (typeof stateLawKinds)[number];

/** The kinds of law a state has in force (fully or in part). Repealed and blocked laws do not count. */
export function getLawKindsInForce(state: Pick<State, 'laws'>): Set<StateLawKind> {
	return new Set(
		state.laws
			.filter((law) => law.status === 'in-force' || law.status === 'partly-blocked')
			.flatMap((law) => law.kinds),
	);
}

/** The cautions of an entry that hold in one state, by the state's law kinds or its postal code. */
export function getCautionsForState(
	cautions: readonly StateCaution[],
	state: Pick<State, 'code' | 'laws'>,
): StateCaution[] {
	const kinds = getLawKindsInForce(state);
	return cautions.filter(
		(caution) =>
			caution.states.includes(state.code) || caution.lawKinds.some((kind) => kinds.has(kind)),
	);
}

/** The state entries where one caution holds now, in the order given (callers pass them A to Z). */
export function getStatesWhereCautionHolds<S extends { data: Pick<State, 'code' | 'laws'> }>(
	caution: StateCaution,
	states: readonly S[],
): S[] {
	return states.filter((state) => getCautionsForState([caution], state.data).length > 0);
}

/** One entry sorted for a state: its cautions there (empty when it fits as is). */
export interface EntryInState<E> {
	entry: E;
	cautions: StateCaution[];
}

/**
 * An official's asks as one state's page offers them: `offered` are asks that can be made there
 * (with any `caution` that holds), `ruledOut` are asks a `does-not-apply` caution rules out there
 * (with those cautions only). Order is kept.
 */
export function sortEntriesForState<E extends { data: { stateCautions: readonly StateCaution[] } }>(
	entries: readonly E[],
	state: Pick<State, 'code' | 'laws'>,
): { offered: EntryInState<E>[]; ruledOut: EntryInState<E>[] } {
	const offered: EntryInState<E>[] = [];
	const ruledOut: EntryInState<E>[] = [];
	for (const entry of entries) {
		const cautions = getCautionsForState(entry.data.stateCautions, state);
		const blocking = cautions.filter((c) => c.effect === 'does-not-apply');
		if (blocking.length > 0) ruledOut.push({ entry, cautions: blocking });
		else offered.push({ entry, cautions });
	}
	return { offered, ruledOut };
}

/** True when an entry written for some states' law (`onlyWhere`) fits this state; no `onlyWhere` fits all. */
export function fitsState(
	onlyWhere: OnlyWhere | undefined,
	state: Pick<State, 'code' | 'laws'>,
): boolean {
	if (onlyWhere === undefined) return true;
	const kinds = getLawKindsInForce(state);
	return onlyWhere.states.includes(state.code) || onlyWhere.lawKinds.some((k) => kinds.has(k));
}

/** Kinds of law that limit what local officials may do for ICE. */
const protectiveKinds: readonly StateLawKind[] = [
	'limits-cooperation',
	'bans-287g',
	'model-policy-or-explain',
];
/** Kinds of law that make local officials help ICE, or forbid them to limit that help. */
const mandateKinds: readonly StateLawKind[] = [
	'requires-287g',
	'requires-detainers',
	'bans-sanctuary-policies',
];

/**
 * The name of the state's law a script is about, for its `[STATE LAW]` placeholder: the first law in
 * force with one of the kinds the script is written for (`onlyWhere.lawKinds`), else the first of
 * the same family (a compliance script takes the first law that limits cooperation; a script for a
 * mandate state the first mandate), else undefined, so the reader fills it in.
 */
export function stateLawNameFor(
	onlyWhere: OnlyWhere | undefined,
	state: Pick<State, 'laws'>,
): string | undefined {
	const inForce = state.laws.filter(
		(l) => l.status === 'in-force' || l.status === 'partly-blocked',
	);
	const firstWith = (kinds: readonly StateLawKind[]) =>
		inForce.find((law) => law.kinds.some((k) => kinds.includes(k)))?.name;
	const wanted = onlyWhere?.lawKinds ?? [];
	if (wanted.length === 0) return undefined;
	const family = wanted.some((k) => mandateKinds.includes(k)) ? mandateKinds : protectiveKinds;
	return firstWith(wanted) ?? firstWith(family);
}

/**
 * What a script's state placeholders default to in one state, keyed by English token: `[STATE]` is
 * the state's name, `[STATE LAW]` the law the script is about (see `stateLawNameFor`) when there is
 * one. What the reader types still wins; without a value the token stays for the reader to fill.
 */
export function statePlaceholderDefaults(
	onlyWhere: OnlyWhere | undefined,
	state: Pick<State, 'name' | 'laws'>,
): Record<string, string> {
	const lawName = stateLawNameFor(onlyWhere, state);
	return { '[STATE]': state.name, ...(lawName ? { '[STATE LAW]': lawName } : {}) };
}

/** The parts of an ask the join reads. */
interface AskLike {
	id: string;
	data: {
		role: { id: string };
		stateCautions: readonly StateCaution[];
		onlyWhere?: OnlyWhere | undefined;
	};
}

/** The parts of a talking point the join reads. */
interface PointLike {
	id: string;
	data: { roles: readonly { id: string }[]; stateCautions: readonly StateCaution[] };
}

/** The parts of a call script the join reads. */
interface ScriptLike {
	id: string;
	data: {
		role: { id: string };
		asks: readonly { id: string }[];
		stateCautions: readonly StateCaution[];
		onlyWhere?: OnlyWhere | undefined;
	};
}

/** A caution as an official's page in one state shows it, with the alternatives allowed there. */
export interface CautionInState<A> {
	caution: StateCaution;
	/** The caution's `instead` asks that can be made in this state, in the author's order. */
	instead: A[];
}

/** One entry on an official's page for a state, with the cautions that hold there. */
export interface OfficialEntry<E, A> {
	entry: E;
	cautions: CautionInState<A>[];
}

/** Everything one official's page for one state offers, decided once (see `getOfficialInState`). */
export interface OfficialInState<A, P, S> {
	/** Asks to this official that can be made here, each with any `caution` that holds. */
	offered: OfficialEntry<A, A>[];
	/** Asks to this official that state law rules out here, with the notes and what to ask instead. */
	ruledOut: OfficialEntry<A, A>[];
	/** Talking points for this official that hold here (none that state law rules out). */
	points: OfficialEntry<P, A>[];
	/** Scripts for this official that fit here, with the cautions of the script and of its asks. */
	scripts: OfficialEntry<S, A>[];
	/** Scripts for this official that do not fit here (ruled out, or written for other states). */
	scriptsElsewhere: S[];
}

/**
 * The one join of state law with asks, talking points and scripts, for one official in one state.
 * Every page that shows what to ask, say or use in a state (the official's page for the state, its
 * leave-behind, the county answer, a script's note for a reader of another state) takes its lists
 * from here, so no page decides on its own.
 *
 * - An ask is offered when it fits the state (`onlyWhere`) and no `does-not-apply` caution holds
 *   there; with one, it is ruled out. An ask that does not fit is neither (it is for other states).
 * - A talking point holds unless a `does-not-apply` caution holds there.
 * - A script fits when it fits the state, no `does-not-apply` caution of its own holds, and every
 *   ask it carries is offered in the state (across all officials).
 * - `instead` keeps only alternatives offered in the state.
 *
 * Order is kept from the input lists. Pure: callers pass every ask (for `instead` and the asks
 * scripts carry), and the points and scripts they want considered.
 */
export function getOfficialInState<
	A extends AskLike,
	P extends PointLike,
	S extends ScriptLike,
>(input: {
	state: Pick<State, 'code' | 'laws'>;
	roleId: string;
	asks: readonly A[];
	points: readonly P[];
	scripts: readonly S[];
}): OfficialInState<A, P, S> {
	const { state, roleId } = input;
	const fitting = input.asks.filter((a) => fitsState(a.data.onlyWhere, state));
	const { offered, ruledOut } = sortEntriesForState(fitting, state);
	const offeredById = new Map(offered.map((o) => [o.entry.id, o.entry]));
	const resolve = (cautions: readonly StateCaution[]): CautionInState<A>[] =>
		cautions.map((caution) => ({
			caution,
			instead: caution.instead.flatMap((ref) => offeredById.get(ref.id) ?? []),
		}));
	const forRole = <E extends { entry: A }>(list: E[]) =>
		list.filter((o) => o.entry.data.role.id === roleId);
	const askCautions = new Map(offered.map((o) => [o.entry.id, o.cautions]));

	const scripts: OfficialEntry<S, A>[] = [];
	const scriptsElsewhere: S[] = [];
	for (const script of input.scripts.filter((s) => s.data.role.id === roleId)) {
		const own = getCautionsForState(script.data.stateCautions, state);
		const fits =
			fitsState(script.data.onlyWhere, state) &&
			own.every((c) => c.effect !== 'does-not-apply') &&
			script.data.asks.every((ask) => offeredById.has(ask.id));
		if (!fits) {
			scriptsElsewhere.push(script);
			continue;
		}
		const fromAsks = script.data.asks.flatMap((ask) => askCautions.get(ask.id) ?? []);
		scripts.push({ entry: script, cautions: resolve([...own, ...new Set(fromAsks)]) });
	}

	const points = input.points
		.filter((p) => p.data.roles.some((r) => r.id === roleId))
		.flatMap((point) => {
			const cautions = getCautionsForState(point.data.stateCautions, state);
			return cautions.some((c) => c.effect === 'does-not-apply')
				? []
				: [{ entry: point, cautions: resolve(cautions) }];
		});

	return {
		offered: forRole(offered).map((o) => ({ entry: o.entry, cautions: resolve(o.cautions) })),
		ruledOut: forRole(ruledOut).map((o) => ({ entry: o.entry, cautions: resolve(o.cautions) })),
		points,
		scripts,
		scriptsElsewhere,
	};
}

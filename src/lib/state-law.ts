/**
 * Pure rules that tie content to a state's law: which kinds of law a state has in force, and which
 * of an entry's `stateCautions` hold there. Role, ask, script and state pages all ask these two
 * questions, so the answer is written once. No Astro imports, so unit tests can feed it plain data.
 */
import type { State, StateCaution, stateLawKinds } from '../schemas';

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

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

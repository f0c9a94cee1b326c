/**
 * When a state caution holds in a state, read from the content files as an author wrote them (not
 * from src/lib): a caution holds when it names the state's postal code, or one of its `lawKinds` is
 * the kind of a law the state has in force (status in-force or partly-blocked). Shared by the site
 * tests of state pages and agency pages.
 */
import type { ContentFile } from '../content/read-content';

export interface Caution {
	lawKinds?: string[];
	states?: string[];
	effect: 'does-not-apply' | 'caution';
	note: string;
	instead?: string[];
}

interface Law {
	kinds: string[];
	status?: string;
}

/** An entry's state cautions as written. */
export const cautionsOf = (entry: ContentFile) => (entry.data['stateCautions'] ?? []) as Caution[];

/** Text with runs of whitespace made one space. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function kindsInForce(state: ContentFile): Set<string> {
	const laws = (state.data['laws'] ?? []) as Law[];
	return new Set(
		laws
			.filter((law) => (law.status ?? 'in-force') === 'in-force' || law.status === 'partly-blocked')
			.flatMap((law) => law.kinds),
	);
}

/** True when the caution holds in the state. */
export function holdsIn(caution: Caution, state: ContentFile): boolean {
	const kinds = kindsInForce(state);
	return (
		(caution.states ?? []).includes(String(state.data['code'])) ||
		(caution.lawKinds ?? []).some((kind) => kinds.has(kind))
	);
}

/**
 * The Spanish term base: each English glossary term's approved Spanish rendering and the
 * renderings to avoid (`spanish` in content/glossary/<id>.yaml). Used by the content test that
 * flags avoided renderings in Spanish text.
 */

/** One glossary term's Spanish rendering. */
export interface SpanishTerm {
	/** The glossary id, e.g. "detainer". */
	id: string;
	/** The approved Spanish term. */
	term: string;
	/** Phrases that mislead for this term. */
	avoid: string[];
}

/** One avoided rendering found in a text. */
export interface AvoidedTermFound {
	phrase: string;
	/** The glossary id whose rendering to use instead. */
	id: string;
	/** The approved term to write instead. */
	use: string;
}

/** Every avoided rendering in `text`, as whole words, in any case. */
export function findAvoidedTerms(text: string, terms: SpanishTerm[]): AvoidedTermFound[] {
	return terms.flatMap(({ id, term, avoid }) =>
		avoid
			.filter((phrase) =>
				new RegExp(`(?<!\\p{L})${escapeRegExp(phrase)}(?!\\p{L})`, 'iu').test(text),
			)
			.map((phrase) => ({ phrase, id, use: term })),
	);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

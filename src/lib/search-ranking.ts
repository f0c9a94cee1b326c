/**
 * How Pagefind ranks results, shared by Starlight's search dialog (astro.config.mjs) and the
 * search benchmark (scripts/bench-search.ts), so the benchmark measures what readers get.
 * The first five values are Starlight's defaults; titles weigh five times body text. Claims and
 * "also called" names get extra weight in the markup (`data-pagefind-weight`).
 */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 5 },
};

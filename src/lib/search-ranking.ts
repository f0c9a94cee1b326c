/**
 * How Pagefind ranks results in the handbook's search dialog (src/lib/search-dialog.ts), which the
 * search benchmark (tools/search-benchmark.ts) drives, so the benchmark measures what readers get.
 * termFrequency, termSaturation, termSimilarity and diacriticSimilarity are Starlight's defaults;
 * titles weigh five times body text. Claims and "also called" names get extra weight in the markup
 * (`data-pagefind-weight`). pageLength is Pagefind's own default, 0.75, not Starlight's 0.1: at 0.1 the longest pages (a state's county list, the glossary, the sources) outranked
 * the short page that answers, because they mention every word somewhere (issue 25; figures in
 * BENCHMARKS.md).
 */
export const searchRanking = {
	pageLength: 0.75,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 5 },
};

/**
 * Search benchmark: types every question in tests/search/queries.yaml into the site's real search
 * dialog in Chromium, against the built site, and reads the result links in the order a reader
 * sees them (exact matches, then "pages that match most of your words"). Prints the hit rate at
 * top 1 and top 5, how many questions show fewer than three pages or none, and each miss; first for
 * the English questions on an English page, then for tests/search/queries-es.yaml on a Spanish one.
 * `npm run bench:search` (scripts/bench-search.ts) prints it; tests/e2e/search-benchmark.spec.ts
 * holds the floor.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import { openSearch, resultUrls, typeQuery } from './search-helpers.ts';

/** A question and the pages that answer it well (any one counts). */
export interface SearchCase {
	query: string;
	expect: string[];
}

/** How one question did: the result paths in order, how many, and the rank of the first good one (0 = not in the top 5). */
export interface SearchOutcome extends SearchCase {
	top: string[];
	count: number;
	rank: number;
}

/** Fewer results than this counts as a near dead end. */
export const fewResults = 3;

export function loadQueries(file = 'tests/search/queries.yaml'): SearchCase[] {
	return yaml.load(readFileSync(file, 'utf8')) as SearchCase[];
}

/** Types the questions into the search dialog of an open page of the site and scores them. */
export async function runSearchBenchmark(page: Page, cases: SearchCase[]) {
	await openSearch(page);
	const outcomes: SearchOutcome[] = [];
	for (const c of cases) {
		await typeQuery(page, c.query);
		const urls = (await resultUrls(page)).map((url) => new URL(url, page.url()).pathname);
		const top = urls.slice(0, 5);
		outcomes.push({
			...c,
			top,
			count: urls.length,
			rank: top.findIndex((url) => c.expect.includes(url)) + 1,
		});
	}
	const rate = (k: number) =>
		outcomes.filter((o) => o.rank > 0 && o.rank <= k).length / outcomes.length;
	const underThree = outcomes.filter((o) => o.count < fewResults);
	const noResults = outcomes.filter((o) => o.count === 0);
	return { outcomes, top1: rate(1), top5: rate(5), underThree, noResults };
}

/** The report printed by `npm run bench:search`. */
export function formatReport({
	outcomes,
	top1,
	top5,
	underThree,
	noResults,
}: Awaited<ReturnType<typeof runSearchBenchmark>>): string {
	const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
	const misses = outcomes.filter((o) => o.rank !== 1);
	return [
		`search benchmark: ${outcomes.length} questions`,
		`  hit rate at top 1: ${percent(top1)}`,
		`  hit rate at top 5: ${percent(top5)}`,
		`  questions with fewer than ${fewResults} results: ${underThree.length}${underThree.length ? ` (${underThree.map((o) => `"${o.query}": ${o.count}`).join(', ')})` : ''}`,
		`  questions with no results: ${noResults.length}${noResults.length ? ` (${noResults.map((o) => `"${o.query}"`).join(', ')})` : ''}`,
		...(misses.length ? ['not first (rank 0 = not in the top 5):'] : []),
		...misses.map(
			(o) =>
				`  [${o.rank}] "${o.query}" wanted ${o.expect.join(' or ')}; got ${o.top.join(', ') || 'nothing'}`,
		),
	].join('\n');
}

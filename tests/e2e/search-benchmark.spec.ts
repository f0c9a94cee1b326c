/**
 * The search benchmarks, typed into the real search dialog: a right page in the top five for at
 * least 95% of the questions, and no question without any result. In English (tests/search/queries.yaml) at most two questions may
 * show fewer than three pages; in Spanish (tests/search/queries-es.yaml) the questions are typed on
 * a Spanish page, which searches the Spanish pages. `npm run bench:search` prints the figures of
 * both with every miss.
 */
import { expect, test } from '@playwright/test';
import { formatReport, loadQueries, runSearchBenchmark } from '../../tools/search-benchmark';

test('the search box finds a right page in the top five for 95% of real questions', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const cases = loadQueries();
	expect(cases.length).toBeGreaterThanOrEqual(160);
	await page.goto('/');
	const result = await runSearchBenchmark(page, cases);
	console.log(formatReport(result));
	expect(result.top5).toBeGreaterThanOrEqual(0.95);
	expect(result.noResults.map((o) => o.query)).toEqual([]);
	expect(result.underThree.map((o) => o.query).length).toBeLessThanOrEqual(2);
});

test('the Spanish search box finds a right page in the top five for 95% of questions in Spanish', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const cases = loadQueries('tests/search/queries-es.yaml');
	expect(cases.length).toBeGreaterThanOrEqual(90);
	await page.goto('/es/');
	const result = await runSearchBenchmark(page, cases);
	console.log(formatReport(result));
	expect(result.top5).toBeGreaterThanOrEqual(0.95);
	expect(result.noResults.map((o) => o.query)).toEqual([]);
});

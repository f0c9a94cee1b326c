/**
 * The search benchmark (tests/search/queries.yaml), typed into the real search dialog: a right page
 * in the top five for at least 95% of the questions, and at most two questions showing fewer than
 * three pages. `npm run bench:search` prints the same figures with every miss.
 */
import { expect, test } from '@playwright/test';
import { formatReport, loadQueries, runSearchBenchmark } from '../../scripts/bench-search';

test('the search box finds a right page in the top five for 95% of real questions', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const cases = loadQueries();
	expect(cases.length).toBeGreaterThanOrEqual(80);
	await page.goto('/');
	const result = await runSearchBenchmark(page, cases);
	console.log(formatReport(result));
	expect(result.top5).toBeGreaterThanOrEqual(0.95);
	expect(result.underThree.map((o) => o.query).length).toBeLessThanOrEqual(2);
});

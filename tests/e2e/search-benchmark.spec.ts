import { expect, test } from '@playwright/test';
import { formatReport, loadQueries, runSearchBenchmark } from '../../scripts/bench-search';

test('search finds a good page in the top five for at least 90% of real questions', async ({
	page,
}) => {
	const cases = loadQueries();
	expect(cases.length).toBeGreaterThanOrEqual(30);
	await page.goto('/');
	const result = await runSearchBenchmark(page, cases);
	console.log(formatReport(result));
	expect(result.top5).toBeGreaterThanOrEqual(0.9);
});

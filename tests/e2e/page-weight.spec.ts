/**
 * Light on old phones: what a first visit downloads for each page type stays within 15% of the same
 * page on a plain Starlight site built from the same words (see scripts/page-weight.ts).
 */
import { expect, test } from '@playwright/test';
import { budgetFactor, comparePageWeights, formatWeights } from '../../scripts/page-weight';

test('every page type stays within its byte budget', async () => {
	test.setTimeout(240_000);
	const rows = await comparePageWeights();
	console.log(formatWeights(rows));
	for (const row of rows) {
		expect(row.plain, `${row.type}: baseline measured`).toBeGreaterThan(10_000);
		expect(
			row.ours,
			`${row.type}: ${row.ours} bytes against a budget of ${row.budget}`,
		).toBeLessThanOrEqual(row.plain * budgetFactor);
	}
});

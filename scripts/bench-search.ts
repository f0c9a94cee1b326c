/**
 * Search benchmark: `npm run bench:search` after `npm run build`. Prints, for the English questions
 * on an English page and the Spanish ones on a Spanish page, the hit rate at top 1 and top 5 and
 * each miss (see tools/search-benchmark.ts). A low figure means the right page is hard to find: add
 * the reader's words to its title, a heading or its `otherNames`, not to hidden text.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tools/chromium.ts';
import { formatReport, loadQueries, runSearchBenchmark } from '../tools/search-benchmark.ts';
import { startServer } from '../tools/static-server.ts';

async function main() {
	const server = await startServer({ port: 0 });
	const { port } = server.address() as AddressInfo;
	const browser = await chromium.launch({
		executablePath: (await findChromium()).executablePath,
		args: chromiumArgs,
	});
	for (const [path, file] of [
		['/', 'tests/search/queries.yaml'],
		['/es/', 'tests/search/queries-es.yaml'],
	] as const) {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}${path}`);
		console.log(`\n${file} (typed on ${path})`);
		console.log(formatReport(await runSearchBenchmark(page, loadQueries(file))));
		await page.close();
	}
	await browser.close();
	server.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

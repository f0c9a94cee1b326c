/**
 * Search benchmark: runs every question in tests/search/queries.yaml through Pagefind's own API
 * in Chromium, against the built site, and prints the hit rate at top 1 and top 5 and each miss.
 * Run `npm run bench:search` after `npm run build`. A low figure means the right page is hard to
 * find: add the reader's words to its title, claim or `otherNames`, not to hidden text.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { searchRanking } from '../src/lib/search-ranking.ts';
import { chromiumArgs, findChromium } from './chromium.ts';
import { startServer } from './serve.ts';

/** A question and the pages that answer it well (any one counts). */
export interface SearchCase {
	query: string;
	expect: string[];
}

/** How one question did: the top five result paths and the rank of the first good one (0 = none). */
export interface SearchOutcome extends SearchCase {
	top: string[];
	rank: number;
}

export function loadQueries(file = 'tests/search/queries.yaml'): SearchCase[] {
	return yaml.load(readFileSync(file, 'utf8')) as SearchCase[];
}

/** Runs the questions in an open page of the site and scores them. */
export async function runSearchBenchmark(page: Page, cases: SearchCase[]) {
	const tops = await page.evaluate(
		async ({ queries, ranking }) => {
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			await pagefind.options({ ranking });
			const found: string[][] = [];
			for (const query of queries) {
				const search = await pagefind.search(query);
				const top = await Promise.all(
					search.results
						.slice(0, 5)
						.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
				);
				found.push(top);
			}
			return found;
		},
		{ queries: cases.map((c) => c.query), ranking: searchRanking },
	);
	const outcomes: SearchOutcome[] = cases.map((c, i) => {
		const top = (tops[i] ?? []).map((url) => url.replace(/#.*$/, ''));
		return { ...c, top, rank: top.findIndex((url) => c.expect.includes(url)) + 1 };
	});
	const rate = (k: number) =>
		outcomes.filter((o) => o.rank > 0 && o.rank <= k).length / outcomes.length;
	return { outcomes, top1: rate(1), top5: rate(5) };
}

/** The report printed by `npm run bench:search`. */
export function formatReport({
	outcomes,
	top1,
	top5,
}: Awaited<ReturnType<typeof runSearchBenchmark>>): string {
	const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
	const misses = outcomes.filter((o) => o.rank !== 1);
	return [
		`search benchmark: ${outcomes.length} questions`,
		`  hit rate at top 1: ${percent(top1)}`,
		`  hit rate at top 5: ${percent(top5)}`,
		...(misses.length ? ['not first (rank 0 = not in the top 5):'] : []),
		...misses.map(
			(o) =>
				`  [${o.rank}] "${o.query}" wanted ${o.expect.join(' or ')}; got ${o.top.join(', ') || 'nothing'}`,
		),
	].join('\n');
}

async function main() {
	const server = await startServer({ port: 0 });
	const { port } = server.address() as AddressInfo;
	const browser = await chromium.launch({
		executablePath: (await findChromium()).executablePath,
		args: chromiumArgs,
	});
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${port}/`);
	console.log(formatReport(await runSearchBenchmark(page, loadQueries())));
	await browser.close();
	server.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

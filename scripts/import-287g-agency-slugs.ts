/**
 * Keeps `content/ice-history/agency-slugs.json`, the address of every agency page
 * (`/agencies/<slug>/`), in step with the history of ICE's lists. The importer calls it after each
 * list; run it alone to add addresses for agencies the history has and the file lacks:
 *
 *   npx node scripts/import-287g-agency-slugs.ts
 *
 * Existing slugs never change (rules in `src/lib/agencies.ts`, `updateAgencySlugs`).
 */
import { writeFileSync } from 'node:fs';
import {
	agencySlugsFile,
	readAgencySlugs,
	serializeAgencySlugs,
	updateAgencySlugs,
} from '../src/lib/agencies.ts';
import { agreementRecords } from '../src/lib/ice-history.ts';
import type { IceHistory } from '../src/schemas/ice-lists.ts';
import { readHistory } from './import-287g-history.ts';

/** The slug file's new text after recording `history`, and what changed. */
export function agencySlugsAfter(
	history: IceHistory,
	file = agencySlugsFile,
): { text: string; summary: string[] } {
	const { slugs, summary } = updateAgencySlugs(readAgencySlugs(file), agreementRecords(history));
	return { text: serializeAgencySlugs(slugs), summary };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { text, summary } = agencySlugsAfter(readHistory('content/ice-history/history.json'));
	writeFileSync(agencySlugsFile, text);
	console.log(
		[...summary, `Wrote ${agencySlugsFile}. Review it with git diff, then commit.`].join('\n'),
	);
}

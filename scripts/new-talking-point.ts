/**
 * Starts a talking point that already passes the schema, for an author to fill in:
 *   npm run new:talking-point -- <id> [--role sheriff] [--source galarza-v-szalczyk-2014] [--category legal]
 * The id is the file name and the page's address (/talking-points/<id>/). It is recorded as
 * published, so a later rename must keep the old address working (see CONTRIBUTING.md).
 */
import { appendFileSync } from 'node:fs';
import { readArgs, requireEntry, requireId, writeStarter } from './new-entry.ts';

const usage =
	'npm run new:talking-point -- <id> [--role sheriff] [--source <source-id>] [--category legal]';
const { id, options } = readArgs(process.argv.slice(2));
const pointId = requireId(id, usage);
const role = requireEntry('roles', options['role'] ?? 'sheriff');
const source = requireEntry('sources', options['source'] ?? 'galarza-v-szalczyk-2014');
const category = options['category'] ?? 'legal';
const today = new Date().toISOString().slice(0, 10);

writeStarter(
	`content/talking-points/${pointId}.yaml`,
	`title: Write a short headline for the point
claim: Write the one sentence you want the listener to remember.
evidence: >-
  Give the fact behind the claim: a number, a place, a date or a ruling. Say when a figure dates from.
say: Write the line a volunteer says out loud, in plain words.
category: ${category}
roles: [${role}]
sources: [${source}]
reviewed: ${today}
`,
	'Replace every sentence, check the roles and sources, then run `npm run check:readability` and `npm run build`.',
);
appendFileSync('content/published-talking-points.txt', `${pointId}\n`);

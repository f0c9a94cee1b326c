/**
 * Starts a call script that already passes the schema and the placeholder check:
 *   npm run new:call-script -- <id> [--role sheriff] [--channel phone] [--ask require-judicial-warrant]
 */
import { callScriptChannels } from '../src/schemas/vocabulary.ts';
import { readArgs, requireEntry, requireId, writeStarter } from './new-entry.ts';

const usage =
	'npm run new:call-script -- <id> [--role sheriff] [--channel phone] [--ask <model-ask-id>]';
const { id, options } = readArgs(process.argv.slice(2));
const scriptId = requireId(id, usage);
const role = requireEntry('roles', options['role'] ?? 'sheriff');
const ask = requireEntry('model-asks', options['ask'] ?? 'require-judicial-warrant');
const channel = options['channel'] ?? 'phone';
if (!(callScriptChannels as readonly string[]).includes(channel)) {
	console.error(`--channel must be one of: ${callScriptChannels.join(', ')}.`);
	process.exit(1);
}

/** Phone scripts must carry a short version of about 60 words (see src/schemas/call-scripts.ts). */
const shortVersion =
	channel === 'phone'
		? `shortVersion: |
  Hi, I'm [YOUR NAME] from [YOUR TOWN].
  Write the same call in about 60 words, one sentence per line.
  Thank you. Please log my call.
`
		: '';

writeStarter(
	`content/call-scripts/${scriptId}.mdx`,
	`---
title: Write a title that says who to contact and how
role: ${role}
channel: ${channel}
summary: Say in one sentence when a reader should use this script.
asks: [${ask}]
placeholders:
  - token: '[YOUR NAME]'
    fill: Your first and last name
  - token: '[YOUR TOWN]'
    fill: The town or neighborhood where you live
${shortVersion}---

Hi, my name is [YOUR NAME], and I live in [YOUR TOWN].
Write the script here, one short sentence per line.

## If they say...

Write one or two short replies to what the office may say.

## After the call

Say what to write down and who to tell.
`,
	'Write the script, declare every [PLACEHOLDER] you use, then run `npm run check:readability` and `npm run build`.',
);

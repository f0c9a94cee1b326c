import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findPlaceholderProblems } from '../../../src/lib/integrity';
import { callScriptSchema, talkingPointSchema } from '../../../src/schemas';

/** A scratch folder with the content a starter looks up (roles, sources, asks). */
function scratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'starter-'));
	for (const folder of ['roles', 'sources', 'model-asks'])
		cpSync(join('content', folder), join(dir, 'content', folder), { recursive: true });
	mkdirSync(join(dir, 'content/talking-points'));
	mkdirSync(join(dir, 'content/call-scripts'));
	writeFileSync(join(dir, 'content/published-talking-points.txt'), '');
	return dir;
}

const run = (script: string, cwd: string, args: string[]) =>
	execFileSync(process.execPath, [resolve('scripts', script), ...args], { cwd, encoding: 'utf8' });

describe('new-talking-point', () => {
	it('writes a talking point named after its id that passes the schema, and records the id as published', () => {
		const dir = scratchProject();
		run('new-talking-point.ts', dir, [
			'jail-beds-cost-money',
			'--role',
			'county-commission',
			'--category',
			'cost',
		]);
		const data = yaml.load(
			readFileSync(join(dir, 'content/talking-points/jail-beds-cost-money.yaml'), 'utf8'),
		);
		const point = talkingPointSchema.parse(data);
		expect(point.category).toBe('cost');
		expect(readFileSync(join(dir, 'content/published-talking-points.txt'), 'utf8')).toBe(
			'jail-beds-cost-money\n',
		);
	});

	it('refuses a role that does not exist, naming the ones that do', () => {
		expect(() =>
			run('new-talking-point.ts', scratchProject(), ['x-point', '--role', 'mayor']),
		).toThrow(/"mayor" is not in content\/roles\/. Use one of: city-council, congress/);
	});
});

describe('new-call-script', () => {
	it('writes a script whose frontmatter passes the schema and whose placeholders are all declared', () => {
		const dir = scratchProject();
		run('new-call-script.ts', dir, ['sheriff-text', '--channel', 'voicemail']);
		const text = readFileSync(join(dir, 'content/call-scripts/sheriff-text.mdx'), 'utf8');
		const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
		const script = callScriptSchema.parse(yaml.load(front));
		expect(script.channel).toBe('voicemail');
		const declared = script.placeholders.map((p) => p.token);
		expect(findPlaceholderProblems('sheriff-text.mdx', declared, body)).toEqual([]);
	});
});

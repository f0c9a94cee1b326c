/**
 * Bad content never ships: each broken fixture in tests/fixtures/broken/, dropped into a copy of
 * the project, must make `npm run build` fail with a message that names the file and the field.
 * The copies live in .tmp/build-failures/ (see scripts/copy-project.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/copy-project';

const workDir = 'build-failures';

/** A copy of the project with one broken fixture added to `destination`. */
function projectWith(fixture: string, destination: string): string {
	const copy = copyProject(join(workDir, fixture.replace(/\.\w+$/, '')));
	cpSync(join('tests/fixtures/broken', fixture), join(copy, destination, fixture));
	return copy;
}

/** Runs `npm run build` in `dir`; returns its exit code and everything it printed, colours removed. */
function build(
	dir: string,
	extraEnv: Record<string, string> = {},
): { status: number | null; output: string } {
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			FORCE_COLOR: '0',
			NO_COLOR: '1',
			...extraEnv,
		},
	});
	return {
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
	};
}

describe('npm run build', () => {
	it('fails on a talking point without sources, naming the file and the field', () => {
		const { status, output } = build(
			projectWith('talking-point-without-source.yaml', 'content/talking-points'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/talking-points/talking-point-without-source.yaml');
		expect(output).toMatch(/sources\W+.*This field is missing: cite at least one source/);
	});

	it('fails on a talking point whose role does not exist, naming the file, the field and the bad id', () => {
		const { status, output } = build(
			projectWith('talking-point-unknown-role.yaml', 'content/talking-points'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/talking-points/talking-point-unknown-role.yaml: field "roles[1]": "mayor" is not an entry in content/roles/.',
		);
	});

	it('fails on two talking points with one permalink, naming both files and the field', () => {
		const { status, output } = build(
			projectWith('talking-point-duplicate-permalink.yaml', 'content/talking-points'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/field "permalink" is "detainers-are-requests", which content\/talking-points\/\S+\.yaml already uses/,
		);
		expect(output).toContain('talking-point-duplicate-permalink.yaml');
	});

	it('fails on a link to a page that does not exist, naming the file and the link', () => {
		const { status, output } = build(projectWith('guide-broken-link.mdx', 'content/docs/guides'));
		expect(status).not.toBe(0);
		expect(output).toContain('guides/guide-broken-link.mdx');
		expect(output).toContain('/guides/this-page-does-not-exist/');
	});

	it('fails on a call script that uses a placeholder it does not declare, naming the file and the field', () => {
		const { status, output } = build(
			projectWith('call-script-undeclared-placeholder.mdx', 'content/call-scripts'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/call-scripts/call-script-undeclared-placeholder.mdx: field "placeholders": the script uses [YOUR TOWN] but does not declare it.',
		);
	});
});

describe('EDITION=<name> npm run build', () => {
	it('fails on a broken edition file, naming the file, each field and the fix', () => {
		const copy = projectWith('edition-broken.yaml', 'content/editions');
		const { status, output } = build(copy, { EDITION: 'edition-broken' });
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/editions/edition-broken.yaml: officials.mayor: no such role. Use one of: city-council, congress, county-commission, sheriff, state.',
		);
		expect(output).toMatch(
			/content\/editions\/edition-broken\.yaml: contactsChecked: Write the date in quotes as YYYY-MM-DD/,
		);
	});

	it('fails on an edition name with no file, listing the editions there are', () => {
		const copy = copyProject(join(workDir, 'unknown-edition'));
		const { status, output } = build(copy, { EDITION: 'atlantis' });
		expect(status).not.toBe(0);
		expect(output).toContain(
			'EDITION=atlantis: there is no content/editions/atlantis.yaml. Editions: sample.',
		);
	});
});

describe('citing a source the handbook has not read', () => {
	it('fails the build, naming the file, the field and the source to cite instead', () => {
		const { status, output } = build(
			projectWith('talking-point-unread-source.yaml', 'content/talking-points'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/talking-points/talking-point-unread-source.yaml: field "sources[1]": "santa-clara-detainer-policy-2011" is a source the handbook has not read (it has via: iic-secure-communities-toolkit-2011)',
		);
	});
});

describe('renaming a talking point', () => {
	it('keeps the old URL working as a redirect, so links already shared still work', () => {
		const copy = copyProject(join(workDir, 'renamed-talking-point'));
		const [oldId, newId] = ['bright-line-local-federal', 'keep-a-bright-line'];
		const pointFile = join(copy, `content/talking-points/${oldId}.yaml`);
		writeFileSync(
			pointFile,
			readFileSync(pointFile, 'utf8').replace(
				`permalink: ${oldId}`,
				`permalink: ${newId}\naliases: [${oldId}]`,
			),
		);
		// As an author would: update references by id in other entries' frontmatter, but leave
		// links to the old URL in the text alone (washington-dc.mdx has one).
		const referenceById = new RegExp(`(?<![/\\w-])${oldId}(?![\\w/-])`, 'g');
		for (const file of [
			'content/docs/explainers/sanctuary-policies.mdx',
			'content/docs/explainers/what-states-can-do.mdx',
		]) {
			const path = join(copy, file);
			const [, front = '', body = ''] =
				/^(---[\s\S]*?---)([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
			writeFileSync(path, front.replace(referenceById, newId) + body);
		}
		const { status, output } = build(copy);
		expect(status, output.slice(-3000)).toBe(0);
		const oldPage = readFileSync(join(copy, `dist/talking-points/${oldId}/index.html`), 'utf8');
		expect(oldPage).toContain(`content="0;url=/talking-points/${newId}/"`);
		// Netlify and Cloudflare Pages answer the old URL with a real redirect.
		expect(readFileSync(join(copy, 'dist/_redirects'), 'utf8')).toContain(
			`/talking-points/${oldId}/ /talking-points/${newId}/ 301`,
		);
	});
});

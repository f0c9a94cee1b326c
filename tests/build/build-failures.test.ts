/**
 * Bad content never ships: broken fixtures from tests/fixtures/broken/, dropped into a copy of the
 * project, must make `astro build` fail with a message that names the file and the field; so must a
 * broken or missing local edition (EDITION=<name>). The copies live in .tmp/build-failures/ (see
 * tools/copy-project.ts). Builds run two at a time; the fixtures caught by the same check
 * (src/lib/integrity.ts reports every problem at once) share one build. Content that would run
 * script or code (issue 23) must stop the build before it runs, naming the file.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../../tools/copy-project';

const workDir = 'build-failures';

/** A copy of the project named `name` with broken fixtures added: `{ fixture: destination }`. */
function projectWith(name: string, fixtures: Record<string, string>): string {
	const copy = copyProject(join(workDir, name));
	for (const [fixture, destination] of Object.entries(fixtures)) {
		mkdirSync(join(copy, destination), { recursive: true });
		cpSync(join('tests/fixtures/broken', fixture), join(copy, destination, fixture));
	}
	return copy;
}

/** At most two builds at once: each uses about one core. */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(task: () => Promise<T>): Promise<T> {
	if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
	try {
		return await task();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

/**
 * Runs `astro build` in `dir` (with `extraEnv`, e.g. an EDITION); its exit code and everything it
 * printed, colours removed.
 */
function build(
	dir: string,
	extraEnv: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
	return slot(
		() =>
			new Promise((resolve) => {
				const child = spawn('npx', ['astro', 'build'], {
					cwd: dir,
					env: {
						...process.env,
						ASTRO_TELEMETRY_DISABLED: '1',
						// Sample builds (src/lib/sample-build.ts): what must fail fails on any page.
						HANDBOOK_PAGES: 'sample',
						FORCE_COLOR: '0',
						NO_COLOR: '1',
						...extraEnv,
					},
				});
				let output = '';
				child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
				child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
				child.on('close', (status) =>
					resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }),
				);
			}),
	);
}

/**
 * Builds start when the file loads, so they run side by side (two at a time). The two edition
 * builds stop while loading the config, in a few seconds.
 */
const builds = {
	withoutSource: build(
		projectWith('without-source', {
			'talking-point-without-source.yaml': 'content/talking-points',
		}),
	),
	badReferences: build(
		projectWith('bad-references', {
			'talking-point-unknown-role.yaml': 'content/talking-points',
			'call-script-undeclared-placeholder.mdx': 'content/call-scripts',
			'talking-point-unread-source.yaml': 'content/talking-points',
			'glossary-with-translated-from.yaml': 'content/glossary',
			'glossary-es-without-translated-from.yaml': 'content/glossary/es',
		}),
	),
	// Under a base path: the project's link check reads the finished links, base path included.
	brokenLink: build(
		projectWith('broken-link', { 'guide-broken-link.mdx': 'content/docs/guides' }),
		{
			SITE_URL: 'https://example.org/handbook/',
		},
	),
	mdxScript: build(projectWith('mdx-script', { 'guide-with-script.mdx': 'content/docs/guides' })),
	mdxImport: build(
		projectWith('mdx-import', { 'guide-imports-node-fs.mdx': 'content/docs/guides' }),
	),
	// These three stop while loading the config, in seconds.
	impossibleDate: build(
		projectWith('impossible-date', { 'source-impossible-date.yaml': 'content/sources' }),
	),
	brokenYaml: build(
		projectWith('broken-yaml', { 'talking-point-broken-yaml.yaml': 'content/talking-points' }),
	),
	editionPath: build(copyProject(join(workDir, 'edition-path')), { EDITION: '../editions/sample' }),
	renamed: build(renamedTalkingPoint()),
	brokenEdition: build(
		projectWith('edition-broken', { 'edition-broken.yaml': 'content/editions' }),
		{ EDITION: 'edition-broken' },
	),
	unknownEdition: build(copyProject(join(workDir, 'unknown-edition')), { EDITION: 'atlantis' }),
};

/**
 * A copy where an author renamed a talking point as CONTRIBUTING says: the file and its Spanish
 * twin get the new name, and both list the old one in `aliases` (a fact, so the twins agree).
 */
function renamedTalkingPoint(): string {
	const copy = copyProject(join(workDir, 'renamed-talking-point'));
	const [oldId, newId] = ['bright-line-local-federal', 'keep-a-bright-line'];
	for (const folder of ['content/talking-points', 'content/talking-points/es']) {
		const oldFile = join(copy, folder, `${oldId}.yaml`);
		writeFileSync(
			join(copy, folder, `${newId}.yaml`),
			`aliases: [${oldId}]\n${readFileSync(oldFile, 'utf8')}`,
		);
		rmSync(oldFile);
	}
	// As an author would: update references by id in other entries' frontmatter, but leave
	// links to the old URL in the text alone (washington-dc.mdx has one).
	const referenceById = new RegExp(`(?<![/\\w-])${oldId}(?![\\w/-])`, 'g');
	for (const file of [
		'content/docs/explainers/sanctuary-policies.mdx',
		'content/docs/explainers/what-states-can-do.mdx',
		'content/docs/es/explainers/sanctuary-policies.mdx',
		'content/docs/es/explainers/what-states-can-do.mdx',
	]) {
		const path = join(copy, file);
		const [, front = '', body = ''] =
			/^(---[\s\S]*?---)([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
		writeFileSync(path, front.replace(referenceById, newId) + body);
	}
	return copy;
}

describe('astro build', () => {
	it('fails on a talking point without sources, naming the file and the field', async () => {
		const { status, output } = await builds.withoutSource;
		expect(status).not.toBe(0);
		expect(output).toContain('content/talking-points/talking-point-without-source.yaml');
		expect(output).toMatch(/sources\W+.*This field is missing: cite at least one source/);
	});

	it('fails on a talking point whose role does not exist, naming the file, the field and the bad id', async () => {
		const { status, output } = await builds.badReferences;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/talking-points/talking-point-unknown-role.yaml: field "roles[1]": "mayor" is not an entry in content/roles/.',
		);
	});

	it('fails on a link to a page that does not exist, naming the file and the link', async () => {
		const { status, output } = await builds.brokenLink;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/guides/guide-broken-link.mdx (page dist/guides/guide-broken-link/index.html): link "/handbook/guides/this-page-does-not-exist/"',
		);
	});

	it('fails on a YAML file it cannot read, naming the file', async () => {
		const { status, output } = await builds.brokenYaml;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/talking-points/talking-point-broken-yaml.yaml: not valid YAML',
		);
	});

	it('fails on a day that does not exist, even unquoted, naming the file, the line and the field', async () => {
		const { status, output } = await builds.impossibleDate;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/sources/source-impossible-date.yaml:3: field "date": 2026-02-31 is not a day that exists.',
		);
	});

	it('fails on a call script that uses a placeholder it does not declare, naming the file and the field', async () => {
		const { status, output } = await builds.badReferences;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/call-scripts/call-script-undeclared-placeholder.mdx: field "placeholders": the script uses [YOUR TOWN] but does not declare it.',
		);
	});
});

describe('astro build with translations', () => {
	it('fails on a Spanish file without translatedFrom, naming the file, the field and the command that gives it', async () => {
		const { status, output } = await builds.badReferences;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/glossary/es/glossary-es-without-translated-from.yaml: field "translatedFrom": This field is missing: add translatedFrom: \'<12 hex digits>\' as the last field, from sha256sum content/glossary/glossary-es-without-translated-from.yaml | cut -c1-12.',
		);
	});

	it('fails on an English file that carries translatedFrom, naming the file, the field and the fix', async () => {
		const { status, output } = await builds.badReferences;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/glossary/glossary-with-translated-from.yaml: field "translatedFrom": Only translations (files in an es/ folder) carry translatedFrom: remove it from this English file.',
		);
	});
});

describe('content that would run script or code', () => {
	it('fails on MDX with a script, an event handler, a javascript: link or a frame, naming the file and line', async () => {
		const { status, output } = await builds.mdxScript;
		expect(status).not.toBe(0);
		const file = 'content/docs/guides/guide-with-script.mdx';
		expect(output).toContain(`${file}:6: the tag <script> is not allowed.`);
		expect(output).toContain(
			`${file}:8: the event-handler attribute onError on <img> is not allowed.`,
		);
		expect(output).toContain(
			`${file}:10: the link "javascript:document.title='ran'" would run script.`,
		);
		expect(output).toContain(`${file}:12: the tag <iframe> is not allowed.`);
	});

	it('fails on MDX that imports node:fs before any of it runs', async () => {
		const { status, output } = await builds.mdxImport;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/docs/guides/guide-imports-node-fs.mdx:6: import from "node:fs" is not allowed.',
		);
		// The guide's export would have written this file had the build run it.
		const copy = join('.tmp', workDir, 'mdx-import');
		expect(existsSync(join(copy, 'guide-ran-at-build-time.txt'))).toBe(false);
	});
});

describe('EDITION=<name> astro build', () => {
	it('refuses an edition name that is a path, before reading anything', async () => {
		const { status, output } = await builds.editionPath;
		expect(status).not.toBe(0);
		expect(output).toContain(
			"EDITION=../editions/sample: an edition's name is lowercase letters, digits and hyphens",
		);
	});

	it('fails on a broken edition file, naming the file, each field and the fix', async () => {
		const { status, output } = await builds.brokenEdition;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/editions/edition-broken.yaml: officials.mayor: no such role. Use one of: city-council, congress, county-commission, sheriff, state.',
		);
		expect(output).toMatch(
			/content\/editions\/edition-broken\.yaml: contactsChecked: Write the date in quotes as YYYY-MM-DD/,
		);
	});

	it('fails on an edition name with no file, listing the editions there are', async () => {
		const { status, output } = await builds.unknownEdition;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'EDITION=atlantis: there is no content/editions/atlantis.yaml. Editions: sample.',
		);
	});
});

describe('citing a source the handbook has not read', () => {
	it('fails the build, naming the file, the field and the source to cite instead', async () => {
		const { status, output } = await builds.badReferences;
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/talking-points/talking-point-unread-source.yaml: field "sources[1]": "dc-detainer-bill-2011" is a source the handbook has not read (it has via: iic-secure-communities-toolkit-2011)',
		);
	});
});

describe('renaming a talking point', () => {
	it('keeps the old URL working as a redirect, so links already shared still work', async () => {
		const { status, output } = await builds.renamed;
		expect(status, output.slice(-3000)).toBe(0);
		const renamed = join('.tmp', workDir, 'renamed-talking-point');
		const oldPage = readFileSync(
			join(renamed, 'dist/talking-points/bright-line-local-federal/index.html'),
			'utf8',
		);
		expect(oldPage).toContain('content="0;url=/talking-points/keep-a-bright-line/"');
		// Netlify and Cloudflare Pages answer the old URL with a real redirect.
		expect(readFileSync(join(renamed, 'dist/_redirects'), 'utf8')).toContain(
			'/talking-points/bright-line-local-federal/ /talking-points/keep-a-bright-line/ 301',
		);
		// The Spanish page's old address too.
		expect(
			readFileSync(
				join(renamed, 'dist/es/talking-points/bright-line-local-federal/index.html'),
				'utf8',
			),
		).toContain('content="0;url=/es/talking-points/keep-a-bright-line/"');
	});
});

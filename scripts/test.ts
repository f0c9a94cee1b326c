/**
 * `npm test`: every check, in named steps, stopping at the first that fails so the failure names
 * itself. Lint and types, unit and content tests (reading grades included), the build,
 * build-failure tests, checks over the built site, then browser tests in Chromium; last, the sample
 * local edition built under /handbook/ with its own browser tests (offline, privacy, Spanish,
 * edition).
 * `npm run test:quick` (`--quick`): the inner loop, see quickSteps below. Both end with one line
 * counting tests: `tests: N passed, N failed`. Run one step alone with the command it prints.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { changedFiles } from '../tools/changed-files.ts';

interface Step {
	name: string;
	command: string[];
	/** A JSON report the step writes, with the counts it ran. */
	report?: { file: string; read: (json: unknown) => { passed: number; failed: number } };
	/** Extra environment for this step only. */
	env?: Record<string, string>;
}

const reports = '.tmp/test-reports';

const vitestCounts = (json: unknown) => {
	const r = json as { numPassedTests: number; numFailedTests: number };
	return { passed: r.numPassedTests, failed: r.numFailedTests };
};
const playwrightCounts = (json: unknown) => {
	const s = (json as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
	return { passed: s.expected + s.flaky, failed: s.unexpected };
};

/** A vitest step; `extra` are more command-line options. */
const vitest = (name: string, projects: string[], extra: string[] = []): Step => ({
	name,
	command: [
		'npx',
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		...extra,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${reports}/${name}.json`,
	],
	report: { file: `${reports}/${name}.json`, read: vitestCounts },
});

/** A Playwright step; `extra` are more command-line options. */
const playwright = (name: string, extra: string[] = []): Step => ({
	name,
	command: ['npx', 'playwright', 'test', '--reporter=list,json', ...extra],
	report: { file: `${reports}/playwright.json`, read: playwrightCounts },
});

/** The path the base-path build is served under in the tests. */
const testBasePath = '/handbook/';

/**
 * The sample local edition, built under `testBasePath` as on a GitHub Pages project site: every
 * kind of page of the national handbook in both languages plus the edition's own, so one build
 * covers what a base path can break (links are checked inside the build by built-link-check). A
 * sample build: each official's page for three states and a few agencies' pages, not all 3,600.
 */
const editionBuild: Step = {
	name: `sample edition build under ${testBasePath}`,
	command: ['npx', 'astro', 'build', '--outDir', 'dist-edition'],
	// A sample build (src/lib/sample-build.ts): the full build before it has built every page.
	env: {
		EDITION: 'sample',
		SITE_URL: `http://127.0.0.1:4399${testBasePath}`,
		HANDBOOK_PAGES: 'sample',
	},
};

/**
 * Offline, privacy, Spanish, the role pages' anchor fallback and the edition's own page in the
 * browser, against that build.
 */
const editionBrowserTests: Step = {
	name: `sample edition browser tests under ${testBasePath} (offline, privacy, Spanish, anchors, edition)`,
	command: [
		'npx',
		'playwright',
		'test',
		'tests/e2e/offline.spec.ts',
		'tests/e2e/privacy.spec.ts',
		'tests/e2e/spanish.spec.ts',
		'tests/e2e/edition.spec.ts',
		'tests/e2e/point-anchor.spec.ts',
		'--reporter=list,json',
	],
	env: {
		E2E_DIST: 'dist-edition',
		E2E_BASE: testBasePath,
		E2E_EDITION: 'sample',
		PLAYWRIGHT_JSON_OUTPUT_FILE: `${reports}/playwright-edition.json`,
	},
	report: { file: `${reports}/playwright-edition.json`, read: playwrightCounts },
};

/**
 * `npm test`: everything, the axe sweep over every page included. Checks in one inner list run
 * side by side (each mostly on one core), their output printed as each finishes.
 */
const fullSteps: (Step | Step[])[] = [
	[
		{ name: 'lint', command: ['npx', 'eslint', '.'] },
		{ name: 'format', command: ['npx', 'prettier', '--check', '.'] },
		{ name: 'types', command: ['npx', 'astro', 'check'] },
		// Reading grades run as content tests (tests/content/readability.test.ts).
		vitest('unit and content tests', ['unit', 'content']),
	],
	{ name: 'build', command: ['npx', 'astro', 'build'] },
	// The site checks leave a core idle part of the time; the edition build fills it. (Two builds of
	// the same folder at once would share Astro's cache; the broken-content builds use copies.)
	// One worker per core: vitest's default leaves one core free (cores − 1, so one worker on two
	// cores), and the page checks and the broken-content builds then ran one after the other.
	[
		vitest('built site and broken-content builds', ['site', 'build'], ['--maxWorkers=100%']),
		editionBuild,
	],
	// offline.spec.ts runs once, against the edition under /handbook/ (below): a base path is the
	// harder case for the service worker, and the county check, fill-in and Spanish specs still test
	// pages saved and read with no signal at the root.
	playwright('browser tests', ['--grep-invert', 'offline\\.spec\\.ts']),
	editionBrowserTests,
];

/**
 * `npm run test:quick`: lint and format on changed files, unit and content tests beside a sample
 * build with its content checks, then the built-site checks beside the browser smoke tests (tests tagged
 * @smoke). Both read one page of each layout plus the pages whose content changed since `main`
 * (tests/page-sample.ts) where `npm test` reads every page.
 */
function quickSteps(): (Step | Step[])[] {
	const changed = changedFiles();
	const lintable = changed.filter((f) => /\.(ts|mjs|js|astro)$/.test(f));
	// A sample build (src/lib/sample-build.ts), with the officials' pages of each state whose content
	// changed; the site checks and smoke tests read it as one (whole-site counts are npm test's).
	const changedStates = changed.flatMap(
		(f) => /^content\/states\/(?:es\/)?([^/]+)\.ya?ml$/.exec(f)?.[1] ?? [],
	);
	const sample = { HANDBOOK_PAGES: 'sample', HANDBOOK_SAMPLE_STATES: changedStates.join(',') };
	return [
		[
			...(lintable.length
				? [{ name: 'lint (changed files)', command: ['npx', 'eslint', ...lintable] }]
				: []),
			...(changed.length
				? [
						{
							name: 'format (changed files)',
							command: ['npx', 'prettier', '--check', '--ignore-unknown', ...changed],
						},
					]
				: []),
			vitest('unit and content tests', ['unit', 'content']),
			// The build works mostly on one core; the tests fill the other (neither reads what the
			// other writes).
			{ name: 'sample build', command: ['npx', 'astro', 'build'], env: sample },
		],
		[
			{ ...vitest('built site', ['site']), env: sample },
			{ ...playwright('browser smoke tests'), env: sample },
		],
	];
}

const quick = process.argv.includes('--quick');
const steps = quick ? quickSteps() : fullSteps;

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = {
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	PLAYWRIGHT_JSON_OUTPUT_FILE: `${reports}/playwright.json`,
	...(quick ? { SMOKE: '1' } : {}),
};

/**
 * CPU seconds used by finished child processes so far (Linux: /proc/self/stat), to report how
 * much work a step was apart from how busy the machine is. Undefined elsewhere.
 */
function childCpuSeconds(): number | undefined {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
		// cutime and cstime, fields 16 and 17 of stat(5), in clock ticks (100 a second on Linux).
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return undefined;
	}
}

interface Outcome {
	step: Step;
	status: number | null;
	output?: string;
}

function run(step: Step, buffered: boolean): Promise<Outcome> {
	return new Promise((resolve) => {
		const child = spawn(step.command[0]!, step.command.slice(1), {
			stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: { ...env, ...step.env },
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('close', (status) => resolve({ step, status, output }));
	});
}

const startedAll = Date.now();
let passed = 0;
let failed = 0;
let failedStep: string | undefined;
for (const group of steps.map((s) => (Array.isArray(s) ? s : [s]))) {
	const started = Date.now();
	const cpuBefore = childCpuSeconds();
	const together = group.length > 1;
	for (const step of group)
		console.log(`\n▶ ${step.name}${together ? ' (side by side)' : ''}: ${step.command.join(' ')}`);
	const outcomes = await Promise.all(
		group.map((step) =>
			run(step, together).then((outcome) => {
				if (together) console.log(`\n── ${step.name} ──\n${outcome.output}`);
				return outcome;
			}),
		),
	);
	const cpuAfter = childCpuSeconds();
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	const cpu =
		cpuBefore !== undefined && cpuAfter !== undefined
			? `, ${(cpuAfter - cpuBefore).toFixed(0)}s of CPU`
			: '';
	for (const { step, status } of outcomes) {
		if (step.report && existsSync(step.report.file)) {
			const counts = step.report.read(JSON.parse(readFileSync(step.report.file, 'utf8')));
			passed += counts.passed;
			failed += counts.failed;
		}
		if (status !== 0) {
			failedStep ??= step.name;
			console.error(
				`✗ ${step.name} failed. Run that step alone to see why: ${step.command.join(' ')}`,
			);
		}
	}
	if (failedStep) break;
	console.log(`✓ ${group.map((s) => s.name).join(', ')} (${seconds}s${cpu})`);
}
if (failedStep && failed === 0) failed = 1;
const total = childCpuSeconds();
console.log(
	`\n${quick ? 'test:quick' : 'npm test'} took ${((Date.now() - startedAll) / 1000).toFixed(0)}s` +
		(total !== undefined ? ` (${total.toFixed(0)}s of CPU)` : ''),
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);

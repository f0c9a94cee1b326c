/**
 * `npm test`: every check, in named steps, stopping at the first that fails so the failure names
 * itself. Lint and types, reading grades, unit and content tests, the build, build-failure tests,
 * checks over the built site, then browser tests in Chromium. Ends with one line counting tests:
 * `tests: N passed, N failed`. Run one step alone with the npm script it names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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

const vitest = (name: string, projects: string[]): Step => ({
	name,
	command: [
		'npx',
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${reports}/${name}.json`,
	],
	report: { file: `${reports}/${name}.json`, read: vitestCounts },
});

const steps: Step[] = [
	{ name: 'lint', command: ['npx', 'eslint', '.'] },
	{ name: 'format', command: ['npx', 'prettier', '--check', '.'] },
	{ name: 'types', command: ['npx', 'astro', 'check'] },
	{ name: 'reading grades', command: ['node', 'scripts/check-readability.ts'] },
	vitest('unit and content tests', ['unit', 'content']),
	{ name: 'build', command: ['npx', 'astro', 'build'] },
	vitest('built site and broken-content builds', ['site', 'build']),
	{
		name: 'browser tests',
		command: ['npx', 'playwright', 'test', '--reporter=list,json'],
		report: { file: `${reports}/playwright.json`, read: playwrightCounts },
	},
	// One extra build covers both a base path and a local edition: the sample edition under /handbook/.
	// Its own link check runs inside the build (built-link-check).
	{
		name: 'sample edition build under /handbook/',
		command: ['npx', 'astro', 'build', '--outDir', 'dist-edition'],
		env: { EDITION: 'sample', SITE_URL: 'http://127.0.0.1:4399/handbook/' },
	},
	{
		name: 'sample edition browser tests (offline, privacy, edition)',
		command: [
			'npx',
			'playwright',
			'test',
			'tests/e2e/offline.spec.ts',
			'tests/e2e/privacy.spec.ts',
			'tests/e2e/edition.spec.ts',
			'--reporter=list,json',
		],
		env: {
			E2E_DIST: 'dist-edition',
			E2E_BASE: '/handbook/',
			E2E_EDITION: 'sample',
			PLAYWRIGHT_JSON_OUTPUT_FILE: `${reports}/playwright-edition.json`,
		},
		report: { file: `${reports}/playwright-edition.json`, read: playwrightCounts },
	},
];

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = {
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	PLAYWRIGHT_JSON_OUTPUT_FILE: `${reports}/playwright.json`,
};
let passed = 0;
let failed = 0;
let failedStep: string | undefined;
for (const step of steps) {
	console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(step.command[0]!, step.command.slice(1), {
		stdio: 'inherit',
		env: { ...env, ...step.env },
	});
	if (step.report && existsSync(step.report.file)) {
		const counts = step.report.read(JSON.parse(readFileSync(step.report.file, 'utf8')));
		passed += counts.passed;
		failed += counts.failed;
	}
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	if (result.status !== 0) {
		failedStep = step.name;
		console.error(
			`✗ ${step.name} failed after ${seconds}s. Run that step alone to see why (command above).`,
		);
		break;
	}
	console.log(`✓ ${step.name} (${seconds}s)`);
}
if (failedStep && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);

/**
 * Build benchmark: build time, pages, time per page and Pagefind index size for the real content,
 * then for copies of the project with the talking points multiplied to 1,000 and 5,000 (temporary
 * folders under .tmp/, removed afterwards). Shows how the cost grows with content.
 * Run `npm run bench:build` (takes several minutes). Set BENCH_SIZES=1000 to run fewer sizes.
 * It also builds a copy whose newest edition of ICE's 287(g) list holds BENCH_AGREEMENTS (default
 * 7,500) synthetic agreements spread over real counties, and prints the largest state page (gzip),
 * since the list grows by hundreds of agreements a month.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { listHtmlFiles } from '../src/lib/link-check.ts';
import { getCounties } from '../src/lib/counties.ts';
import type { IceList } from '../src/schemas/ice-lists.ts';
import { copyProject } from '../tools/copy-project.ts';
import { loadStates, serializeList } from './import-287g.ts';

/** A copy of the project whose newest ICE list has `total` agreements: the real ones, then synthetic ones over real counties. */
function projectWithAgreements(total: number): string {
	const copy = copyProject(join('bench-build', `agreements-${total}`));
	const dir = join(copy, 'content/ice-lists');
	const newest = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.at(-1)!;
	const list = JSON.parse(readFileSync(join(dir, newest), 'utf8')) as IceList;
	const codeByFips = new Map([...loadStates().values()].map((s) => [s.fips, s.code]));
	const counties = getCounties();
	const models = ['TFM', 'WSO', 'JEM'] as const;
	for (let i = 0; list.agreements.length < total; i++) {
		const county = counties[(i * 7) % counties.length]!;
		list.agreements.push({
			state: codeByFips.get(county.stateFips)!,
			agency: `${county.name} Synthetic Agency ${i}`,
			agencyType: 'County',
			county: county.name,
			countyFips: county.fips,
			model: models[i % 3]!,
			notes: [],
			sourceRow: list.agreements.length + 2,
			signed: '2025-07-01',
			moaUrl: `https://www.ice.gov/doclib/287gMOA/synthetic-${i}.pdf`,
			addendumUrl: null,
		});
	}
	writeFileSync(join(dir, newest), serializeList(list));
	return copy;
}

/** The largest state page in `dist`, gzip bytes, and which one. */
function largestStatePage(dist: string) {
	return readdirSync(join(dist, 'states'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => ({
			state: d.name,
			gzip: gzipSync(readFileSync(join(dist, 'states', d.name, 'index.html'))).length,
		}))
		.sort((a, b) => b.gzip - a.gzip)[0]!;
}

/** Bytes of every file under `dir`. */
function folderSize(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => statSync(join(dir, file)))
		.filter((stat) => stat.isFile())
		.reduce((sum, stat) => sum + stat.size, 0);
}

/** A copy of the project in .tmp/ with `total` talking points: the real ones plus numbered copies. */
function projectWithPoints(total: number): string {
	const copy = copyProject(join('bench-build', String(total)));
	const dir = join(copy, 'content/talking-points');
	const originals = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	for (let i = 0; originals.length + i < total; i++) {
		const file = originals[i % originals.length]!;
		const text = readFileSync(join(dir, file), 'utf8');
		writeFileSync(
			join(dir, `${file.replace(/\.yaml$/, '')}-copy-${i}.yaml`),
			text.replace(/^title: (.*)$/m, `title: $1 (${i})`),
		);
	}
	return copy;
}

/** Builds the project in `dir` and measures the result. */
function measureBuild(dir: string, label: string) {
	const started = performance.now();
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 512 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0)
		throw new Error(`${label}: the build failed\n${result.stderr.slice(-3000)}`);
	const dist = join(dir, 'dist');
	const pages = listHtmlFiles(dist).length;
	return {
		label,
		points: readdirSync(join(dir, 'content/talking-points')).filter((f) => f.endsWith('.yaml'))
			.length,
		pages,
		seconds,
		msPerPage: (seconds * 1000) / pages,
		pagefindBytes: folderSize(join(dist, 'pagefind')),
		distBytes: folderSize(dist),
		largestState: largestStatePage(dist),
	};
}

const sizes = (process.env['BENCH_SIZES'] ?? '1000,5000')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
console.log(
	`build benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`,
);
console.log(
	'content                    points  pages   build     per page   Pagefind index   dist',
);
/** Prints one measured row of the table. */
function printRow(r: ReturnType<typeof measureBuild>) {
	console.log(
		`${r.label.padEnd(26)} ${String(r.points).padEnd(7)} ${String(r.pages).padEnd(7)} ${`${r.seconds.toFixed(1)} s`.padEnd(9)} ${`${r.msPerPage.toFixed(1)} ms`.padEnd(10)} ${mib(r.pagefindBytes).padEnd(16)} ${mib(r.distBytes)}`,
	);
}

/** Prints the largest state page of a measured build. */
function printStatePage(r: ReturnType<typeof measureBuild>) {
	console.log(
		`  largest state page: /states/${r.largestState.state}/ ${(r.largestState.gzip / 1024).toFixed(1)} KiB gzip`,
	);
}

const real = measureBuild('.', 'real content');
printRow(real);
printStatePage(real);
const agreements = Number(process.env['BENCH_AGREEMENTS'] ?? 7500);
if (agreements > 0) {
	const copy = projectWithAgreements(agreements);
	try {
		const big = measureBuild(copy, `${agreements} ICE agreements`);
		printRow(big);
		printStatePage(big);
		console.log(`  build time vs real content: ${(big.seconds / real.seconds).toFixed(2)}x`);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}
for (const total of sizes) {
	const copy = projectWithPoints(total);
	try {
		printRow(measureBuild(copy, `${total} talking points`));
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

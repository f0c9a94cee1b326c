/**
 * Import benchmark: time and peak memory of `npm run data:287g` on ICE's newest list in the repo
 * (tests/fixtures/ice-sheets/participatingAgencies05182026am.xlsx, 1,843 rows) and on a synthetic
 * list ten times its size (the same rows ten times, each copy with its own agency names, written
 * with ExcelJS into a temporary folder). Each import runs in its own Node process, so its peak
 * memory (max RSS) is its own. Prints wall time, CPU time (steadier on a shared machine) and peak
 * memory; asserts nothing.
 *
 *   npm run bench:287g
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importLists } from './import-287g.ts';

const newest = 'tests/fixtures/ice-sheets/participatingAgencies05182026am.xlsx';
const pending = 'tests/fixtures/ice-sheets/pendingAgencies02272026am.xlsx';

/** In a child process: import the files, print {ms, rows, maxRssMiB} as JSON. */
async function measureOne(participating: string) {
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	const { list } = await importLists(participating, pending);
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	console.log(
		JSON.stringify({
			ms: Math.round(ms),
			cpuMs: Math.round((cpu.user + cpu.system) / 1000),
			rows: list.agreements.length,
			setAside: list.setAside.length,
			maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
		}),
	);
}

/** Writes the newest list's rows `times` times over into a new workbook; returns its path. */
async function syntheticList(dir: string, times: number): Promise<string> {
	const source = new ExcelJS.Workbook();
	await source.xlsx.readFile(newest);
	const sheet = source.worksheets[0]!;
	const out = new ExcelJS.Workbook();
	const target = out.addWorksheet('Sheet1');
	target.addRow((sheet.getRow(1).values as unknown[]).slice(1));
	for (let copy = 0; copy < times; copy++)
		for (let r = 2; r <= sheet.rowCount; r++) {
			const values = (sheet.getRow(r).values as unknown[]).slice(1);
			if (values.every((v) => v === null || v === undefined || v === '')) continue;
			if (copy > 0 && typeof values[1] === 'string') values[1] = `${values[1]} ${copy}`;
			target.addRow(values);
		}
	const path = join(dir, 'participatingAgencies05182026am.xlsx');
	await out.xlsx.writeFile(path);
	return path;
}

function run(file: string) {
	const child = spawnSync(process.execPath, [import.meta.filename, '--one', file], {
		encoding: 'utf8',
	});
	if (child.status !== 0) throw new Error(child.stderr);
	return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
		ms: number;
		cpuMs: number;
		rows: number;
		setAside: number;
		maxRssMiB: number;
	};
}

async function main() {
	console.log(
		`Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
	);
	const dir = mkdtempSync(join(tmpdir(), 'bench-287g-'));
	try {
		const big = await syntheticList(dir, 10);
		for (const [name, file] of [
			['newest list (2026-05-18)', newest],
			['synthetic, 10 times', big],
		] as const) {
			const r = run(file);
			console.log(
				`${name}: ${r.rows} rows kept, ${r.setAside} set aside, ${(r.ms / 1000).toFixed(1)} s (${(r.cpuMs / 1000).toFixed(1)} s of CPU), peak memory ${r.maxRssMiB} MiB`,
			);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[2] === '--one') await measureOne(process.argv[3]!);
else await main();

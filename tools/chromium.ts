/**
 * The Chromium that browser tests, benchmarks and image builds drive, found without downloading
 * anything: `CHROME_PATH` when set, else a Chromium or Chrome installed on the machine, else the
 * headless Chromium that `npm install` brings inside the `@sparticuz/chromium` package (unpacked
 * to the system's temp folder on first use). Used by playwright.config.ts and scripts/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const systemCandidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface FoundChromium {
	executablePath: string;
	/** Where it came from, for messages: `CHROME_PATH`, `system` or `@sparticuz/chromium`. */
	origin: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

/** Finds a Chromium to drive; throws with what to do when there is none. */
export async function findChromium(): Promise<FoundChromium> {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
		return { executablePath: fromEnv, origin: 'CHROME_PATH' };
	}
	// A file hidden by a bind mount of /dev/null exists but is not a program: skip it.
	const system = systemCandidates.find((path) => existsSync(path) && !isDevNull(path));
	if (system) return { executablePath: system, origin: 'system' };
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`No Chromium found (looked at ${systemCandidates.join(', ')}), and the packaged one runs on Linux x64 only. Install Chrome or Chromium, or set CHROME_PATH.`,
		);
	}
	const { default: packaged } = await import('@sparticuz/chromium');
	const executablePath = await packaged.executablePath();
	provideMissingLibraries(executablePath);
	return { executablePath, origin: '@sparticuz/chromium' };
}

/**
 * The packaged Chromium links to NSS, NSPR and Expat, which a machine without any browser may
 * lack. The package ships them (`bin/al2023.tar.br`, built for Amazon Linux but plain x86-64
 * libraries) and unpacks them only on AWS; here they are unpacked when `ldd` finds one missing,
 * and put on LD_LIBRARY_PATH, which the browser inherits.
 */
function provideMissingLibraries(executablePath: string): void {
	const linked = spawnSync('ldd', [executablePath], { encoding: 'utf8' });
	if (linked.status === 0 && !linked.stdout.includes('not found')) return;
	const dir = join(tmpdir(), 'handbook-chromium-libs');
	if (!existsSync(join(dir, 'lib', 'libnss3.so'))) {
		const bin = join(
			dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')),
			'..',
			'bin',
		);
		mkdirSync(dir, { recursive: true });
		const tar = brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br')));
		const untar = spawnSync('tar', ['-x', '-C', dir], { input: tar });
		if (untar.status !== 0)
			throw new Error(`Could not unpack Chromium's libraries: ${untar.stderr}`);
	}
	const lib = join(dir, 'lib');
	const current = process.env['LD_LIBRARY_PATH'];
	process.env['LD_LIBRARY_PATH'] = current ? `${lib}:${current}` : lib;
}

function isDevNull(path: string): boolean {
	try {
		// A character device is not a browser binary.
		return statSync(path).isCharacterDevice();
	} catch {
		return true;
	}
}

/**
 * Flags for a quiet headless Chromium that makes no requests of its own to other hosts. The same
 * for every Chromium: the packaged one's own serverless flags (`chromium.args`, single process,
 * no zygote and others) are not used, since service workers and offline mode need a normal browser.
 */
export const chromiumArgs = [
	// Root (containers, CI) cannot use Chromium's sandbox; the tests only open this site's own pages.
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
];

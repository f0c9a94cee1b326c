/**
 * Finds a Chromium to drive, without ever downloading one: CHROME_PATH first, then the usual
 * Debian, Ubuntu and Chrome locations. Used by playwright.config.ts and the benchmark scripts.
 */
import { existsSync } from 'node:fs';

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The path of a Chromium or Chrome binary; throws with what to do when there is none. */
export function findChromium(): string {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
		return fromEnv;
	}
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			`No Chromium found (looked at ${candidates.join(', ')}). Install one (Debian: apt-get install chromium) or set CHROME_PATH.`,
		);
	}
	return found;
}

/** Flags for a quiet headless Chromium that makes no requests of its own to other hosts. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
];

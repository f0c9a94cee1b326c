/**
 * Files changed on this branch since it left `main`, committed or not, that still exist. Empty
 * outside git. `npm run test:quick` lints and formats them (scripts/test.ts) and adds the pages
 * built from them to its sample of pages (tests/page-sample.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function changedFiles(): string[] {
	const git = (...args: string[]) => {
		try {
			return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
				.split('\n')
				.filter(Boolean);
		} catch {
			return [];
		}
	};
	return [
		...new Set([
			...git('diff', '--name-only', 'main...HEAD'),
			...git('diff', '--name-only', 'HEAD'),
			...git('ls-files', '--others', '--exclude-standard'),
		]),
	].filter((file) => existsSync(file));
}

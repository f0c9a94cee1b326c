/**
 * Copies the project into a folder under .tmp/ (inside the project, so the copy resolves this
 * project's node_modules) without build output, dependencies or earlier copies. Used by the
 * broken-content build tests and the build benchmark.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const skipped = new Set([
	'node_modules',
	'.git',
	'dist',
	'dist-edition',
	'.astro',
	'.tmp',
	'tests',
	'test-results',
	'playwright-report',
]);

/** A fresh copy of the project at `.tmp/<name>`; returns its path. */
export function copyProject(name: string): string {
	const copy = join('.tmp', name);
	rmSync(copy, { recursive: true, force: true });
	cpSync('.', copy, {
		recursive: true,
		filter: (source) => !skipped.has(relative('.', source).split(sep)[0]!),
	});
	return copy;
}

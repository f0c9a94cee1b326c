/**
 * Stops the build, before anything in content runs, when content would put script in a page or
 * run code at build time (src/lib/content-guard.ts), or carries a date that does not exist
 * (src/lib/yaml-dates.ts). Every Markdown, MDX and YAML file in content/ is read as it is on disk
 * while the config loads, and every problem is listed at once: a guide that imports `node:fs` is
 * refused before any of it runs. A Vite plugin checks any other MDX the build compiles (pages/)
 * the same way, before the MDX compiler sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContentSource } from '../lib/content-guard.ts';
import { impossibleDates } from '../lib/yaml-dates.ts';

/** Files under `dir` whose names end with `pattern`, as paths from the project root, sorted. */
function filesIn(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => pattern.test(file) && !/(^|\/)README\.md$/.test(file))
		.sort()
		.map((file) => join('content', file));
}

/** Every problem in content/: impossible dates in YAML, unsafe Markdown and MDX. */
export function contentProblems(projectRoot: string): string[] {
	const content = join(projectRoot, 'content');
	const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
	return [
		...filesIn(content, /\.yaml$/).flatMap((file) =>
			impossibleDates(read(file)).map(
				({ line, field, value }) =>
					`${file}:${line}: field "${field}": ${value} is not a day that exists. Check the month and the day.`,
			),
		),
		...filesIn(content, /\.mdx?$/).flatMap((file) =>
			checkContentSource(read(file), file, projectRoot),
		),
	];
}

/** The error for a list of problems, with how to fix them. */
function problemsError(problems: readonly string[]): Error {
	return new Error(
		`${problems.join('\n')}\n${problems.length} problems in content. Content is text and the ` +
			'project\'s own components, and dates are days that exist: fix each line above (CONTRIBUTING.md, "Security").',
	);
}

/** A Markdown or MDX module id (with or without a query) under the project. */
const markdownId = /^([^?\0]+\.mdx?)(?:\?.*)?$/;

export default function contentGuard(): AstroIntegration {
	const projectRoot = resolve('.');
	return {
		name: 'handbook:content-guard',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				const problems = contentProblems(projectRoot);
				if (problems.length > 0) throw problemsError(problems);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'handbook:content-guard',
								enforce: 'pre',
								transform(_code: string, id: string) {
									const file = markdownId.exec(id)?.[1];
									if (!file || !file.startsWith(projectRoot) || file.includes('/node_modules/'))
										return undefined;
									const found = checkContentSource(readFileSync(file, 'utf8'), file, projectRoot);
									if (found.length > 0) throw problemsError(found);
									return undefined;
								},
							},
						],
					},
				});
			},
		},
	};
}

/**
 * Stops the build when a Markdown or MDX file would put script in a page or run code at build time
 * (src/lib/content-guard.ts). A Vite plugin that runs before the MDX compiler, on the file as it is
 * on disk: a guide that imports `node:fs` is refused before any of it runs. Before that, every YAML
 * file in content/ is read for dates that do not exist (src/lib/yaml-dates.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContentSource } from '../lib/content-guard.ts';
import { impossibleDates } from '../lib/yaml-dates.ts';

/** "file:line: field "x": …" for every impossible date in the YAML files under `dir`. */
function impossibleDatesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.flatMap((file) =>
			impossibleDates(readFileSync(join(dir, file), 'utf8')).map(
				({ line, field, value }) =>
					`${join('content', file)}:${line}: field "${field}": ${value} is not a day that exists. Check the month and the day.`,
			),
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
				const dates = impossibleDatesIn(join(projectRoot, 'content'));
				if (dates.length > 0)
					throw new Error(`${dates.join('\n')}\n${dates.length} impossible dates in content.`);
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
									const problems = checkContentSource(
										readFileSync(file, 'utf8'),
										file,
										projectRoot,
									);
									if (problems.length > 0)
										throw new Error(
											`${problems.join('\n')}\n${problems.length} unsafe parts in content. Content is text and the ` +
												'project\'s own components: remove them (CONTRIBUTING.md, "Security").',
										);
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

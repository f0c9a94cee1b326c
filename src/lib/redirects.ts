/**
 * Old talking-point permalinks keep working: each alias listed in a talking point's YAML becomes
 * a redirect to its current page. Read by `astro.config.mjs` before collections load, so this
 * reads the files directly; `integrity.ts` checks that no alias collides with a live permalink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** `{ '/talking-points/<alias>/': '/talking-points/<permalink>/' }` for every alias. */
export function getTalkingPointRedirects(dir = './content/talking-points'): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
		const data = yaml.load(readFileSync(join(dir, file), 'utf8')) as {
			permalink?: string;
			aliases?: string[];
		};
		if (!data?.permalink) continue;
		for (const alias of data.aliases ?? []) {
			redirects[`/talking-points/${alias}/`] = `/talking-points/${data.permalink}/`;
		}
	}
	return redirects;
}

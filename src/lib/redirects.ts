/**
 * Old talking-point permalinks keep working: each alias listed in a talking point's YAML becomes
 * a redirect to its current page. Read by `astro.config.mjs` before collections load, so this
 * reads the files directly; `integrity.ts` checks that no alias collides with a live permalink.
 */
import { idsIn, readFolder } from './content-files.ts';

/** `{ '/talking-points/<alias>/': '/talking-points/<permalink>/' }` for every alias, in each language. */
export function getTalkingPointRedirects(dir = './content/talking-points'): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const point of readFolder(dir)) {
		const permalink = point.data['permalink'];
		if (typeof permalink !== 'string') continue;
		for (const alias of idsIn(point, 'aliases')) {
			redirects[`/talking-points/${alias}/`] = `/talking-points/${permalink}/`;
			redirects[`/es/talking-points/${alias}/`] = `/es/talking-points/${permalink}/`;
		}
	}
	return redirects;
}

/**
 * A renamed talking point keeps its old address: organizers share links to one point, so each old
 * file name listed in a point's `aliases` becomes a redirect to its page (the new file name), in
 * each language. Read by `astro.config.mjs` before collections load, so this reads the files
 * directly; `integrity.ts` checks that no alias is a live point's name or claimed twice.
 * Why this and not a `permalink` field: the file name is already a unique id, so a second name only
 * had to be kept equal to it; renames are rare, and an old name listed where it applies is enough.
 */
import { idsIn, readFolder } from './content-files.ts';

/** `{ '/talking-points/<alias>/': '/talking-points/<id>/' }` for every alias, in each language. */
export function getTalkingPointRedirects(dir = './content/talking-points'): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const point of readFolder(dir)) {
		for (const alias of idsIn(point, 'aliases')) {
			redirects[`/talking-points/${alias}/`] = `/talking-points/${point.id}/`;
			redirects[`/es/talking-points/${alias}/`] = `/es/talking-points/${point.id}/`;
		}
	}
	return redirects;
}

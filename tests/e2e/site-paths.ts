/**
 * Where the site under test lives. By default `dist/` served at the root; the edition run of
 * `npm test` sets E2E_DIST=dist-edition and E2E_BASE=/handbook/ to test a local edition built under
 * a base path, with the same specs.
 */

/** The built site to serve. */
export const distDir = process.env['E2E_DIST'] ?? 'dist';

/** The path the site is served under, "/" or e.g. "/handbook/". */
export const basePath = (process.env['E2E_BASE'] ?? '/').replace(/\/*$/, '/');

/** A site path ("/roles/sheriff/") under the base path ("/handbook/roles/sheriff/"). */
export function at(path: string): string {
	return `${basePath}${path.replace(/^\//, '')}`;
}

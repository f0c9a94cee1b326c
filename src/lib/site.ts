/**
 * Facts about where the handbook lives. Set `SITE_URL` and `REPOSITORY_URL` in the environment
 * when you deploy a fork; the defaults are the project's own addresses.
 */

/** The public address of the site; canonical links and link previews are built from it. */
export const siteUrl = process.env['SITE_URL'] ?? 'https://ice-cooperation-handbook.org';

/** The repository that holds the content; "Edit this page" links point into it. */
const repositoryUrl =
	process.env['REPOSITORY_URL'] ?? 'https://github.com/ice-cooperation-handbook/handbook';

/** Base of "Edit this page" links: append a path from the project root, like `content/roles/sheriff.yaml`. */
export const editBaseUrl = `${repositoryUrl}/edit/main/`;

/**
 * The day this build ran, YYYY-MM-DD. Pages compare dates with it (a law that "takes effect", a list
 * that may be out of date). Set `BUILD_DATE` to build as of another day, e.g. in tests.
 */
export const buildDate = process.env['BUILD_DATE'] ?? new Date().toISOString().slice(0, 10);

/**
 * The path the site is served under, from `SITE_URL`: "/" at the root of a domain, "/handbook/"
 * for `SITE_URL=https://example.org/handbook/`. Astro's `base` is set from it, so one variable
 * sets both the address and the path.
 */
export const basePath = new URL(siteUrl).pathname.replace(/\/*$/, '/');

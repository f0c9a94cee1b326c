/**
 * Finds broken internal links and anchors in a built site: the handbook's one link check (run by
 * src/integrations/built-link-check.ts). Why its own rather than starlight-links-validator: most
 * pages are generated (roles, states, scripts...), which the validator cannot see, and links get
 * their base path and language after Starlight, so only the finished HTML shows what a reader
 * clicks. It reads every page, both languages, under any base path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { leftOutOfSample } from './sample-build.ts';

/** A link that leads nowhere, named by the page that holds it. */
export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Every `.html` file under `dir`, as paths relative to it. */
export function listHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
}

const anchorHref = /<a\b[^>]*?\shref="([^"]*)"/g;
const idAttribute = /\sid="([^"]+)"/g;

/**
 * The file a site path is served from (relative to `dist/`, like "roles/sheriff/index.html"), or
 * undefined when none exists. `files` is every file in `dist/`, listed once: asking the disk for
 * each of the site's links took more than a second of every build.
 */
function fileForPath(files: ReadonlySet<string>, pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname).replace(/^\/+/, '');
	const candidates =
		decoded === '' || decoded.endsWith('/')
			? [`${decoded}index.html`]
			: [decoded, `${decoded}.html`];
	return candidates.find((file) => files.has(file));
}

/**
 * Internal links in the built site whose page or `#anchor` does not exist. `siteUrl` is the site's
 * public address; its path is the base path (e.g. "https://example.org/handbook/"), and a link to
 * the same origin outside that path is broken, since the site is not served there.
 */
export function findBrokenLinks(distDir: string, siteUrl: string): BrokenLink[] {
	const site = new URL(siteUrl);
	const base = site.pathname.replace(/\/*$/, '/');
	const idCache = new Map<string, Set<string>>();
	const idsIn = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = new Set([...readFileSync(file, 'utf8').matchAll(idAttribute)].map((m) => m[1]!));
			idCache.set(file, ids);
		}
		return ids;
	};
	const files = new Set(
		readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((file) =>
			file.split(sep).join('/'),
		),
	);
	const broken: BrokenLink[] = [];
	for (const page of listHtmlFiles(distDir)) {
		const html = readFileSync(join(distDir, page), 'utf8');
		const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, site.origin);
		for (const [, href = ''] of html.matchAll(anchorHref)) {
			if (/^(?:mailto|tel|sms|javascript):/.test(href)) continue;
			const url = new URL(href.replaceAll('&amp;', '&'), pageUrl);
			if (url.origin !== site.origin) continue;
			if (!url.pathname.startsWith(base)) {
				broken.push({ page, href, reason: `${url.pathname} is outside the base path ${base}` });
				continue;
			}
			const target = fileForPath(files, url.pathname.slice(base.length));
			if (!target && leftOutOfSample(`/${url.pathname.slice(base.length)}`)) continue;
			if (!target) {
				broken.push({ page, href, reason: `no page at ${url.pathname}` });
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && target.endsWith('.html') && !idsIn(join(distDir, target)).has(anchor)) {
				broken.push({
					page,
					href,
					reason: `${target} has no element with id "${anchor}"`,
				});
			}
		}
	}
	return broken;
}

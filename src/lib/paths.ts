/**
 * Every internal URL of the handbook, built in one place so the site works under any base path
 * (`SITE_URL=https://example.org/handbook/` serves it under `/handbook/`). Components and pages
 * call these instead of writing "/roles/…" by hand.
 */
import { defaultLang, localizedPath, type Lang } from './i18n';
import { basePath, siteUrl } from './site';

/** A site path (starting with "/") under the base path: "/roles/sheriff/" → "/handbook/roles/sheriff/". */
export function withBase(path: string): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	if (basePath !== '/' && (path === basePath.slice(0, -1) || path.startsWith(basePath)))
		return path;
	return `${basePath}${path.slice(1)}`;
}

/** A site path without the base path, the form content and config are written in. */
export function withoutBase(path: string): string {
	return basePath !== '/' && path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : path;
}

/** The full public address of a site path, e.g. for canonical links and link previews. */
export function absoluteUrl(path: string): string {
	return new URL(withBase(path), siteUrl).href;
}

const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');

/** Paths of every kind of page, base path included. */
export const paths = {
	/** The home page. */
	home: () => withBase('/'),
	/** A role page, optionally at one of its sections or talking points. */
	role: (id: string, anchor?: string) => withBase(`/roles/${id}/${hash(anchor)}`),
	/** A role's printable leave-behind. */
	rolePrint: (id: string) => withBase(`/roles/${id}/print/`),
	/** The index of every talking point. */
	talkingPoints: () => withBase('/talking-points/'),
	/** The canonical page of one talking point. */
	talkingPoint: (id: string) => withBase(`/talking-points/${id}/`),
	/** One model ask. */
	ask: (id: string) => withBase(`/asks/${id}/`),
	/** One call script. */
	script: (id: string) => withBase(`/scripts/${id}/`),
	/** The list of state laws. */
	states: () => withBase('/states/'),
	/** One state's page, optionally at a county's anchor. */
	state: (id: string, countyAnchor?: string) => withBase(`/states/${id}/${hash(countyAnchor)}`),
	/** One official's page for one state, e.g. `/states/texas/sheriff/`, optionally at a section. */
	stateRole: (stateId: string, roleId: string, anchor?: string) =>
		withBase(`/states/${stateId}/${roleId}/${hash(anchor)}`),
	/** The leave-behind for one official in one state. */
	stateRolePrint: (stateId: string, roleId: string) =>
		withBase(`/states/${stateId}/${roleId}/print/`),
	/** A script opened for one state (`?state=TX`): its page fills in the state and says if it fits. */
	scriptInState: (id: string, code: string) => withBase(`/scripts/${id}/?state=${code}`),
	/** One agency's page from ICE's 287(g) list, e.g. `/agencies/tx-harris-county-sheriffs-office/`. */
	agency: (slug: string) => withBase(`/agencies/${slug}/`),
	/** A script opened for one state and county: its page fills in both (`?state=TX&county=…`). */
	scriptInCounty: (id: string, code: string, county: string | null) =>
		withBase(
			`/scripts/${id}/?state=${code}${county ? `&county=${encodeURIComponent(county)}` : ''}`,
		),
	/** The records-request page, filled in for one agency and state (`?agency=…&state=texas`). */
	records: (agency: string, stateId: string) =>
		withBase(`/records/?agency=${encodeURIComponent(agency)}&state=${stateId}`),
	/** The case-study index. */
	caseStudies: () => withBase('/case-studies/'),
	/** One case study. */
	caseStudy: (id: string) => withBase(`/case-studies/${id}/`),
	/** The sources page, optionally at one source. */
	sources: (id?: string) => withBase(`/sources/${hash(id)}`),
	/** The glossary, optionally at one term. */
	glossary: (id?: string) => withBase(`/glossary/${hash(id)}`),
	/** One task from the home page, e.g. "call". */
	task: (id: string) => withBase(`/tasks/${id}/`),
	/** The reader's own list of actions. */
	myActions: () => withBase('/my-actions/'),
	/** The printable meeting kit. */
	meetingKit: () => withBase('/meeting-kit/'),
	/** A guide or explainer page written in content/docs, e.g. "/guides/know-your-rights/". */
	doc: (path: string) => withBase(path),
	/** A file in public/ or the build output, e.g. "sw.js" or "icons/icon-192.png". */
	asset: (file: string) => withBase(`/${file}`),
};

/** Root-relative `href` and `src` attributes in HTML, e.g. `href="/roles/sheriff/"`. */
const rootRelativeAttribute = /(\s(?:href|src)=)(["'])(\/(?!\/)[^"']*)\2/g;

/** A site path (with or without the base path) as it reads in `lang`, base path included. */
export function inLang(path: string, lang: Lang): string {
	return withBase(localizedPath(withoutBase(path), lang));
}

/** An opening tag, e.g. `<a href="/roles/sheriff/" class="x">`. */
const openingTag = /<[a-zA-Z][^>]*>/g;

/**
 * HTML of a page in `lang` with every root-relative link finished: the base path in front and, on a
 * translated page, the language in front of links to pages (`/roles/sheriff/` →
 * `/es/roles/sheriff/`), so links written in content and components reach the page in the reader's
 * language. Links marked with `hreflang` point at a language on purpose and stay as they are.
 */
export function finishLinks(html: string, lang: Lang): string {
	if (lang === defaultLang) return addBaseToLinks(html);
	return html.replace(openingTag, (tag) =>
		/\shreflang=/.test(tag)
			? tag
			: tag.replace(
					rootRelativeAttribute,
					(_, attribute: string, quote: string, path: string) =>
						`${attribute}${quote}${inLang(path, lang)}${quote}`,
				),
	);
}

/** HTML with the base path put in front of every root-relative link that lacks it. */
export function addBaseToLinks(html: string): string {
	if (basePath === '/') return html;
	return html.replace(
		rootRelativeAttribute,
		(_, attribute: string, quote: string, path: string) =>
			`${attribute}${quote}${withBase(path)}${quote}`,
	);
}

/**
 * What a page of the `docs` collection is, decided once from its id: its language and its kind.
 * Spanish pages sit in `content/docs/es/`, so their ids start with `es/`
 * (`es/explainers/ice-detainers`); reading the kind from the first folder would see `es`.
 * Everything that asks "is this an explainer?" or "is this page in Spanish?" asks here.
 */
import { defaultLang, translatedLanguages, type Lang } from './i18n';

/** Guides (how to act) and explainers (what a policy is); other docs pages have no kind. */
export const docsKinds = ['guide', 'explainer'] as const;

/** The kind of a docs page that gets search filters, checks and a "what to do next" block. */
export type DocsKind = (typeof docsKinds)[number];

/** A docs page's language, kind (undefined for the home page) and id without the language folder. */
export interface DocsPageInfo {
	lang: Lang;
	kind: DocsKind | undefined;
	/** The id in English terms: `explainers/ice-detainers` for both languages. */
	englishId: string;
}

/** Folder of `content/docs/` → kind of page. */
const kindOfFolder: Record<string, DocsKind> = { guides: 'guide', explainers: 'explainer' };

/** The language and kind of a docs page from its id: `es/explainers/x` → Spanish explainer. */
export function describeDocsEntry(id: string): DocsPageInfo {
	const [first = '', ...rest] = id.split('/');
	const lang = translatedLanguages.find((l) => l === first) ?? defaultLang;
	const englishId = lang === defaultLang ? id : rest.join('/');
	return { lang, kind: kindOfFolder[englishId.split('/')[0] ?? ''], englishId };
}

/** True for a docs entry that is an explainer, in any language (explainers must cite and be reviewed). */
export function isExplainer(entry: { collection: string; id: string }): boolean {
	return entry.collection === 'docs' && describeDocsEntry(entry.id).kind === 'explainer';
}

/**
 * The sections of a generated page, written once: the same list gives `<StarlightPage headings>`
 * (the table of contents) and the heading of each section in the markup, so an id or a title
 * cannot differ between the two. A section the page leaves out is passed as `false`.
 *
 * ```astro
 * const sections = pageSections([
 * 	cautions.length > 0 && { id: 'state-law', title: ui.caution.heading },
 * 	{ id: 'sources', title: ui.point.sources },
 * ]);
 * <StarlightPage headings={sections.headings}>
 * <PageSection {...sections.get('sources')}>…</PageSection>
 * ```
 *
 * A page with a Markdown body lists its headings where the body goes: `{ markdown: headings }`
 * (the level-2 ones enter the table of contents; the body renders them itself).
 */

/** One section: its heading id (what `#id` links to), its title and its heading level. */
export interface SectionSpec<Id extends string = string> {
	id: Id;
	title: string;
	/** 2 for a section, 3 for a part of the section before it. Default 2. */
	level?: 2 | 3;
}

/** The headings of a rendered Markdown body, as `render()` returns them. */
interface MarkdownHeadings {
	markdown: readonly { depth: number; slug: string; text: string }[];
}

/** The props of `PageSection.astro` for one section. */
export interface SectionProps {
	id: string;
	title: string;
	level: '2' | '3';
}

/** The page's sections in page order, as table-of-contents headings and as heading props. */
export function pageSections<Id extends string>(
	list: readonly (SectionSpec<Id> | MarkdownHeadings | false)[],
) {
	const present = list.filter((s): s is SectionSpec<Id> => s !== false && 'id' in s);
	return {
		/** For `<StarlightPage headings>` and `JumpLinks`. */
		headings: list.flatMap((s) => {
			if (s === false) return [];
			if ('markdown' in s) return s.markdown.filter((h) => h.depth === 2);
			return [{ depth: s.level ?? 2, slug: s.id, text: s.title }];
		}),
		/** The heading props of a section the page shows; throws for one it left out. */
		get(id: Id): SectionProps {
			const section = present.find((s) => s.id === id);
			if (!section)
				throw new Error(`The page renders section "${id}" but left it out of its list.`);
			return { id: section.id, title: section.title, level: section.level === 3 ? '3' : '2' };
		},
	};
}

/** The table of contents of a role page: one entry per section that has content, in page order. */
import { ui } from './ui-strings';

interface Heading {
	depth: number;
	slug: string;
	text: string;
}

interface RolePageSections {
	asks: readonly unknown[];
	points: readonly unknown[];
	rebuttals: readonly unknown[];
	scripts: readonly unknown[];
	caseStudies: readonly unknown[];
}

/** Headings for `<StarlightPage headings>`, matching the ids the role page renders. */
export function buildRoleHeadings(page: RolePageSections): Heading[] {
	const s = ui.roleSections;
	const sections: [boolean, Heading][] = [
		[true, { depth: 2, slug: 'controls', text: s.controls }],
		[true, { depth: 3, slug: 'influencers', text: s.influencers }],
		[page.asks.length > 0, { depth: 2, slug: 'asks', text: s.asks }],
		[
			page.points.length + page.rebuttals.length > 0,
			{ depth: 2, slug: 'what-to-say', text: s.say },
		],
		[page.rebuttals.length > 0, { depth: 3, slug: 'if-they-say', text: s.rebuttals }],
		[page.scripts.length > 0, { depth: 2, slug: 'scripts', text: s.scripts }],
		[page.caseStudies.length > 0, { depth: 2, slug: 'what-has-worked', text: s.worked }],
		[true, { depth: 2, slug: 'sources', text: s.sources }],
	];
	return sections.filter(([present]) => present).map(([, heading]) => heading);
}

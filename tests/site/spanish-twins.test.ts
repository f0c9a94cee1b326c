/**
 * Every Spanish page against its English twin in the built site: the same sections, the same search
 * filters, the same "what to do next" block and the same explainer facts (sources, review date).
 * Words differ, structure does not: a Spanish reader gets every part an English reader gets. A
 * heading written in the page's Markdown may take its id from its Spanish words; any other id (a
 * generated section) must be the English one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/lib/ui-strings';
import { allPagePaths, distDir, inThisRun } from './dist';

/** The `<main>` of a built page, parsed alone: everything compared here is inside it. */
function main(path: string): HTMLElement {
	const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
	const start = html.indexOf('<main');
	if (start === -1) return parse(''); // a redirect page
	return parse(html.slice(start, html.indexOf('</main>', start) + 7));
}

const allPages = new Set(allPagePaths());
const spanishPages = [...allPages].filter((path) => path.startsWith('/es/') && path.endsWith('/'));

/** Each filter name and value, in any language, mapped to one language-free key. */
const filterNames = new Map<string, string>();
const filterValues = new Map<string, string>();
for (const lang of ['en', 'es'] as const) {
	for (const [key, name] of Object.entries(strings[lang].searchFilterNames))
		filterNames.set(name, key);
	for (const [key, value] of Object.entries(strings[lang].searchKinds))
		filterValues.set(value, key);
	const folder = lang === 'en' ? 'content/roles' : 'content/roles/es';
	for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
		const role = yaml.load(readFileSync(`${folder}/${file}`, 'utf8')) as { label: string };
		filterValues.set(role.label, `role:${file.replace('.yaml', '')}`);
	}
}

/** The page's search filters as language-free keys, sorted: `kind=guide`, `role=role:sheriff`. */
function filters(html: HTMLElement): string[] {
	return html
		.querySelectorAll('[data-pagefind-filter]')
		.map((el) => {
			const [name = '', value = ''] = el.getAttribute('data-pagefind-filter')!.split(/:(.*)/s);
			return `${filterNames.get(name) ?? name}=${filterValues.get(value) ?? value}`;
		})
		.sort();
}

/** The linkable headings of the page's main text: level, id and words. */
function headings(html: HTMLElement) {
	return html
		.querySelectorAll('h2[id], h3[id]')
		.map((h) => ({ level: h.tagName, id: h.getAttribute('id')!, text: h.text.trim() }));
}

/**
 * The page's sections, comparable across languages and sorted (lists sort by their translated
 * titles): `H2 sources` for an id the twin has too, `H2 (own words)` for a Markdown heading whose id
 * is the slug of its own words.
 */
function sections(html: HTMLElement, twin: HTMLElement): string[] {
	const twinIds = new Set(headings(twin).map((h) => h.id));
	return headings(html)
		.map(({ level, id, text }) => {
			const ownWords = !twinIds.has(id) && id === new GithubSlugger().slug(text);
			return `${level} ${ownWords ? '(own words)' : id}`;
		})
		.sort();
}

/** What the "what to do next" block holds: its section ids and the review date. */
function nextSteps(html: HTMLElement) {
	const block = html.querySelector('.page-relations');
	if (!block) return 'none';
	const ids = block.querySelectorAll('h2[id], h3[id]').map((h) => h.getAttribute('id'));
	const reviewed = block.querySelector('time')?.getAttribute('datetime') ?? 'none';
	return `${ids.join(', ')}; reviewed ${reviewed}`;
}

/** Every Spanish page with its English twin, by site path. */
const twins = spanishPages
	.map((spanish) => ({ spanish, english: spanish.replace(/^\/es/, '') }))
	.filter(({ english }) => allPages.has(english));

/**
 * The three comparisons of one pair, each as text: equal text means equal structure. Every pair;
 * in `npm run test:quick`, the pairs with a page in its sample.
 */
const pairs = twins
	.filter(({ spanish, english }) => inThisRun(spanish) || inThisRun(english))
	.map(({ spanish, english }) => {
		const [es, en] = [main(spanish), main(english)];
		return {
			spanish,
			filters: [filters(es).join(', '), filters(en).join(', ')],
			nextSteps: [nextSteps(es), nextSteps(en)],
			sections: [sections(es, en).join(' | '), sections(en, es).join(' | ')],
		} as const;
	});

/** Pages where the Spanish and English text of a comparison differ, for a readable failure. */
function differences(key: 'filters' | 'nextSteps' | 'sections'): string[] {
	return pairs.flatMap(({ spanish, [key]: [es, en] }) =>
		es === en ? [] : [`${spanish}: ${es || 'none'}\n   English: ${en || 'none'}`],
	);
}

describe('each Spanish page and its English twin', () => {
	it('pairs every Spanish page with an English page', () => {
		expect(twins.length).toBeGreaterThan(200);
	});

	it('have the same search filters (kind and officials)', () => {
		expect(differences('filters')).toEqual([]);
	});

	it('have the same "what to do next" block and review date', () => {
		expect(differences('nextSteps')).toEqual([]);
	});

	it('have the same sections: generated ones with the same ids, as many Markdown headings', () => {
		expect(differences('sections')).toEqual([]);
	});
});

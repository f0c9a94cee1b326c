/**
 * The search dialog's behaviour, in the browser only. Loaded by src/components/overrides/Search.astro
 * the first time a reader opens search, so pages do not carry it. Uses Pagefind's own JavaScript
 * API (`/pagefind/pagefind.js`, same origin, works offline through the service worker):
 *
 * 0. Everyday words are replaced by the handbook's first ("congressman" → "congress", "flyer" →
 *    "leave-behind"; `rewriteQuery` in src/lib/search-words.ts).
 * 1. Exact matches: Pagefind's search for every important word of the query (question words and
 *    filler dropped, see src/lib/search-words.ts; a misspelled word replaced by a shorter form
 *    that finds pages).
 * 2. When fewer than `fewExactResults` pages match, pages that match most of the important words,
 *    under their own heading, after the exact ones; when no page matches most of them, pages that
 *    match any one, so a question with a word the handbook knows never shows nothing.
 * The glossary and the source list, which mention nearly every word, come last in a group of
 * their own, after the pages that answer.
 * Each result is a title and one line of text: on a phone, one result is one line to scan.
 *
 * Everything the reader typed is put on the page as text, never as HTML. Excerpts come from the
 * site's own index: only Pagefind's <mark> tags are turned into elements, the rest is text.
 */
import { searchRanking } from './search-ranking';
import {
	fallbackStems,
	importantWords,
	isReferencePage,
	rankPartialMatches,
	rewriteQuery,
	type WordHit,
} from './search-words';
import { toLang } from './i18n';
import { fillMessage, readStrings } from './client-message';
import type { SearchText } from './client-text';

/** Below this many exact matches, the dialog also shows pages matching most words. */
const fewExactResults = 5;
/** Exact results shown at first, and added by each "Show more results". */
const pageSize = 10;
/** Most "matches most of your words" results shown. */
const partialLimit = 8;
/** Sub-results (headings inside a page) shown under each page, on wider screens. */
const subResultLimit = 2;

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
type Filters = Record<string, string[]>;
interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string,
		options?: { filters?: Filters },
	) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

/** An element with attributes and children; strings become text nodes. */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

/** A Pagefind excerpt as nodes: <mark> parts become <mark> elements, everything else text. */
function excerptNodes(excerpt: string): Node[] {
	return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		const text = (marked ? marked[1]! : part)
			.replace(/<[^>]*>/g, '')
			.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
		return marked ? h('mark', {}, text) : document.createTextNode(text);
	});
}

/**
 * One result: the page link and one line of its excerpt, then (on wider screens) links to the
 * matching headings inside it, without their excerpts.
 */
function renderResult(data: PagefindData): HTMLLIElement {
	const subs = data.sub_results
		.filter((sub) => sub.url.includes('#') && sub.url !== data.url)
		.slice(0, subResultLimit);
	return h(
		'li',
		{ class: 'search-result' },
		h('a', { class: 'search-result-link', href: data.url }, data.meta.title ?? data.url),
		h('p', { class: 'search-result-excerpt' }, ...excerptNodes(data.excerpt)),
		...(subs.length
			? [
					h(
						'ul',
						{ class: 'search-subresults' },
						...subs.map((sub) =>
							h(
								'li',
								{},
								h(
									'a',
									{ class: 'search-result-link search-subresult-link', href: sub.url },
									sub.title,
								),
							),
						),
					),
				]
			: []),
	);
}

/** A labelled group of results: a heading and an ordered list. */
function renderGroup(
	id: string,
	heading: string,
	kind: 'exact' | 'partial' | 'reference',
): HTMLElement {
	return h(
		'section',
		{ class: 'search-group', 'data-group': kind, 'aria-labelledby': `${id}-heading` },
		h('h2', { id: `${id}-heading`, class: 'search-group-heading' }, heading),
		h('ol', { class: 'search-results', id }),
	);
}

/**
 * Searches one important word, or if it finds nothing, its shorter forms (for misspellings such as
 * "detainor"). Returns the form that found pages, and the pages.
 */
async function searchWord(
	pagefind: Pagefind,
	word: string,
	filters: Filters,
): Promise<{ form: string; results: PagefindResult[] }> {
	for (const form of [word, ...fallbackStems(word)]) {
		const found = await pagefind.search(form, { filters });
		if (found && found.results.length > 0) return { form, results: found.results };
	}
	return { form: word, results: [] };
}

/** Wires up the dialog in `root` (the <site-search> element). Called once, on first open. */
export async function startSearch(root: HTMLElement): Promise<void> {
	/** Interface text in the page's language, from `data-strings` (Search.astro). */
	const text = readStrings<SearchText | undefined>(root, undefined);
	if (!text) return;
	const t: SearchText = text;
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const output = root.querySelector<HTMLElement>('[data-search-results]')!;
	const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
	const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;

	const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
	const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
	await pagefind.options({ ranking: searchRanking });
	await pagefind.init();

	const selected: Filters = {};
	let generation = 0;

	/** Runs the search for the current input and filters, and shows both groups. */
	async function run() {
		const current = ++generation;
		const query = input.value.trim();
		clear.hidden = query === '';
		if (query === '') {
			output.replaceChildren();
			status.textContent = '';
			output.removeAttribute('data-search-done');
			return;
		}
		output.setAttribute('aria-busy', 'true');
		const filters = Object.fromEntries(Object.entries(selected).filter(([, v]) => v.length > 0));
		const lang = toLang(document.documentElement.lang);
		// The handbook's words for everyday ones, then each important word on its own, misspellings
		// replaced by a shorter form that finds pages.
		const rewritten = rewriteQuery(query, lang) || query;
		const perWord = await Promise.all(
			importantWords(rewritten, lang).map((word) => searchWord(pagefind, word, filters)),
		);
		const found = perWord.filter((word) => word.results.length > 0);
		// Exact matches: pages with every important word (the whole query if none is left).
		const exactQuery = found.length > 0 ? found.map((word) => word.form).join(' ') : rewritten;
		const exact = (await pagefind.search(exactQuery, { filters }))?.results ?? [];
		let partial: PagefindResult[] = [];
		if (exact.length < fewExactResults && found.length > 0) {
			const byId = new Map(perWord.flatMap((word) => word.results).map((r) => [r.id, r]));
			const hitsByWord: WordHit[][] = perWord.map((word) =>
				word.results.map(({ id, score }) => ({ id, score })),
			);
			const pageCount = Math.max(200, ...hitsByWord.map((hits) => hits.length));
			const shown = new Set(exact.map((r) => r.id));
			let matches = perWord.length > 1 ? rankPartialMatches(hitsByWord, shown, pageCount) : [];
			// Nothing at all yet: pages with any one of the words, rather than an empty dialog.
			if (exact.length === 0 && matches.length === 0)
				matches = rankPartialMatches(hitsByWord, shown, pageCount, 1);
			partial = matches.slice(0, partialLimit).flatMap((match) => byId.get(match.id) ?? []);
		}
		if (current !== generation) return;

		const shownExact = exact.slice(0, pageSize);
		const [exactPages, partialPages] = await Promise.all([
			Promise.all(shownExact.map((result) => result.data())),
			Promise.all(partial.map((result) => result.data())),
		]);
		if (current !== generation) return;
		const answers = (pages: PagefindData[]) => pages.filter((page) => !isReferencePage(page.url));
		const exactData = answers(exactPages);
		const partialData = answers(partialPages);
		const referenceData = [...exactPages, ...partialPages].filter((page) =>
			isReferencePage(page.url),
		);

		const groups: HTMLElement[] = [];
		if (exactData.length > 0) {
			const group = renderGroup('search-exact', t.exactHeading, 'exact');
			group.querySelector('ol')!.append(...exactData.map(renderResult));
			if (exact.length > shownExact.length)
				group.append(moreButton(group, exact, shownExact.length));
			groups.push(group);
		}
		if (partialData.length > 0) {
			const group = renderGroup('search-partial', t.partialHeading, 'partial');
			group.querySelector('ol')!.append(...partialData.map(renderResult));
			groups.push(group);
		}
		if (referenceData.length > 0) {
			const group = renderGroup('search-reference', t.referenceHeading, 'reference');
			group.querySelector('ol')!.append(...referenceData.map(renderResult));
			groups.push(group);
		}
		if (groups.length === 0)
			groups.push(h('p', { class: 'search-none' }, fillMessage(t.none, { query })));
		output.replaceChildren(...groups);
		output.removeAttribute('aria-busy');
		status.textContent = fillMessage(t.announce, {
			exact: exact.length,
			partial: partialData.length,
		});
		output.setAttribute('data-search-done', query);
	}

	/** "Show more results": adds the next exact results to the group. */
	function moreButton(group: HTMLElement, all: PagefindResult[], from: number): HTMLButtonElement {
		const button = h('button', { type: 'button', class: 'search-more' }, t.more);
		let shown = from;
		button.addEventListener('click', async () => {
			const next = all.slice(shown, shown + pageSize);
			const data = await Promise.all(next.map((result) => result.data()));
			const items = data.map(renderResult);
			group.querySelector('ol')!.append(...items);
			shown += next.length;
			if (shown >= all.length) button.remove();
			items[0]?.querySelector('a')?.focus();
		});
		return button;
	}

	/** The "Official" and "Kind" filters, as checkbox groups. */
	const available = await pagefind.filters();
	for (const [name, values] of Object.entries(available)) {
		selected[name] = [];
		const boxes = Object.entries(values).map(([value, count]) => {
			const box = h('input', { type: 'checkbox', value });
			box.addEventListener('change', () => {
				selected[name] = box.checked
					? [...(selected[name] ?? []), value]
					: (selected[name] ?? []).filter((v) => v !== value);
				void run();
			});
			return h('label', { class: 'search-filter-value' }, box, ` ${value} (${count})`);
		});
		filterBox.append(
			h(
				'details',
				{ class: 'search-filter' },
				h('summary', {}, name),
				h('fieldset', {}, h('legend', { class: 'sr-only' }, name), ...boxes),
			),
		);
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 150);
	});
	clear.addEventListener('click', () => {
		input.value = '';
		void run();
		input.focus();
	});

	/** Arrow keys move between the search box and the result links. */
	const links = () => [...output.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && links().length > 0) {
			event.preventDefault();
			links()[0]!.focus();
		}
	});
	output.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		event.preventDefault();
		if (event.key === 'ArrowUp' && index === 0) input.focus();
		else all[Math.min(all.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]!.focus();
	});

	if (input.value.trim() !== '') await run();
}

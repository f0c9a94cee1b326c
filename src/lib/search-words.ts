/**
 * The words of a reader's question that matter for search, and how pages that match most of them
 * are ranked. Pagefind needs every word of a query on a page, so "can the jail keep my neighbor
 * after bail is paid" finds little; the search dialog (src/lib/search-dialog.ts) then searches the
 * important words one by one and shows pages that match most of them, below the exact matches.
 * Pure functions, no DOM: tested in tests/unit/lib/search-words.test.ts.
 */

/**
 * Question words and filler dropped from a question before the "most of your words" search, one
 * list per language. Kept short on purpose: a word that names a thing ("jail", "papers", "law";
 * "cárcel", "papeles", "ley") must never be here.
 */
export const stopWordsByLang = {
	en: new Set(
		(
			'a an and are as at be been but by can could did do does for from get got has have he her him his ' +
			'how i if in into is it its me my of on or our say says she should so than that the their them ' +
			'there they this to us was we were what when where which who whom why will with would you your ' +
			'about any just only some also am being than then these those too very want need'
		).split(' '),
	),
	es: new Set(
		(
			'a al algo ante como con contra cual cuales cuando de del desde donde durante e el ella ellas ' +
			'ellos en entre era es esa ese eso esta estan este esto estos fue ha hay la las le les lo los me ' +
			'mi mis muy ni no nos o para pero por porque puede pueden que quien se ser si sin sobre son su sus ' +
			'tambien te tiene tienen un una uno unos y ya yo usted ustedes cómo cuál cuándo dónde qué quién ' +
			'está están también sí más mas puedo debo hacer hago quiero necesito'
		).split(' '),
	),
} as const satisfies Record<'en' | 'es', ReadonlySet<string>>;

/**
 * Everyday words a volunteer types and the words the handbook uses for the same thing, one list per
 * language, applied to the question before anything else ("synonyms first"): "email template for
 * my congressman" is searched as "email for my congress". Each pattern is matched on the
 * lower-cased question as whole words; an empty replacement drops filler that no page uses.
 * Kept short and general: a rule must hold for any question, not steer one benchmark question.
 */
export const queryRewritesByLang: Record<'en' | 'es', readonly (readonly [string, string])[]> = {
	en: [
		['state (?:rep|representative|senator|lawmaker)s?', 'state legislator'],
		[
			'(?:congress(?:wo)?m[ae]n|congressperson|congressional rep(?:resentative)?|senators?)',
			'congress',
		],
		['(?:flyers?|fliers?|handouts?|leaflets?|one-pagers?)', 'leave-behind'],
		['(?:templates?|samples?|examples?)', ''],
		['thank[- ]you (?:notes?|cards?|letters?)', 'thank'],
		['hands (?:are )?tied', 'no choice'],
		[
			'(?:is )?(?:my|our|the) county (?:is )?(?:work(?:s|ing)?|cooperat(?:e|es|ing)) with ice',
			'county 287g agreements',
		],
		[
			'(?:work(?:s|ing)?|cooperat(?:e|es|ing)|collaborat(?:e|es|ing)) with ice',
			'cooperation with ice',
		],
		['keep(?:s|ing)? (?:people|someone|them|him|her) in jail', 'hold'],
		['held', 'hold'],
		['(?:get|got|getting) (?:out of|rid of)', 'end'],
		['contracts?', 'agreement'],
		['kids?', 'children'],
		['traffic stops?', 'stop task force'],
		[
			'(?:keep(?:ing)? track of|list of|log of) (?:the |my )?(?:calls?|emails?|who i (?:called|emailed))',
			'log of calls',
		],
		['(?:calls|emails) i (?:made|sent)', 'log of calls'],
		['who i (?:called|emailed)', 'log of calls'],
		['(?:where (?:do|should) i (?:start|begin)|first time)', 'start here'],
		['who pays', 'pay cost'],
		['vs|versus', ''],
	],
	es: [
		[
			'(?:representante|senador|senadora|legislador|legisladora) (?:estatal|del estado)',
			'legislador estatal',
		],
		['(?:congresista|congresistas|senador|senadora|senadores)', 'congreso'],
		['(?:volante|volantes|folleto|folletos|panfleto|panfletos)', 'hoja para dejar'],
		['(?:plantilla|plantillas|ejemplo|ejemplos|modelo de)', ''],
		['mi condado (?:trabaja|colabora|coopera) con ice', 'acuerdos 287g por condado'],
		[
			'(?:trabaja|trabajan|trabajar|colabora|colaboran|colaborar|coopera|cooperan) con ice',
			'cooperación con ice',
		],
		['(?:salir|salirse|zafarse) del', 'terminar el'],
		['contratos?', 'acuerdo'],
		['(?:niños|menores) detenid[oa]s', 'retener menores'],
		['paradas? de tr[aá]fico', 'parada fuerza de tarea'],
		['(?:anotar|apuntar) a qui[eé]n llam[eé]', 'registro de llamadas'],
		[
			'(?:lista|registro) de (?:las |mis )?(?:llamadas|correos)(?: que hice)?',
			'registro de llamadas',
		],
		['(?:primera vez|por d[oó]nde empiezo|d[oó]nde empiezo)', 'empiece aquí'],
		['juntar gente', 'coalición'],
		['cometen (?:m[aá]s )?(?:cr[ií]menes|delitos)', 'aumentan el crimen'],
		['cr[ií]menes', 'crimen'],
		['(?:mi|un|una|nuestr[oa]) (?:vecin[oa]|amig[oa]|familiar|pariente)', 'alguien'],
		['qui[eé]n paga', 'paga costo'],
	],
};

/** The question with everyday words replaced by the handbook's (see `queryRewritesByLang`). */
export function rewriteQuery(query: string, lang: keyof typeof queryRewritesByLang = 'en'): string {
	let text = query.toLowerCase();
	for (const [pattern, replacement] of queryRewritesByLang[lang])
		text = text.replace(
			new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu'),
			replacement,
		);
	return text.replace(/\s+/g, ' ').trim();
}

/** True for the reference pages (the glossary, the list of sources) that mention almost everything. */
export const isReferencePage = (url: string) => /\/(?:glossary|sources)\/(?:[?#].*)?$/.test(url);

/** Shortest word kept; one-letter fragments such as the "g" of "287 g" are joined instead. */
const minimumWordLength = 2;

/**
 * The important words of a query, lower-cased, in order, without repeats: the stop words of the
 * page's language dropped,
 * "287 g" and "287g" written as Pagefind indexes "287(g)".
 */
export function importantWords(query: string, lang: keyof typeof stopWordsByLang = 'en'): string[] {
	const stop: ReadonlySet<string> = stopWordsByLang[lang];
	const normalized = query
		.toLowerCase()
		.replace(/\b287\s*\(?\s*g\s*\)?/g, ' 287g ')
		.replace(/[’']s\b/g, '')
		.replace(/[^\p{L}\p{N}-]+/gu, ' ');
	const words = normalized
		.split(/\s+/)
		.map((word) => word.replace(/^-+|-+$/g, ''))
		.filter((word) => word.length >= minimumWordLength && !stop.has(word));
	return [...new Set(words)];
}

/**
 * Shorter forms of a word to try when the word itself finds nothing, for misspellings such as
 * "detainor" (→ "detain") or "sherif" (Pagefind already matches it as a prefix). Longest first,
 * never shorter than four letters.
 */
export function fallbackStems(word: string): string[] {
	const stems: string[] = [];
	for (let length = word.length - 1; length >= 4 && stems.length < 3; length--)
		stems.push(word.slice(0, length));
	return stems;
}

/** How many of `total` important words a page must match to count as matching "most" of them. */
export function wordsNeeded(total: number): number {
	return total <= 2 ? 1 : Math.ceil(total / 2);
}

/** One page found by the search for one important word. */
export interface WordHit {
	/** Pagefind's result id for the page. */
	id: string;
	/** Pagefind's score for the page on that word. */
	score: number;
}

/** A page that matches some of the important words, with how many and its combined score. */
export interface PartialMatch {
	id: string;
	matched: number;
	score: number;
}

/**
 * Ranks pages that match some of the important words. `hitsByWord` holds one list per important
 * word. A rare word counts for more than a common one (a page matching "bail" says more than one
 * matching "people"), and each word counts in proportion to how well the page matches it among
 * that word's pages. Pages in `exclude` (already shown as exact matches) and pages matching fewer
 * than `needed` words (by default `wordsNeeded`) are left out. `pageCount` is the number of pages
 * on the site.
 */
export function rankPartialMatches(
	hitsByWord: readonly (readonly WordHit[])[],
	exclude: ReadonlySet<string> = new Set(),
	pageCount = 200,
	needed = wordsNeeded(hitsByWord.length),
): PartialMatch[] {
	const pages = new Map<string, PartialMatch>();
	for (const hits of hitsByWord) {
		if (hits.length === 0) continue;
		const best = Math.max(...hits.map((hit) => hit.score), Number.EPSILON);
		const rarity = Math.log(1 + pageCount / hits.length);
		for (const hit of hits) {
			if (exclude.has(hit.id)) continue;
			const page = pages.get(hit.id) ?? { id: hit.id, matched: 0, score: 0 };
			page.matched += 1;
			page.score += rarity * (0.5 + (0.5 * hit.score) / best);
			pages.set(hit.id, page);
		}
	}
	return [...pages.values()]
		.filter((page) => page.matched >= needed)
		.sort((a, b) => b.score - a.score || b.matched - a.matched);
}

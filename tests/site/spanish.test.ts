/**
 * The Spanish edition as a reader finds it in the built site: every page has a Spanish twin under
 * /es/ with the same slug; a page with no Spanish version yet says so in Spanish, marks its text
 * as English and stays out of the Spanish search index; a translated page is Spanish throughout;
 * links on Spanish pages lead to Spanish pages; the language picker leads to the same page in
 * English; link previews say es_US.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/lib/ui-strings';
import { allPagePaths, isRedirectStub, meta, page } from './dist';

const englishPages = allPagePaths().filter(
	(path) => !path.startsWith('/es/') && path !== '/404.html' && !isRedirectStub(path),
);

/** The first file of a content folder with no Spanish file of the same name, as its id. */
function untranslatedIn(folder: string, extension: string): string | undefined {
	const spanish = existsSync(`content/${folder}/es`) ? readdirSync(`content/${folder}/es`) : [];
	return readdirSync(`content/${folder}`)
		.filter((name) => name.endsWith(extension) && !spanish.includes(name))
		.sort()[0]
		?.replace(extension, '');
}

/** The first file of a content folder that has a Spanish file, as its id. */
function translatedIn(folder: string, extension: string): string | undefined {
	if (!existsSync(`content/${folder}/es`)) return undefined;
	return readdirSync(`content/${folder}/es`)
		.filter((name) => name.endsWith(extension))
		.sort()[0]
		?.replace(extension, '');
}

const notice = strings.es.translation.untranslated;

describe('the Spanish edition', () => {
	it('has a Spanish twin, same slug under /es/, for every English page', () => {
		const missing = englishPages.filter((path) => !existsSync(`dist/es${path}index.html`));
		expect(missing).toEqual([]);
		expect(englishPages.length).toBeGreaterThan(200);
	});

	const untranslated = [
		untranslatedIn('call-scripts', '.mdx') &&
			`/es/scripts/${untranslatedIn('call-scripts', '.mdx')}/`,
		untranslatedIn('roles', '.yaml') && `/es/roles/${untranslatedIn('roles', '.yaml')}/`,
	].filter((path): path is string => Boolean(path));
	it.each(untranslated)(
		'%s, not translated yet, says so in Spanish, marks its text English and is left out of search',
		(path) => {
			const html = page(path);
			expect(html.querySelector('html')?.getAttribute('lang')).toBe('es');
			const main = html.querySelector('main')!;
			expect(main.getAttribute('lang')).toBe('en');
			expect(main.hasAttribute('data-pagefind-body')).toBe(false);
			expect(main.text).toContain(notice);
		},
	);

	const translatedScript = translatedIn('call-scripts', '.mdx');
	it.skipIf(!translatedScript)(
		'a translated script page is Spanish and in the search index',
		() => {
			const html = page(`/es/scripts/${translatedScript}/`);
			const main = html.querySelector('main')!;
			expect(main.getAttribute('lang')).toBe('es');
			expect(main.hasAttribute('data-pagefind-body')).toBe(true);
			expect(main.text).not.toContain(notice);
			expect(html.querySelector('h1')?.text).not.toBe(
				page(`/scripts/${translatedScript}/`).querySelector('h1')?.text,
			);
		},
	);

	it.each([
		'/es/roles/sheriff/',
		'/es/talking-points/',
		'/es/guides/start-here/',
		'/es/states/texas/',
	])('%s links to Spanish pages, and its language picker to the same page in English', (path) => {
		const html = page(path);
		const pageLinks = html
			.querySelectorAll('main a[href^="/"], nav a[href^="/"]')
			.map((a) => a.getAttribute('href')!)
			.filter((href) => !/^\/(_astro|pagefind|icons)\//.test(href) && !/\.\w+$/.test(href));
		expect(pageLinks.length).toBeGreaterThan(0);
		expect(pageLinks.filter((href) => !href.startsWith('/es/'))).toEqual([]);
		const options = html
			.querySelector('starlight-lang-select')!
			.querySelectorAll('option')
			.map((o) => [o.text.trim(), o.getAttribute('value')]);
		expect(options).toEqual([
			['English', path.replace(/^\/es/, '')],
			['Español', path],
		]);
	});

	it('link previews name the language and country: es_US in Spanish, en_US in English', () => {
		for (const path of ['/es/roles/sheriff/', '/es/roles/sheriff/print/', '/es/guides/start-here/'])
			expect(meta(page(path), 'og:locale'), path).toBe('es_US');
		for (const path of ['/roles/sheriff/', '/roles/sheriff/print/'])
			expect(meta(page(path), 'og:locale'), path).toBe('en_US');
	});

	it('prints leave-behinds in Spanish on Spanish pages, with the address of the Spanish page', () => {
		const html = page('/es/roles/sheriff/print/');
		expect(html.querySelector('html')?.getAttribute('lang')).toBe('es');
		expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
			/\/es\/roles\/sheriff\/$/,
		);
		expect(html.text).toContain(strings.es.pageText.print.whatWeAsk);
	});
});

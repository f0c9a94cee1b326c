import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldKeyFor, fieldsForScript } from '../../../src/lib/fill-in-fields';
import { localizedPath } from '../../../src/lib/i18n';
import { finishLinks } from '../../../src/lib/paths';
import { findPlaceholders } from '../../../src/lib/placeholders';
import { importantWords } from '../../../src/lib/search-words';
import { findFactProblems } from '../../../src/lib/translation-facts';
import {
	findTranslatedFromProblems,
	formatStatusLine,
	getTranslationStatus,
} from '../../../src/lib/translation-status';

/** A project folder with the given files (path → text). */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'i18n-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const texas = 'name: Texas\ncode: TX\n';
/** Computed here with Node's own hash, not with the code under test. */
const texasHash = createHash('sha256').update(texas).digest('hex').slice(0, 12);

describe('translation status', () => {
	const root = project({
		'content/states/texas.yaml': texas,
		'content/states/es/texas.yaml': `name: Texas\ncode: TX\ntranslatedFrom: '${texasHash}'\n`,
		'content/states/ohio.yaml': 'name: Ohio\ncode: OH\n',
		'content/states/es/ohio.yaml': "name: Ohio\ncode: OH\ntranslatedFrom: '000000000000'\n",
		'content/glossary/detainer.yaml': 'term: Detainer\n',
		'content/docs/index.mdx': '---\ntitle: Home\n---\n',
		'content/docs/guides/start-here.mdx': '---\ntitle: Start here\n---\n',
		'content/docs/es/guides/start-here.mdx': `---\ntitle: Empiece aquí\ntranslatedFrom: 'ffffffffffff'\n---\n`,
	});
	const status = getTranslationStatus('es', root);

	it('counts every entry a volunteer sees, docs included, and which are translated', () => {
		expect(status.total).toBe(5);
		expect(status.translated).toEqual([
			'content/states/es/ohio.yaml',
			'content/states/es/texas.yaml',
			'content/docs/es/guides/start-here.mdx',
		]);
		expect(status.untranslated).toEqual([
			'content/glossary/detainer.yaml',
			'content/docs/index.mdx',
		]);
	});

	it('lists a translation as out of date when its English file changed since', () => {
		expect(status.outOfDate.map((o) => o.translation)).toEqual([
			'content/states/es/ohio.yaml',
			'content/docs/es/guides/start-here.mdx',
		]);
	});

	it('prints one line with the figures and the out-of-date files', () => {
		expect(formatStatusLine(status)).toBe(
			'[i18n] es: 3/5 entries translated (60%), 2 out of date: content/states/es/ohio.yaml (English changed after translation), content/docs/es/guides/start-here.mdx (English changed after translation)',
		);
	});
});

describe('translatedFrom', () => {
	it('is required on a translation and refused on an English file, naming the file and the fix', () => {
		const problems = findTranslatedFromProblems([
			{ filePath: 'content/states/es/texas.yaml', data: { name: 'Texas' } },
			{ filePath: 'content/states/texas.yaml', data: { translatedFrom: 'abcabcabcabc' } },
			{ filePath: 'content/docs/es/index.mdx', data: { translatedFrom: 'abcabcabcabc' } },
			{ filePath: 'content/docs/index.mdx', data: {} },
		]);
		expect(problems).toEqual([
			{
				filePath: 'content/states/es/texas.yaml',
				field: 'translatedFrom',
				message:
					"This field is missing: add translatedFrom: '<12 hex digits>' as the last field, from sha256sum content/states/texas.yaml | cut -c1-12.",
			},
			{
				filePath: 'content/states/texas.yaml',
				field: 'translatedFrom',
				message:
					'Only translations (files in an es/ folder) carry translatedFrom: remove it from this English file.',
			},
		]);
	});
});

describe('translation facts', () => {
	const english = [
		'term: Detainer',
		'definition: A request from ICE to hold someone for 48 more hours; ICE lists {agreements}.',
		'otherNames: [ICE hold]',
		'seeAlso: [judicial-warrant, probable-cause]',
		'page: /explainers/ice-detainers/',
	].join('\n');
	const spanish = [
		'term: Orden de retención migratoria',
		'definition: Una solicitud de ICE para retener a alguien 48 horas más; ICE muestra {agreements}.',
		'otherNames: [retención de ICE]',
		'seeAlso: [judicial-warrant, probable-cause]',
		'page: /explainers/ice-detainers/',
		"translatedFrom: 'abcabcabcabc'",
	].join('\n');

	it('accepts a translation that changes only the prose', () => {
		expect(findFactProblems('a.yaml', english, 'b.yaml', spanish)).toEqual([]);
	});

	it('lets a glossary translation leave out the Spanish term base of the English entry', () => {
		const withTermBase = `${english}\nspanish:\n  term: Orden de retención migratoria`;
		expect(findFactProblems('a.yaml', withTermBase, 'b.yaml', spanish)).toEqual([]);
	});

	it('lets a translation give other names where the English entry has none', () => {
		const noNames = english.replace('otherNames: [ICE hold]\n', '');
		expect(findFactProblems('a.yaml', noNames, 'b.yaml', spanish)).toEqual([]);
	});

	it('lets a translation list as many other names as Spanish speakers use', () => {
		const more = spanish.replace('[retención de ICE]', '[retención de ICE, detainer, hold]');
		expect(findFactProblems('a.yaml', english, 'b.yaml', more)).toEqual([]);
	});

	it('flags a translated reference, a dropped list item, a lost figure token and a changed path', () => {
		const broken = spanish
			.replace('judicial-warrant, probable-cause', 'orden-judicial')
			.replace('{agreements}', 'muchos acuerdos')
			.replace('/explainers/ice-detainers/', '/es/explainers/ice-detainers/');
		expect(findFactProblems('a.yaml', english, 'b.yaml', broken).map((p) => p.field)).toEqual([
			'definition',
			'seeAlso',
			'page',
		]);
	});

	it('flags a missing field and a changed number', () => {
		const english2 = 'title: A\norder: 2\nreviewed: 2026-11-01\n';
		const spanish2 = "title: B\norder: 3\ntranslatedFrom: 'abcabcabcabc'\n";
		expect(findFactProblems('a.yaml', english2, 'b.yaml', spanish2)).toEqual([
			{ field: 'reviewed', message: expect.stringContaining('is missing') },
			{ field: 'order', message: expect.stringContaining('the English file says 2') },
		]);
	});

	it('flags an MDX body that drops a component or changes a link target', () => {
		const en =
			'---\ntitle: A\n---\nSee [the sheriff](/roles/sheriff/).\n\n<IceFigure name="agreements" />\n';
		const es =
			'---\ntitle: B\n---\nVea [el sheriff](/roles/sheriff/#que-pedir).\n\n<IceFigure name="agreements" />\n';
		expect(findFactProblems('a.mdx', en, 'b.mdx', es)).toEqual([]);
		const esBroken = '---\ntitle: B\n---\nVea [el sheriff](/es/roles/sheriff/).\n';
		expect(findFactProblems('a.mdx', en, 'b.mdx', esBroken).map((p) => p.message)).toEqual([
			expect.stringContaining('missing <IceFigure name="agreements">'),
			expect.stringContaining('missing /roles/sheriff/'),
		]);
	});
});

describe('translation facts in an es/ folder', () => {
	it('resolve relative imports from each file, one folder deeper in Spanish', () => {
		const en =
			"---\ntitle: A\n---\nimport IceFigure from '../../src/components/IceFigure.astro';\n";
		const es =
			"---\ntitle: B\n---\nimport IceFigure from '../../../src/components/IceFigure.astro';\n";
		expect(
			findFactProblems('content/call-scripts/a.mdx', en, 'content/call-scripts/es/a.mdx', es),
		).toEqual([]);
		expect(
			findFactProblems('content/call-scripts/a.mdx', en, 'content/call-scripts/es/a.mdx', en),
		).toEqual([{ field: '(body)', message: expect.stringContaining('imports differ') }]);
	});
});

describe('links on Spanish pages', () => {
	it('go to the Spanish page, while assets, Spanish links and links marked with hreflang stay', () => {
		const html =
			'<a href="/roles/sheriff/#asks">x</a><link rel="stylesheet" href="/_astro/a.css">' +
			'<img src="/287g/map.svg" alt=""><a href="/es/glossary/">y</a>' +
			'<link rel="alternate" hreflang="en" href="/roles/sheriff/">';
		expect(finishLinks(html, 'es')).toBe(
			'<a href="/es/roles/sheriff/#asks">x</a><link rel="stylesheet" href="/_astro/a.css">' +
				'<img src="/287g/map.svg" alt=""><a href="/es/glossary/">y</a>' +
				'<link rel="alternate" hreflang="en" href="/roles/sheriff/">',
		);
	});

	it('leave English pages alone at the root of a domain', () => {
		expect(finishLinks('<a href="/roles/sheriff/">x</a>', 'en')).toBe(
			'<a href="/roles/sheriff/">x</a>',
		);
		expect(localizedPath('/es/roles/sheriff/', 'en')).toBe('/roles/sheriff/');
	});
});

describe('Spanish placeholders', () => {
	it('are found with their accented capitals', () => {
		expect(
			findPlaceholders('Soy [SU NOMBRE], de [SU TELÉFONO]; somos [NÚMERO DE PERSONAS].'),
		).toEqual(['[SU NOMBRE]', '[SU TELÉFONO]', '[NÚMERO DE PERSONAS]']);
	});

	it('keep the value typed for the English token, so it fills both languages', () => {
		expect(fieldKeyFor('[SU NOMBRE]', 'sheriff-phone')).toBe(
			fieldKeyFor('[YOUR NAME]', 'sheriff-phone'),
		);
		expect(fieldKeyFor('[NÚMERO DE PERSONAS]', 'sheriff-meeting-request')).toBe(
			'sheriff-meeting-request/number-of-people',
		);
		expect(
			fieldsForScript('x', [{ token: '[SU TELÉFONO]', fill: 'su teléfono' }]).map((f) => f.type),
		).toEqual(['tel']);
	});
});

describe('Spanish search words', () => {
	it('drop Spanish question words and keep the words that name things', () => {
		expect(
			importantWords('¿Qué puede hacer el sheriff con una orden de retención de ICE?', 'es'),
		).toEqual(['sheriff', 'orden', 'retención', 'ice']);
	});
});

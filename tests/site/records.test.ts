/**
 * `/records/` and the state pages' public-records section, as built: every letter shows with its
 * [BLANKS] before any script runs, the state picker carries each reviewed law (and nothing for a
 * state not reviewed), the page's own script makes no network call and no form posts anywhere,
 * and each state page has a `public-records` section in its table of contents that links here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dayCount } from '../../src/lib/records-letters';
import { strings } from '../../src/lib/ui-strings';
import { distDir, inThisRun, page } from './dist';

const letterIds = readdirSync('content/records-requests')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''));

interface StateFile {
	name: string;
	publicRecords?: {
		name: string;
		citation: string;
		deadlineKind: 'business-days' | 'calendar-days' | 'none';
		deadlineDays?: number;
	};
}
/** Each state's file in a language: the Spanish twin when there is one, else the English file. */
const stateFilesIn = (lang: 'en' | 'es') =>
	readdirSync('content/states')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const twin = join('content/states/es', f);
			const file = lang === 'es' && existsSync(twin) ? twin : join('content/states', f);
			return {
				id: f.replace(/\.yaml$/, ''),
				data: yaml.load(readFileSync(file, 'utf8')) as StateFile,
			};
		});

/** The built scripts a page loads from /_astro/, with every module they import, as text. */
function scriptGraph(paths: string[]): Map<string, string> {
	const seen = new Map<string, string>();
	const queue = [...paths];
	while (queue.length > 0) {
		const path = queue.pop()!;
		if (seen.has(path)) continue;
		const file = join(distDir, path);
		if (!existsSync(file)) throw new Error(`The page loads ${path}, which is not in dist/.`);
		const text = readFileSync(file, 'utf8');
		seen.set(path, text);
		for (const [, spec] of text.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g))
			queue.push(`/_astro/${spec!.slice(2)}`);
	}
	return seen;
}

describe.each([
	['en', ''],
	['es', '/es'],
] as const)('/records/ in %s', (lang, prefix) => {
	const html = page(`${prefix}/records/`);
	const tokens = lang === 'es' ? /^\[[A-ZÁÉÍÓÚÑ ]+\]$/ : /^\[[A-Z ]+\]$/;

	it('shows every letter, each with its blanks visible before any script runs', () => {
		const letters = html.querySelectorAll('.records-letter');
		expect(letters.map((l) => l.getAttribute('data-letter')).sort()).toEqual(letterIds.sort());
		for (const letter of letters) {
			const blanks = letter.querySelectorAll('.blank').map((b) => b.text.trim());
			expect(blanks.length).toBeGreaterThan(5);
			for (const blank of blanks) expect(blank).toMatch(tokens);
			expect(letter.querySelector('.letter-actions')?.hasAttribute('hidden')).toBe(true);
		}
		expect(html.querySelector('.records-form')?.hasAttribute('hidden')).toBe(true);
		expect(html.querySelector('.records-no-script')?.text).toBe(strings[lang].records.noScript);
	});

	it('links to the fill-in, the letters and the tracker under the introduction, at every width', () => {
		const jump = html.querySelector('.jump-links');
		expect(jump?.classList.contains('every-width')).toBe(true);
		const links = jump!.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(['#fill-in', '#letters', '#tracker']);
	});

	it("gives the browser each reviewed state's law and deadline, and none for a state not reviewed", () => {
		for (const { id, data } of stateFilesIn(lang)) {
			const option = html.querySelector(`#records-state option[value="${id}"]`);
			expect(option, id).not.toBeNull();
			const law = data.publicRecords;
			expect(option!.getAttribute('data-citation') ?? undefined, id).toBe(law?.citation);
			expect(option!.getAttribute('data-deadline-kind') ?? undefined, id).toBe(law?.deadlineKind);
			expect(option!.getAttribute('data-deadline-days') ?? undefined, id).toBe(
				law?.deadlineDays === undefined ? undefined : String(law.deadlineDays),
			);
		}
	});

	it('sends nothing anywhere: no form posts, and its own script makes no network call', () => {
		for (const form of html.querySelectorAll('form'))
			expect(form.getAttribute('action') ?? '').not.toMatch(/^(https?:)?\/\//);
		const own = html
			.querySelectorAll('script[type="module"][src]')
			.map((s) => s.getAttribute('src')!)
			.filter((src) => src.includes('records'));
		expect(own).toHaveLength(1);
		const graph = scriptGraph(own);
		expect(graph.size).toBeGreaterThan(1);
		for (const [path, text] of graph)
			expect(text, path).not.toMatch(
				/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|\.submit\(/,
			);
	});
});

describe.each([
	['en', ''],
	['es', '/es'],
] as const)('the public-records section of each state page in %s', (lang, prefix) => {
	const t = strings[lang].records;

	// Every state page; in `npm run test:quick`, those in its sample.
	it.each(
		stateFilesIn(lang)
			.filter(({ id }) => inThisRun(`${prefix}/states/${id}/`))
			.map((s) => [s.id, s] as const),
	)(
		'%s: in the table of contents, with the law once reviewed, and a link to write a request',
		(id, { data }) => {
			const html = page(`${prefix}/states/${id}/`);
			const section = html.querySelector('#public-records')?.closest('.sl-heading-wrapper');
			expect(section, 'h2#public-records').toBeTruthy();
			const toc = html.querySelectorAll('starlight-toc a').map((a) => a.getAttribute('href'));
			expect(toc).toContain('#public-records');
			const link = html.querySelector('a.write-request');
			expect(link?.getAttribute('href')).toBe(`${prefix}/records/?state=${id}`);
			expect(link?.text.trim()).toBe(t.writeRequest);
			const text = html.querySelector('.records-law')?.text ?? '';
			const law = data.publicRecords;
			if (!law) {
				expect(html.querySelector('.records-law')).toBeNull();
				// The words before the state's name (which reads differently in Spanish).
				expect(html.text).toContain(t.notReviewed('\u0000').split('\u0000')[0]);
				return;
			}
			expect(text).toContain(law.citation);
			expect(text).toContain(
				law.deadlineKind === 'none' || law.deadlineDays === undefined
					? t.noFixedDeadline
					: dayCount(law.deadlineKind, law.deadlineDays, lang),
			);
		},
	);
});

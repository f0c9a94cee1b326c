import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTalkingPointRedirects } from '../../../src/lib/redirects';
import { buildRoleHeadings } from '../../../src/lib/role-headings';
import { getRoleSidebarLinks } from '../../../src/lib/sidebar';
import { buildShareText, talkingPointPath } from '../../../src/lib/talking-point-text';

const folder = (files: Record<string, string>) => {
	const dir = mkdtempSync(join(tmpdir(), 'helpers-'));
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
};

describe('buildShareText', () => {
	it('puts the line to say first, then every source on one line', () => {
		const text = buildShareText({ data: { say: 'A detainer is a request.' } }, [
			{ data: { title: 'Galarza v. Szalczyk', publisher: 'Third Circuit', date: '2014-03-04' } },
			{ data: { title: '8 C.F.R. 287.7', publisher: 'CFR', date: '2024' } },
		]);
		expect(text).toBe(
			'A detainer is a request.\nSource: Galarza v. Szalczyk (Third Circuit, 2014-03-04); 8 C.F.R. 287.7 (CFR, 2024)',
		);
	});

	it("builds the canonical path from the point's id", () => {
		expect(talkingPointPath('detainers-are-requests')).toBe(
			'/talking-points/detainers-are-requests/',
		);
	});
});

describe('buildRoleHeadings', () => {
	it('leaves out sections with no entries and puts asks and scripts before the arguments', () => {
		const headings = buildRoleHeadings({
			asks: [1],
			points: [],
			rebuttals: [],
			scripts: [1],
			caseStudies: [],
		});
		expect(headings.map((h) => h.slug)).toEqual([
			'controls',
			'asks',
			'scripts',
			'influencers',
			'sources',
		]);
	});

	it('adds "If they say…" under "What to say" when there are rebuttals', () => {
		const headings = buildRoleHeadings({
			asks: [],
			points: [1],
			rebuttals: [1],
			scripts: [],
			caseStudies: [1],
		});
		expect(headings.map((h) => `${h.depth}:${h.slug}`)).toEqual([
			'2:controls',
			'2:what-to-say',
			'3:if-they-say',
			'2:influencers',
			'2:what-has-worked',
			'2:sources',
		]);
	});
});

describe('getTalkingPointRedirects', () => {
	it("redirects every old name to the point's page, named after its file", () => {
		const dir = folder({
			'detainers-are-requests.yaml': 'aliases: [detainers-are-optional]\n',
			'no-aliases.yaml': 'title: A point never renamed\n',
		});
		expect(getTalkingPointRedirects(dir)).toEqual({
			'/talking-points/detainers-are-optional/': '/talking-points/detainers-are-requests/',
			'/es/talking-points/detainers-are-optional/': '/es/talking-points/detainers-are-requests/',
		});
	});
});

describe('getRoleSidebarLinks', () => {
	it('lists roles by their order with their short labels', () => {
		const dir = folder({
			'congress.yaml': 'label: Congress\norder: 5\n',
			'sheriff.yaml': 'label: Sheriff\norder: 1\n',
		});
		expect(getRoleSidebarLinks(dir)).toEqual([
			{ label: 'Sheriff', link: '/roles/sheriff/', translations: {} },
			{ label: 'Congress', link: '/roles/congress/', translations: {} },
		]);
	});

	it('gives a role its Spanish label when content/roles/es/ has it', () => {
		const dir = folder({
			'sheriff.yaml': 'label: Sheriff\norder: 1\n',
			'es/sheriff.yaml': 'label: Sheriff (oficina del sheriff)\norder: 1\n',
		});
		expect(getRoleSidebarLinks(dir)).toEqual([
			{
				label: 'Sheriff',
				link: '/roles/sheriff/',
				translations: { es: 'Sheriff (oficina del sheriff)' },
			},
		]);
	});
});

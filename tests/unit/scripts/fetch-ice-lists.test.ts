/**
 * The scheduled refresh's download step against a local server (127.0.0.1) that serves a copy of
 * ICE's 287(g) page (tests/fixtures/ice-page/) and ICE's spreadsheets (tests/fixtures/ice-sheets/).
 * No test uses the network.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverLists, fetchLists } from '../../../scripts/fetch-ice-lists';
import { importLists } from '../../../scripts/import-287g';

const sheets = 'tests/fixtures/ice-sheets';
const icePageHtml = readFileSync('tests/fixtures/ice-page/287g.html', 'utf8');
const pages: Record<string, string> = {
	'/identify-and-arrest/287g': icePageHtml,
	'/no-lists': '<html><body><a href="/doclib/a.pdf">Agreement</a></body></html>',
	'/broken':
		'<html><body><a href="/error/participatingAgencies05182026am.xlsx">List</a></body></html>',
	'/undated':
		'<html><body><a href="/doclib/list.xlsx">Participating Agencies</a> <a href="/doclib/requests.xlsx">Pending Agencies</a></body></html>',
};
let server: Server;
let base = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		const path = new URL(request.url!, 'http://127.0.0.1').pathname;
		const file = path.split('/').at(-1)!;
		if (pages[path]) {
			response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[path]);
		} else if (path.startsWith('/doclib/about/287g/') && existsSync(join(sheets, file))) {
			response.writeHead(200).end(readFileSync(join(sheets, file)));
		} else if (path === '/doclib/list.xlsx' || path === '/doclib/requests.xlsx') {
			const real =
				path === '/doclib/list.xlsx'
					? 'participatingAgencies07182025pm.xlsx'
					: 'pendingAgencies07182025pm.xlsx';
			response
				.writeHead(200, { 'Last-Modified': 'Fri, 18 Jul 2025 20:00:00 GMT' })
				.end(readFileSync(join(sheets, real)));
		} else if (path.startsWith('/error/')) {
			response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Access denied</html>');
		} else response.writeHead(404).end('not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const out = () => mkdtempSync(join(tmpdir(), 'fetch-ice-'));

describe("finding the lists on ICE's page", () => {
	it('follows the links, newest first, ignoring PDFs and other sites', () => {
		const lists = discoverLists(icePageHtml, 'https://www.ice.gov/identify-and-arrest/287g');
		expect(lists.participating?.url).toBe(
			'https://www.ice.gov/doclib/about/287g/participatingAgencies05182026am.xlsx',
		);
		expect(lists.pending?.url).toBe(
			'https://www.ice.gov/doclib/about/287g/pendingAgencies02272026am.xlsx',
		);
	});
});

describe('downloading from a local copy of ICE', { timeout: 60_000 }, () => {
	it("saves both lists under ICE's names, byte for byte, ready for the importer", async () => {
		const dir = out();
		const args = await fetchLists(`${base}/identify-and-arrest/287g`, dir);
		expect(args).toEqual([
			join(dir, 'participatingAgencies05182026am.xlsx'),
			join(dir, 'pendingAgencies02272026am.xlsx'),
		]);
		expect(readFileSync(args[0]!)).toEqual(
			readFileSync(join(sheets, 'participatingAgencies05182026am.xlsx')),
		);
		const { list } = await importLists(args[0]!, args[1], { today: '2026-12-06' });
		expect([list.agreements.length, list.pendingAsOf]).toEqual([1843, '2026-02-27']);
	});

	it("dates a list whose name has no date from the server's Last-Modified day", async () => {
		const dir = out();
		expect(await fetchLists(`${base}/undated`, dir)).toEqual([
			join(dir, 'list.xlsx'),
			'--date',
			'2025-07-18',
			join(dir, 'requests.xlsx'),
			'--pending-date',
			'2025-07-18',
		]);
	});

	it('says what is wrong, and saves nothing, when the page links no list or a link is not a workbook', async () => {
		const dir = out();
		await expect(fetchLists(`${base}/no-lists`, dir)).rejects.toThrow(
			/\/no-lists: the page links no participating-agencies spreadsheet/,
		);
		await expect(fetchLists(`${base}/broken`, dir)).rejects.toThrow(
			/participatingAgencies05182026am\.xlsx: this is not an Excel \.xlsx workbook/,
		);
		await expect(fetchLists(`${base}/missing-page`, dir)).rejects.toThrow(/answered 404/);
		expect(readdirSync(dir)).toEqual([]);
	});
});

/**
 * Downloads ICE's current 287(g) lists for the importer: reads ICE's 287(g) page, follows its links
 * to the participating and pending spreadsheets (whatever ICE names them this week) and saves them
 * under ICE's own file names. Prints the importer's arguments, one per line:
 *
 *   node scripts/fetch-ice-lists.ts --out /tmp/ice > args.txt
 *   mapfile -t args < args.txt && npm run data:287g -- "${args[@]}"
 *
 * Used by the scheduled refresh (docs/deploy/refresh-287g.yml). Only links on ICE's site (or on the
 * page's own server, for tests) are followed; a download that is not an .xlsx workbook is refused.
 * On any problem it says what and where, saves nothing more, and exits 1.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFileName, todayUtc, type ListKind } from './import-287g.ts';

/** ICE's 287(g) page, where it links the lists. */
export const icePage = 'https://www.ice.gov/identify-and-arrest/287g';

/** A problem that stops the download; the message says what and where. */
export class FetchError extends Error {
	override name = 'FetchError';
}

/** One spreadsheet linked from the page. */
export interface ListLink {
	kind: ListKind;
	url: string;
	/** The file name in the link (ICE's), decoded. */
	fileName: string;
	/** The date in the file name, when it has one. */
	date?: string;
}

/** The `href` of every link on the page, with the link's text. */
function linksOf(html: string): { href: string; text: string }[] {
	const links: { href: string; text: string }[] = [];
	for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
		const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1]!);
		if (!href) continue;
		const text = match[2]!
			.replace(/<[^>]*>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
		links.push({ href: (href[2] ?? href[3] ?? href[4]!).replace(/&amp;/g, '&'), text });
	}
	return links;
}

/**
 * The newest participating and pending spreadsheets linked from the page. A link counts when it
 * ends in .xlsx and is on ICE's site or the page's own server; its kind comes from the file name,
 * else from the link text ("pending", "participating").
 */
export function discoverLists(html: string, pageUrl: string): Partial<Record<ListKind, ListLink>> {
	const page = new URL(pageUrl);
	const found: ListLink[] = [];
	for (const { href, text } of linksOf(html)) {
		if (!URL.canParse(href, page)) continue;
		const url = new URL(href, page);
		if (url.origin !== page.origin && url.origin !== 'https://www.ice.gov') continue;
		if (!/\.xlsx$/i.test(url.pathname)) continue;
		const fileName = decodeURIComponent(url.pathname.split('/').at(-1)!);
		const named = parseFileName(fileName);
		const kind: ListKind | undefined =
			named?.kind ??
			(/pending/i.test(`${fileName} ${text}`)
				? 'pending'
				: /participat/i.test(`${fileName} ${text}`)
					? 'participating'
					: undefined);
		if (!kind) continue;
		found.push({ kind, url: url.href, fileName, ...(named ? { date: named.date } : {}) });
	}
	const newest = (kind: ListKind) =>
		found
			.filter((l) => l.kind === kind)
			.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
	const lists: Partial<Record<ListKind, ListLink>> = {};
	for (const kind of ['participating', 'pending'] as const) {
		const link = newest(kind);
		if (link) lists[kind] = link;
	}
	return lists;
}

/** A file name safe to write: ICE's name, with anything but letters, digits and ._-() replaced. */
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._() -]/g, '_').replace(/^\.+/, '_');

/** Downloads one spreadsheet into `outDir`; refuses anything that is not an .xlsx workbook. */
async function download(
	link: ListLink,
	outDir: string,
): Promise<{ path: string; lastModified?: string }> {
	let response: Response;
	try {
		response = await fetch(link.url, { redirect: 'follow' });
	} catch (error) {
		throw new FetchError(`${link.url}: could not download (${(error as Error).message}).`);
	}
	if (!response.ok) throw new FetchError(`${link.url}: the server answered ${response.status}.`);
	const bytes = Buffer.from(await response.arrayBuffer());
	// An .xlsx file is a zip archive: it starts with "PK\x03\x04".
	if (bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
		throw new FetchError(
			`${link.url}: this is not an Excel .xlsx workbook (it starts with "${bytes.subarray(0, 15).toString('latin1')}"); ICE's page may have changed.`,
		);
	const path = join(outDir, safeName(link.fileName));
	writeFileSync(`${path}.part`, bytes);
	renameSync(`${path}.part`, path);
	const modified = response.headers.get('last-modified');
	return modified && !Number.isNaN(Date.parse(modified))
		? { path, lastModified: new Date(modified).toISOString().slice(0, 10) }
		: { path };
}

/**
 * Reads ICE's page, downloads its current lists into `outDir` and returns the importer's
 * arguments: the participating file, then the pending file when the page links one, and `--date`
 * / `--pending-date` from the server's Last-Modified date when a file name has no date.
 */
export async function fetchLists(pageUrl: string, outDir: string): Promise<string[]> {
	let html: string;
	try {
		const response = await fetch(pageUrl, { redirect: 'follow' });
		if (!response.ok) throw new Error(`the server answered ${response.status}`);
		html = await response.text();
	} catch (error) {
		throw new FetchError(
			`${pageUrl}: could not read ICE's 287(g) page (${(error as Error).message}).`,
		);
	}
	const lists = discoverLists(html, pageUrl);
	if (!lists.participating)
		throw new FetchError(
			`${pageUrl}: the page links no participating-agencies spreadsheet (.xlsx). ICE may have moved it: open the page and download it by hand (see CONTRIBUTING.md).`,
		);
	mkdirSync(outDir, { recursive: true });
	const args: string[] = [];
	for (const kind of ['participating', 'pending'] as const) {
		const link = lists[kind];
		if (!link) continue;
		const { path, lastModified } = await download(link, outDir);
		args.push(path);
		if (!link.date) {
			const date = lastModified ?? todayUtc();
			args.push(kind === 'participating' ? '--date' : '--pending-date', date);
		}
	}
	return args;
}

async function main(args: string[]) {
	const option = (name: string) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const pageUrl = option('--page') ?? icePage;
	const outDir = option('--out') ?? 'ice-download';
	try {
		const importerArgs = await fetchLists(pageUrl, outDir);
		console.log(importerArgs.join('\n'));
	} catch (error) {
		console.error(
			error instanceof FetchError ? error.message : `Download stopped: ${(error as Error).message}`,
		);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));

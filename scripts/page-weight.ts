/**
 * Page weight: the bytes a first visit downloads (HTML, CSS, JS, fonts, images; gzip-compressed as
 * a static host would serve them), measured in Chromium with the service worker blocked so the
 * offline download does not count. The budget compares each page type with a plain Starlight
 * site (same Astro and Starlight, no overrides) that shows the same words under the same sidebar.
 * `npm run bench:weight` prints the table; tests/site/page-weight.test.ts holds a fixed ceiling.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromiumArgs, findChromium } from '../tools/chromium.ts';
import { pageTypes } from '../tools/page-types.ts';
import { startServer } from '../tools/static-server.ts';

/**
 * One page of every type for the code budget (issue 24): the CSS and JS each ships, gzip compressed,
 * stays at or under `codeBudget`, in English and in its Spanish twin (the same path under `/es`).
 */
export const codePageTypes: Record<string, string> = {
	home: '/',
	'role page': '/roles/sheriff/',
	'role print': '/roles/sheriff/print/',
	'talking point': '/talking-points/detainers-are-requests/',
	'talking points': '/talking-points/',
	script: '/scripts/sheriff-phone/',
	task: '/tasks/call/',
	ask: '/asks/ban-287g-statewide/',
	guide: '/guides/start-here/',
	explainer: '/explainers/ice-detainers/',
	'case study': '/case-studies/cook-county/',
	'case studies': '/case-studies/',
	'state page': '/states/texas/',
	states: '/states/',
	'state × role': '/states/texas/sheriff/',
	'state × role print': '/states/texas/sheriff/print/',
	agency: '/agencies/tx-harrison-county-sheriffs-office/',
	'287(g) map': '/287g/',
	records: '/records/',
	'my actions': '/my-actions/',
	wins: '/wins/',
	glossary: '/glossary/',
	sources: '/sources/',
	'meeting kit': '/meeting-kit/',
};

/** At most 20 KB (20,000 bytes) of CSS and JS (gzip) on any page type (issue 24). */
export const codeBudget = 20_000;

/** Static `import … from "./x.js"` / `import "./x.js"` in a bundled module (not `import()`). */
const staticImport = /(?:^|[;}\s])import\s*(?:[\w$\s{},*]+?from\s*)?["']([^"']+)["']/g;

/**
 * Gzip bytes of the CSS and JS a page in `root` ships (each file compressed on its own, as a host
 * serves it): linked style sheets and inline `<style>`, scripts and inline `<script>` (JSON data
 * islands excluded: they are not code), and every module those scripts import statically. Modules
 * loaded only on demand (`import()`, e.g. the search dialog once opened) are not counted.
 */
export function codeWeight(root: string, path: string): { css: number; js: number } {
	const html = parse(readFileSync(join(root, path, 'index.html'), 'utf8'));
	const gz = (text: string | Buffer) => gzipSync(text).length;
	let css = 0;
	let js = 0;
	const seen = new Set<string>();
	const addModule = (href: string) => {
		if (seen.has(href) || !href.startsWith('/')) return;
		seen.add(href);
		const file = join(root, href);
		if (!existsSync(file)) return;
		const text = readFileSync(file, 'utf8');
		js += gz(text);
		for (const [, spec = ''] of text.matchAll(staticImport))
			addModule(new URL(spec, `http://x${href}`).pathname);
	};
	for (const link of html.querySelectorAll('link[rel="stylesheet"]')) {
		const href = link.getAttribute('href') ?? '';
		if (href.startsWith('/') && !seen.has(href) && existsSync(join(root, href))) {
			seen.add(href);
			css += gz(readFileSync(join(root, href)));
		}
	}
	for (const style of html.querySelectorAll('style')) css += gz(style.innerHTML);
	for (const script of html.querySelectorAll('script')) {
		const src = script.getAttribute('src');
		if (src) addModule(src);
		else if (!/json/.test(script.getAttribute('type') ?? '')) js += gz(script.innerHTML);
	}
	return { css, js };
}

/** A plain-text table of the CSS and JS per page type, English and Spanish, against the budget. */
export function formatCodeWeights(root = 'dist'): string {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	const cell = (path: string) => {
		const { css, js } = codeWeight(root, path);
		const total = css + js;
		return `${kb(css).padEnd(10)} ${kb(js).padEnd(10)} ${`${kb(total)}${total > codeBudget ? ' over' : ''}`.padEnd(14)}`;
	};
	return [
		`CSS and JS per page type (gzip; budget ${codeBudget.toLocaleString('en-US')} bytes = ${kb(codeBudget)})`,
		`${'page type'.padEnd(19)} ${'CSS'.padEnd(10)} ${'JS'.padEnd(10)} ${'total'.padEnd(14)} ${'es CSS'.padEnd(10)} ${'es JS'.padEnd(10)} es total`,
		...Object.entries(codePageTypes).map(([type, path]) =>
			`${type.padEnd(19)} ${cell(path)} ${cell(`/es${path}`)}`.trimEnd(),
		),
	].join('\n');
}

/** How much heavier than plain Starlight a page type may be. */
export const budgetFactor = 1.15;

export const baselineDir = '.tmp/starlight-baseline';

/** Markdown with the same headings, paragraphs, list items and quotes as a built page's content. */
function toMarkdown(content: HTMLElement): string {
	const lines: string[] = [];
	for (const node of content.querySelectorAll('h2, h3, h4, p, li, blockquote > p, td')) {
		const text = node.text.replace(/\s+/g, ' ').trim();
		if (!text || node.closest('.share-point')) continue;
		const tag = node.tagName.toLowerCase();
		if (/^h[2-4]$/.test(tag)) lines.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
		else if (tag === 'li') lines.push(`- ${text}`);
		else lines.push(text);
		lines.push('');
	}
	return lines.join('\n');
}

interface SidebarGroup {
	label: string;
	items: { label: string; link: string }[];
}

/** The sidebar of a built page, as Starlight config with explicit links. */
function readSidebar(html: HTMLElement): SidebarGroup[] {
	return html.querySelectorAll('#starlight__sidebar details').map((group) => ({
		label: group.querySelector('summary')?.text.trim() ?? '',
		items: group
			.querySelectorAll('a')
			.map((a) => ({ label: a.text.trim(), link: a.getAttribute('href') ?? '/' })),
	}));
}

/**
 * Writes and builds a plain Starlight site whose pages carry the words of our built pages. The
 * build is cached: it runs again only when its files, or the installed Astro or Starlight, change.
 */
export function buildBaselineSite(ourDist = 'dist'): string {
	const files = new Map<string, string>();
	const read = (path: string) => parse(readFileSync(join(ourDist, path, 'index.html'), 'utf8'));
	const home = read('/');
	const title =
		home.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? 'Handbook';
	const docs = 'src/content/docs';
	for (const [type, path] of Object.entries(pageTypes)) {
		const page = read(path);
		const heading = page.querySelector('h1')?.text.trim() ?? type;
		const description =
			page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		const content = page.querySelector('.sl-markdown-content') ?? page.querySelector('main')!;
		const front =
			path === '/'
				? `title: ${JSON.stringify(heading)}\ndescription: ${JSON.stringify(description)}\ntemplate: splash\nhero:\n  tagline: ${JSON.stringify(page.querySelector('.hero .tagline')?.text.trim() ?? '')}\n  actions:\n    - text: Start here\n      link: /guides/start-here/\n      icon: right-arrow\n`
				: `title: ${JSON.stringify(heading)}\ndescription: ${JSON.stringify(description)}\n`;
		const file =
			path === '/' ? join(docs, 'index.md') : join(docs, `${path.replace(/^\/|\/$/g, '')}.md`);
		files.set(file, `---\n${front}---\n\n${toMarkdown(content)}`);
	}
	files.set(
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
			`export default defineConfig({ site: 'https://example.org', trailingSlash: 'always', integrations: [starlight(${JSON.stringify({ title, sidebar: readSidebar(read('/guides/start-here/')) })})] });\n`,
	);
	files.set(
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	// Astro bundles the integrations a project depends on; name them so Starlight is bundled too.
	const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const baselinePackage = {
		name: 'starlight-baseline',
		private: true,
		type: 'module',
		dependencies: {
			astro: dependencies['astro'],
			'@astrojs/starlight': dependencies['@astrojs/starlight'],
		},
	};
	files.set('package.json', `${JSON.stringify(baselinePackage, null, 2)}\n`);

	const installed = ['astro', '@astrojs/starlight'].map(
		(name) =>
			(JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
				.version,
	);
	const inputs = createHash('sha256')
		.update(JSON.stringify([installed, [...files].sort()]))
		.digest('hex');
	const stamp = join(baselineDir, 'inputs.sha256');
	const built = join(baselineDir, 'dist');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs && existsSync(built))
		return built;

	rmSync(baselineDir, { recursive: true, force: true });
	for (const [file, text] of files) {
		mkdirSync(dirname(join(baselineDir, file)), { recursive: true });
		writeFileSync(join(baselineDir, file), text);
	}
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: baselineDir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0)
		throw new Error(
			`The plain Starlight baseline did not build:\n${result.stdout}\n${result.stderr}`,
		);
	writeFileSync(stamp, inputs);
	return built;
}

/** Gzip bytes of everything a first visit to each page type downloads from a site in `root`. */
export async function measureSite(browser: Browser, root: string): Promise<Record<string, number>> {
	const server = await startServer({ root, port: 0 });
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const weights: Record<string, number> = {};
	for (const [type, path] of Object.entries(pageTypes)) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const sizes: Promise<number>[] = [];
		page.on('response', (response) => {
			if (response.status() !== 200) return;
			sizes.push(
				response.body().then(
					(body) => gzipSync(body).length,
					() => 0,
				),
			);
		});
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		weights[type] = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		await context.close();
	}
	server.close();
	return weights;
}

/** Measures ours and the baseline, returning one row per page type. */
export async function comparePageWeights() {
	const baseline = buildBaselineSite();
	const browser = await chromium.launch({
		executablePath: (await findChromium()).executablePath,
		args: chromiumArgs,
	});
	const ours = await measureSite(browser, 'dist');
	const plain = await measureSite(browser, baseline);
	await browser.close();
	return Object.keys(pageTypes).map((type) => ({
		type,
		ours: ours[type]!,
		plain: plain[type]!,
		budget: Math.round(plain[type]! * budgetFactor),
	}));
}

/** A plain-text table of the comparison. */
export function formatWeights(rows: Awaited<ReturnType<typeof comparePageWeights>>): string {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	return [
		'page type       ours        plain Starlight   budget (+15%)   ratio',
		...rows.map(
			(r) =>
				`${r.type.padEnd(15)} ${kb(r.ours).padEnd(11)} ${kb(r.plain).padEnd(17)} ${kb(r.budget).padEnd(15)} ${(r.ours / r.plain).toFixed(2)}`,
		),
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(formatCodeWeights());
	// `--code`: only the CSS and JS table, read from dist/ (no browser, no baseline build).
	if (!process.argv.includes('--code'))
		console.log(`\n${formatWeights(await comparePageWeights())}`);
}

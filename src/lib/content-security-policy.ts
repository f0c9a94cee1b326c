/**
 * A Content-Security-Policy for static HTML that allows only the project's own scripts (issue 23):
 * - scripts Astro bundles from components and `src/client/` are files under `/_astro/` (the build
 *   never inlines them: `assetsInlineLimit` in astro.config.mjs), allowed by 'self';
 * - the few scripts written `is:inline` in a component (Starlight's theme and sidebar scripts, the
 *   search button's shortcut hint) are allowed by the SHA-256 of their text, read from the
 *   component files themselves, never from the built HTML. A script that content manages to put
 *   in a page therefore matches nothing and the browser refuses it.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and may start a Worker from a blob. The policy
 * goes in a <meta> tag, the first thing in <head>, so it holds on any static host, and in `_headers`
 * (src/lib/host-files.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** `<script is:inline …>body</script>` in an .astro component; `define:vars` scripts are rewritten by Astro, so not matched. */
const inlineComponentScript =
	/<script\b(?![^>]*\bdefine:vars)[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** The `'sha256-…'` source for one script's exact text. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Hashes of the `is:inline` scripts in the given .astro component sources. */
export function hashComponentScripts(componentSources: Iterable<string>): string[] {
	const hashes = new Set<string>();
	for (const source of componentSources)
		for (const [, body = ''] of source.matchAll(inlineComponentScript))
			hashes.add(scriptHash(body));
	return [...hashes].sort();
}

/** Every .astro file under `dir` (none when it does not exist). */
function astroFilesIn(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(dir, file));
}

/**
 * Where Node finds package `name` from `root`: the first `node_modules/<name>` in `root` or a
 * folder above it (a copy of the project under .tmp/ uses the project's node_modules).
 */
function packageDir(root: string, name: string): string | undefined {
	for (let dir = resolve(root); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) return undefined;
	}
}

/**
 * The hashes the policy allows: the `is:inline` scripts of the project's own components (`src/`,
 * `pages/`) and of the packages it depends on (package.json `dependencies`, e.g. Starlight). A
 * component added later is allowed by being a file of the project; nothing is kept by hand.
 */
export function projectScriptHashes(root = '.'): string[] {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		dependencies?: Record<string, string>;
	};
	const dirs = [
		join(root, 'src'),
		join(root, 'pages'),
		...Object.keys(pkg.dependencies ?? {}).flatMap((name) => packageDir(root, name) ?? []),
	];
	return hashComponentScripts(dirs.flatMap(astroFilesIn).map((file) => readFileSync(file, 'utf8')));
}

/** The policy, given the hashes of the project's inline scripts. */
export function buildPolicy(scriptHashes: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"script-src-attr 'none'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"manifest-src 'self'",
		"frame-src 'none'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** Inline scripts (no `src`) in a built page, with the text of each. */
const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Inline scripts in `html` that the policy does not allow: content that became script. */
export function unknownInlineScripts(html: string, allowed: readonly string[]): string[] {
	return [...html.matchAll(inlineScript)]
		.map(([, body = '']) => body)
		.filter((body) => !allowed.includes(scriptHash(body)));
}

/**
 * The page with the policy as the very first element of <head>, before anything content wrote, so
 * it governs everything after it. Added to every page, whatever its text says. Astro's redirect
 * pages have no <head> tag: the meta then follows the doctype (the parser puts it in the head).
 */
export function addPolicyMeta(html: string, policy: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
	const head = /^(\s*<!doctype html>\s*(?:<html\b[^>]*>\s*)?<head\b[^>]*>)/i.exec(html);
	if (head) return `${head[1]}${meta}${html.slice(head[1]!.length)}`;
	const doctype = /^\s*<!doctype html>/i.exec(html);
	const at = doctype ? doctype[0].length : 0;
	return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

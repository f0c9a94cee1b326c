/**
 * Serves the built handbook (`dist/`) on localhost, the way any static host would: directory
 * index pages, the 404 page, gzip for text, and correct types for Pagefind's WebAssembly and index files.
 * `npm run serve` runs it (scripts/serve.ts); tests import `startServer` to get a server of their own.
 *
 * Why not `astro preview` (checked with Astro 7.3.5, issue 23): it answers a malformed address such
 * as `/%E0%A4%A` with 404 rather than 400, answers an encoded slash (`/..%2Fx`) with a 500 page that
 * shows a stack trace and the machine's paths, and leaves out the project's Vite plugins, so neither
 * can be fixed from astro.config.mjs. This server never reads outside the folder it serves (not
 * even a sibling such as `dist-edition/`), and answers any address it cannot read with 400.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** A request path no file can answer: not valid percent-encoding, a NUL, a backslash or a `..` step. */
export class BadPath extends Error {}

/** `file` if it is inside `root` (links followed) and exists as a file; else undefined. */
function inside(root: string, file: string): string | undefined {
	if (!existsSync(file)) return undefined;
	const real = realpathSync(file);
	return real.startsWith(root + sep) && statSync(real).isFile() ? real : undefined;
}

/**
 * The file a request path maps to inside `root` (an absolute, real path), or undefined when there
 * is none. Throws BadPath for a path that cannot name a file of the site.
 */
export function resolveFile(root: string, pathname: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		throw new BadPath(pathname);
	}
	if (/[\0\\]/.test(decoded) || decoded.split('/').includes('..')) throw new BadPath(pathname);
	const target = normalize(join(root, decoded));
	return inside(root, target) ?? inside(root, join(target, 'index.html'));
}

/** Starts a static server for `root`; resolves once it listens. Port 0 picks a free port. */
export function startServer({
	root = 'dist',
	port = 4321,
	host = '127.0.0.1',
	base = '/',
} = {}): Promise<Server> {
	const distRoot = realpathSync(resolve(root));
	// The site's base path, e.g. "/handbook/" for a build with SITE_URL=https://example.org/handbook/.
	const basePath = base.replace(/\/*$/, '/').replace(/^\/*/, '/');
	const server = createServer((request, response) => {
		let requested: URL;
		try {
			requested = new URL(request.url ?? '/', 'http://localhost');
			// Decoding once here catches a malformed address before any file is looked up.
			resolveFile(distRoot, requested.pathname);
		} catch {
			response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
			return;
		}
		if (`${requested.pathname}/` === basePath) {
			response.writeHead(301, { Location: `${basePath}${requested.search}` }).end();
			return;
		}
		// Outside the base path nothing is served, as on a host that serves the site under it.
		const outside = !requested.pathname.startsWith(basePath);
		const url = new URL(
			outside ? '/__outside-base__' : `/${requested.pathname.slice(basePath.length)}`,
			'http://localhost',
		);
		url.search = requested.search;
		if (
			!url.pathname.endsWith('/') &&
			!extname(url.pathname) &&
			resolveFile(distRoot, `${url.pathname}/`)
		) {
			response.writeHead(301, { Location: `${requested.pathname}/${url.search}` }).end();
			return;
		}
		const file = resolveFile(distRoot, url.pathname);
		const status = file ? 200 : 404;
		const served = file ?? join(distRoot, '404.html');
		const type = contentTypes[extname(served)] ?? 'application/octet-stream';
		// Text is compressed, as static hosts do; Pagefind's index files are compressed already.
		const gzip =
			/gzip/.test(String(request.headers['accept-encoding'])) && /text|json|xml|svg/.test(type);
		response.writeHead(status, {
			'Content-Type': type,
			'Cache-Control': served.endsWith('sw.js') ? 'no-cache' : 'public, max-age=0, must-revalidate',
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
		});
		const body = createReadStream(served);
		if (gzip) body.pipe(createGzip()).pipe(response);
		else body.pipe(response);
	});
	return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

/**
 * Serves the built handbook (`dist/`) on localhost, the way any static host would: directory
 * index pages, the 404 page, gzip for text, and correct types for Pagefind's WebAssembly and index files.
 * Run: `npm run serve` (after `npm run build`), or `npm start` to build and serve.
 * Set PORT or HOST to change where it listens. Tests import `startServer` to get a server of their own.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
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

/** The file a request path maps to inside `root`, or undefined when there is none. */
export function resolveFile(root: string, pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const target = normalize(join(root, decoded));
	if (!target.startsWith(root)) return undefined;
	if (existsSync(target) && statSync(target).isFile()) return target;
	const index = join(target, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

/** Starts a static server for `root`; resolves once it listens. Port 0 picks a free port. */
export function startServer({
	root = 'dist',
	port = 4321,
	host = '127.0.0.1',
	base = '/',
} = {}): Promise<Server> {
	const distRoot = resolve(root);
	// The site's base path, e.g. "/handbook/" for a build with SITE_URL=https://example.org/handbook/.
	const basePath = base.replace(/\/*$/, '/').replace(/^\/*/, '/');
	const server = createServer((request, response) => {
		const requested = new URL(request.url ?? '/', 'http://localhost');
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

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env['PORT'] ?? 4321);
	const host = process.env['HOST'] ?? '127.0.0.1';
	// Serve under the build's base path: BASE_PATH, or the path of SITE_URL.
	const base = process.env['BASE_PATH'] ?? new URL(process.env['SITE_URL'] ?? 'http://x/').pathname;
	// DIST_DIR serves another build, e.g. a local edition built into dist-edition/.
	const root = process.env['DIST_DIR'] ?? 'dist';
	if (!existsSync(`${root}/index.html`)) {
		console.error(
			'No built site in dist/. Run `npm run build` first, or `npm start` to build and serve.',
		);
		process.exit(1);
	}
	await startServer({ root, port, host, base });
	console.log(
		`The handbook is at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base} (Ctrl+C to stop)`,
	);
}

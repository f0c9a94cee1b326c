/**
 * Serves the built handbook (`dist/`) on localhost: `npm run serve` (after `npm run build`), or
 * `npm start` to build and serve. Set PORT or HOST to change where it listens, BASE_PATH (or
 * SITE_URL) for a build under a base path, DIST_DIR for another build. The server itself, and why
 * it is not `astro preview`, is tools/static-server.ts.
 */
import { existsSync } from 'node:fs';
import { startServer } from '../tools/static-server.ts';

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

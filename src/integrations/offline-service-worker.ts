/**
 * Writes `dist/sw.js`, a service worker that saves every page and the whole Pagefind search
 * bundle on the first visit, so reading and searching keep working with no signal
 * (starlight-notes §8.2). Must come after starlight() in the integrations list: Astro runs
 * `astro:build:done` hooks in order, and the search index must exist before it is listed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

export default function offlineServiceWorker(): AstroIntegration {
	return {
		name: 'handbook:offline-service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					globDirectory: root,
					swDest: `${root}sw.js`,
					globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest,json,xml}', 'pagefind/**/*'],
					globIgnores: ['sw.js'],
					// Pagefind asks for pagefind-entry.json?ts=<time>; without this, offline search finds nothing.
					ignoreURLParametersMatching: [/^ts$/],
					directoryIndex: 'index.html',
					cleanupOutdatedCaches: true,
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
					inlineWorkboxRuntime: true,
					sourcemap: false,
					mode: 'production',
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(
					`service worker saves ${count} files (${Math.round(size / 1024)} KiB) for offline use`,
				);
			},
		},
	};
}

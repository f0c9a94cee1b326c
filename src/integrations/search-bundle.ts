/**
 * Removes from `dist/pagefind/` the files the handbook's search never loads: Pagefind's own search
 * interfaces, which it writes with every index (src/lib/search-bundle.ts says which files search
 * uses). A reader's phone would otherwise download them on the first visit, for offline use.
 *
 * Must come after starlight() (whose `astro:build:done` writes the index) and before
 * offlineServiceWorker(), which lists what is left.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isSearchFile, parsePagefindEntry } from '../lib/search-bundle.ts';

export default function searchBundle(): AstroIntegration {
	return {
		name: 'handbook:search-bundle',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const bundle = join(fileURLToPath(dir), 'pagefind');
				const entryFile = join(bundle, 'pagefind-entry.json');
				if (!existsSync(entryFile)) return;
				const entry = parsePagefindEntry(readFileSync(entryFile, 'utf8'));
				const unused = readdirSync(bundle).filter(
					(file) => statSync(join(bundle, file)).isFile() && !isSearchFile(file, entry),
				);
				let bytes = 0;
				for (const file of unused) {
					bytes += statSync(join(bundle, file)).size;
					rmSync(join(bundle, file));
				}
				logger.info(
					`removed ${unused.length} Pagefind files search does not load (${Math.round(bytes / 1024)} KiB): ${unused.join(', ')}`,
				);
			},
		},
	};
}

/**
 * Lets a lazily loaded module (`import()`: the search dialog, "record what happened") cost its
 * page nothing but the `import()` itself. Vite wraps every `import()` in browser code in a preload
 * helper of about 1 KiB (0.5 KiB gzip) that fetches the module's imports and CSS in parallel, and
 * keeps it even with `build.modulePreload: false` (vitejs/vite#18551); the search button alone put
 * it on every page. Here modulePreload is off and the helper only calls `import()`: a lazy module's
 * own imports then load when it runs, one short step later, from the same site or the offline copy.
 * A lazy module that brings CSS would still need the helper, so the build stops and says so.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const helperId = 'vite/preload-helper.js';
const resolvedHelperId = `\0${helperId}`;

function plainDynamicImportsPlugin(): Plugin {
	return {
		name: 'handbook:plain-dynamic-imports',
		enforce: 'pre',
		configEnvironment(name) {
			return name === 'client' ? { build: { modulePreload: false } } : undefined;
		},
		resolveId(id) {
			return id === helperId || id === resolvedHelperId ? resolvedHelperId : undefined;
		},
		load(id) {
			return id === resolvedHelperId ? 'export const __vitePreload = (load) => load();' : undefined;
		},
		// After Vite has written each import()'s list of files to preload into the chunks.
		writeBundle(_, bundle) {
			if (this.environment.name !== 'client') return;
			for (const chunk of Object.values(bundle))
				if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps'))
					this.error(
						`${chunk.fileName} loads a module with import() that brings its own CSS, which the ` +
							'plain import() of src/integrations/plain-dynamic-imports.ts does not load. Import ' +
							'that CSS statically from the page instead.',
					);
		},
	};
}

export default function plainDynamicImports(): AstroIntegration {
	return {
		name: 'handbook:plain-dynamic-imports',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plainDynamicImportsPlugin()] } });
			},
		},
	};
}

/**
 * Browser code receives values and never imports server modules (issue 24): the client-imports
 * rule of eslint.config.mjs refuses a client script or a component script that imports one, allows
 * the listed pure helpers, and every listed helper imports only others of the list, so nothing
 * server-side comes in by way of a helper.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { browserModules } from '../../../eslint.config.mjs';

const fixture = (name: string) => readFileSync(`tests/fixtures/browser-imports/${name}`, 'utf8');

/** The import rule's findings for `code` linted as the file at `filePath`: line and import path. */
async function forbiddenImports(code: string, filePath: string) {
	const [result] = await new ESLint().lintText(code, { filePath });
	return result!.messages
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => ({ line: m.line, path: /'([^']+)'/.exec(m.message)?.[1] }));
}

describe('browser code imports only listed pure helpers', () => {
	it('refuses a client script that imports the interface strings', async () => {
		const found = await forbiddenImports(
			fixture('forbidden-client.ts.txt'),
			'src/client/fixture.ts',
		);
		expect(found).toEqual([{ line: 2, path: '../lib/ui-strings' }]);
	}, 60_000);

	it("refuses a component's script that imports the paths module", async () => {
		const found = await forbiddenImports(
			fixture('forbidden-component.astro.txt'),
			'src/components/Fixture.astro',
		);
		expect(found).toEqual([{ line: 7, path: '../lib/paths' }]);
	}, 60_000);

	it('leaves server code alone: a page frontmatter may import what it needs', async () => {
		const found = await forbiddenImports(
			"import { documentStrings } from '../lib/ui-strings';\nexport const s = documentStrings;\n",
			'src/lib/fixture.ts',
		);
		expect(found).toEqual([]);
	}, 60_000);

	it.each(browserModules)('%s is one file and imports only listed modules', (name) => {
		const files = ['src/client', 'src/lib', 'src/schemas']
			.flatMap((dir) => [`${dir}/${name}.ts`, `${dir}/${name}.css`])
			.filter((file) => existsSync(file));
		expect(files).toHaveLength(1);
		const source = readFileSync(files[0]!, 'utf8');
		const imports = [
			...source.matchAll(/^\s*import\s+(?!type\b)(?:[^;]*?from\s+)?'([^']+)'/gms),
		].map(([, path]) => path!.replace(/^.*\//, '').replace(/\.(ts|css)$/, ''));
		expect(imports.filter((i) => !browserModules.includes(i))).toEqual([]);
	});
});

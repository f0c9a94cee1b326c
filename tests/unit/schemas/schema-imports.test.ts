/**
 * Schemas are the bottom layer (issue 24): the schema-imports rule of eslint.config.mjs refuses a
 * file in src/schemas/ that imports from src/lib, components, pages, browser code, scripts or
 * tests, and allows packages and the files beside it.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import paths the rule refuses in `code` linted as a file in src/schemas/. */
async function refusedImports(code: string): Promise<(string | undefined)[]> {
	const [result] = await new ESLint().lintText(code, { filePath: 'src/schemas/fixture.ts' });
	return result!.messages
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => /'([^']+)'/.exec(m.message)?.[1]);
}

describe('schemas import nothing from above them', () => {
	it('refuses an import from src/lib, a component, a page, browser code, scripts or tests', async () => {
		const upward = [
			'../lib/records-letters',
			'../components/TalkingPointItem.astro',
			'../../pages/[...lang]/records.astro',
			'../client/records-page',
			'../../scripts/new-entry.ts',
			'../../tests/unit/schemas/fixture',
			'~/lib/paths',
		];
		const code = upward.map((path, i) => `import * as m${i} from '${path}';`).join('\n');
		expect(await refusedImports(`${code}\nexport {};\n`)).toEqual(upward);
	}, 60_000);

	it('allows packages and the files beside it', async () => {
		const code = [
			"import { z } from 'astro/zod';",
			"import { reference } from 'astro:content';",
			"import { isCalendarDate } from './calendar-date.ts';",
			"import { slugSchema } from '~/schemas/shared';",
			'export const s = [z, reference, isCalendarDate, slugSchema];',
		].join('\n');
		expect(await refusedImports(code)).toEqual([]);
	}, 60_000);
});

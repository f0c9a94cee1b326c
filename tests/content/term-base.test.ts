/**
 * Content rules for Spanish: every glossary term has an approved Spanish rendering (the term base),
 * and no Spanish page uses a rendering the term base says to avoid (a detainer is an "orden de
 * retención migratoria", a request, never a word for an arrest or detention order).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAvoidedTerms, type SpanishTerm } from '../../src/lib/term-base';
import { readCollection } from './read-content';

const glossary = readCollection('glossary');
const termBase: SpanishTerm[] = glossary.flatMap(({ id, data }) => {
	const spanish = data['spanish'] as { term: string; avoid?: string[] } | undefined;
	return spanish ? [{ id, term: spanish.term, avoid: spanish.avoid ?? [] }] : [];
});

/** Every Spanish content file: those in an `es/` folder of content/. */
function spanishFiles(dir = 'content'): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ya?ml|mdx?)$/.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.filter((file) => /(^|\/)es\//.test(file.slice(dir.length)));
}

describe('the Spanish term base (content rule)', () => {
	it.each(glossary.map((g) => [g.file, g.data['spanish']] as const))(
		'%s gives its approved Spanish term',
		(_, spanish) => {
			expect(spanish, 'add spanish: { term: ..., avoid: [...] }').toMatchObject({
				term: expect.any(String),
			});
		},
	);

	const files = spanishFiles();
	it.skipIf(files.length === 0).each(files)('%s uses no rendering the term base avoids', (file) => {
		expect(findAvoidedTerms(readFileSync(file, 'utf8'), termBase)).toEqual([]);
	});
});

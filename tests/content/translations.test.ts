/**
 * Content rules for translations: each Spanish file keeps its English entry's facts (the same
 * fields, list lengths, numbers, dates, ids, references, URLs, site paths and {figure} tokens; only
 * prose changes) and has an English file of the same name. Fails when a translation changes a fact.
 * How the comparison works is tested in tests/unit/lib/i18n.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFactProblems } from '../../src/lib/translation-facts';
import { getTranslationStatus } from '../../src/lib/translation-status';

const status = getTranslationStatus('es');

describe('content rule: Spanish translations', () => {
	it('each have an English file of the same name', () => {
		expect(status.orphans).toEqual([]);
	});

	it('keep every fact of their English entry', () => {
		const problems = status.translated.flatMap((translation) => {
			const english = translation.replace(/\/es\//, '/');
			return findFactProblems(
				english,
				readFileSync(english, 'utf8'),
				translation,
				readFileSync(translation, 'utf8'),
			).map((p) => `${translation}: field "${p.field}": ${p.message}`);
		});
		expect(problems).toEqual([]);
	});
});

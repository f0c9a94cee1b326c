/**
 * Content rules for translations: each Spanish file keeps its English entry's facts (the same
 * fields, list lengths, numbers, dates, ids, references, URLs, site paths and {figure} tokens; only
 * prose changes) and has an English file of the same name. Fails when an up-to-date translation
 * changes a fact.
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

	// A translation out of date (its English file changed since) is listed by the build and by
	// `npm run i18n:status`; its facts are checked again once it is updated.
	const outOfDate = new Set(status.outOfDate.map((o) => o.translation));
	it('keep every fact of their English entry, when up to date', () => {
		const current = status.translated.filter((t) => !outOfDate.has(t));
		expect(current.length).toBeGreaterThan(0);
		const problems = current.flatMap((translation) => {
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

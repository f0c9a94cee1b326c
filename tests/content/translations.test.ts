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
import { parseContent } from '../../src/lib/content-files';
import { strings } from '../../src/lib/ui-strings';

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

	it('have titles short enough for the browser title, "<title> | <site name>", to fit in 70 characters', () => {
		const room = 70 - ` | ${strings.es.siteTitle}`.length;
		const long = status.translated.flatMap((file) => {
			const title = parseContent(readFileSync(file, 'utf8'), file).data['title'];
			return typeof title === 'string' && title.length > room
				? [`${file}: title has ${title.length} characters; shorten it to ${room} or fewer.`]
				: [];
		});
		expect(long).toEqual([]);
	});
});

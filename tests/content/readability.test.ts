/**
 * Talking points and call scripts stay at about an 8th-grade reading level: grade 9 at most in
 * English (Flesch-Kincaid), a Fernández-Huerta score of 60 at least in Spanish.
 */
import { describe, expect, it } from 'vitest';
import {
	gradeContent,
	maxGrade,
	minSpanishScore,
	scoreSpanishContent,
} from '../../tools/readability-report';

const graded = gradeContent();
const scored = scoreSpanishContent().filter((s) => s.gated);

describe('reading level', () => {
	it.each(graded.filter((g) => g.gated).map((g) => [g.file, g.grade] as const))(
		'%s reads at grade 9 or below',
		(_, grade) => {
			expect(grade).toBeLessThanOrEqual(maxGrade);
		},
	);

	it.skipIf(scored.length === 0).each(scored.map((s) => [s.file, s.score] as const))(
		'%s (Spanish) scores 60 or more on Fernández-Huerta',
		(_, score) => {
			expect(score).toBeGreaterThanOrEqual(minSpanishScore);
		},
	);
});

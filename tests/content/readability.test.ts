/** Talking points and call scripts stay at about an 8th-grade reading level (limit: grade 9). */
import { describe, expect, it } from 'vitest';
import { gradeContent, maxGrade } from '../../scripts/check-readability';

const graded = gradeContent();

describe('reading level', () => {
	it.each(graded.filter((g) => g.gated).map((g) => [g.file, g.grade] as const))(
		'%s reads at grade 9 or below',
		(_, grade) => {
			expect(grade).toBeLessThanOrEqual(maxGrade);
		},
	);
});

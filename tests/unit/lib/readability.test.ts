import { describe, expect, it } from 'vitest';
import { countText, gradeLevel, toPlainText } from '../../../src/lib/readability';

describe('gradeLevel', () => {
	it('scores short everyday sentences at an early grade', () => {
		expect(gradeLevel('The sheriff can say no. A detainer is a request. Call today.')).toBeLessThan(
			4,
		);
	});

	it('scores long sentences of long words far above grade 9', () => {
		const dense =
			'Notwithstanding intergovernmental memoranda, jurisdictional administrators systematically institutionalize collaborative immigration enforcement responsibilities.';
		expect(gradeLevel(dense)).toBeGreaterThan(15);
	});

	it('counts a placeholder as one short word', () => {
		expect(countText('Hi, I am [YOUR NAME].').words).toBe(4);
	});
});

describe('toPlainText', () => {
	it('drops imports, link targets and emphasis, and ends headings and list items as sentences', () => {
		const text = toPlainText(
			"import X from 'y';\n## If they say\n- **No** law says so, see [the rule](/r/).",
		);
		expect(text).not.toContain('import');
		expect(text).toContain('If they say.');
		expect(text).toContain('No law says so, see the rule.');
	});
});

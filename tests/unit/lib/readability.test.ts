import { describe, expect, it } from 'vitest';
import {
	countText,
	fernandezHuerta,
	gradeLevel,
	spanishSyllables,
	toPlainText,
} from '../../../src/lib/readability';

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

describe('spanishSyllables', () => {
	// Counted by hand, one syllable per line break: mur-cié-la-go, pa-ís, ciu-dad, le-er, que,
	// gue-rra, pin-güi-no, o-ír, hoy, u-ru-guay, de-ten-ción, po-li-cí-a, a-é-re-o.
	it.each([
		['murciélago', 4],
		['país', 2],
		['ciudad', 2],
		['leer', 2],
		['que', 1],
		['guerra', 2],
		['pingüino', 3],
		['oír', 2],
		['hoy', 1],
		['Uruguay', 3],
		['detención', 3],
		['policía', 4],
		['aéreo', 4],
		['y', 1],
	])('%s has %i syllables', (word, count) => {
		expect(spanishSyllables(word)).toBe(count);
	});
});

describe('fernandezHuerta', () => {
	it('scores short everyday Spanish sentences as easy (above 80)', () => {
		expect(
			fernandezHuerta('El sheriff puede decir que no. Es una solicitud. Llame hoy.'),
		).toBeGreaterThan(80);
	});

	it('scores one long sentence of long words as hard (below 40)', () => {
		const dense =
			'No obstante los memorandos intergubernamentales, las administraciones jurisdiccionales institucionalizan sistemáticamente responsabilidades colaborativas de aplicación migratoria.';
		expect(fernandezHuerta(dense)).toBeLessThan(40);
	});

	it('counts a Spanish placeholder as one short word', () => {
		expect(countText('Hola, soy [SU NOMBRE].', spanishSyllables).words).toBe(3);
	});
});

/**
 * The public-records letters in content/records-requests/: each has a Spanish twin, and once the
 * records page fills every blank, in either language, no [BLANK] is left in the subject or letter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/lib/placeholders';
import { fillRecordsLetter } from '../../src/lib/records-letters';
import { recordsFieldIds } from '../../src/schemas/records-tokens';

const dir = 'content/records-requests';
const english = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const spanish = readdirSync(`${dir}/es`).filter((f) => f.endsWith('.yaml'));
const letter = (path: string) => yaml.load(readFileSync(path, 'utf8')) as Record<string, string>;
/** A value for every field, as a reader would type or the page would fill it. */
const everyField = Object.fromEntries(recordsFieldIds.map((id) => [id, `value of ${id}`]));

describe('records request letters', () => {
	it('has the five letters the issue asks for, each with a Spanish twin', () => {
		expect(english).toEqual([
			'agreement-and-addenda.yaml',
			'communications-with-ice.yaml',
			'costs-and-staffing.yaml',
			'detainer-and-notification-logs.yaml',
			'steering-committee-minutes.yaml',
		]);
		expect(spanish).toEqual(english);
	});

	it.each([...english.map((f) => `${dir}/${f}`), ...spanish.map((f) => `${dir}/es/${f}`)])(
		'%s leaves no blank once every field is filled',
		(path) => {
			const { subject = '', body = '' } = letter(path);
			expect(findPlaceholders(body).length).toBeGreaterThan(3);
			const filled = fillRecordsLetter(`${subject}\n${body}`, everyField);
			expect(findPlaceholders(filled)).toEqual([]);
			expect(filled).toContain('value of agency');
			expect(filled).toContain('value of records-law');
		},
	);
});

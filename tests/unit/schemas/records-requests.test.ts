import { describe, expect, it } from 'vitest';
import { recordsRequestSchema } from '../../../src/schemas/records-requests';
import { loadValidFixture, problemsOf } from './fixture';

const valid = loadValidFixture('records-request');

describe('recordsRequestSchema', () => {
	it('accepts a letter with the blanks the page fills', () => {
		expect(problemsOf(recordsRequestSchema, valid)).toEqual([]);
	});

	it('names a blank the page cannot fill, and the ones it can', () => {
		const body = `${valid['body'] as string}\n[AGENCY NAME]`;
		expect(problemsOf(recordsRequestSchema, { ...valid, body })).toEqual([
			'body: [AGENCY NAME] is not a blank the records page fills. Use one of: [AGENCY], [RECORDS LAW], [RESPONSE TIME], [START DATE], [END DATE], [YOUR NAME], [YOUR CONTACT] (in Spanish: [AGENCIA], [LEY DE REGISTROS], [PLAZO DE RESPUESTA], [FECHA INICIAL], [FECHA FINAL], [SU NOMBRE], [SU CONTACTO]).',
		]);
	});

	it('wants the law and the deadline in every letter', () => {
		const body = (valid['body'] as string)
			.replace('under [RECORDS LAW]', 'under the law')
			.replace('answer [RESPONSE TIME]', 'answer soon');
		expect(problemsOf(recordsRequestSchema, { ...valid, body })).toEqual([
			'body: The letter needs the blank [RECORDS LAW] (in Spanish [LEY DE REGISTROS]).',
			'body: The letter needs the blank [RESPONSE TIME] (in Spanish [PLAZO DE RESPUESTA]).',
		]);
	});

	it('rejects a misspelt key', () => {
		expect(problemsOf(recordsRequestSchema, { ...valid, subjet: 'x' })).toHaveLength(1);
	});
});

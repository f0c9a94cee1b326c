import { describe, expect, it } from 'vitest';
import { findAvoidedTerms } from '../../../src/lib/term-base';

const detainer = {
	id: 'detainer',
	term: 'Orden de retención migratoria',
	avoid: ['orden de detención', 'orden de arresto'],
};

describe('findAvoidedTerms', () => {
	it('flags an avoided rendering in any case, naming the term to use', () => {
		expect(findAvoidedTerms('ICE envía una Orden de Detención a la cárcel.', [detainer])).toEqual([
			{ phrase: 'orden de detención', id: 'detainer', use: 'Orden de retención migratoria' },
		]);
	});

	it('passes the approved term', () => {
		expect(
			findAvoidedTerms('ICE envía una orden de retención migratoria, una solicitud.', [detainer]),
		).toEqual([]);
	});

	it('matches whole words only', () => {
		expect(findAvoidedTerms('la orden de arrestos masivos', [detainer])).toEqual([]);
	});
});

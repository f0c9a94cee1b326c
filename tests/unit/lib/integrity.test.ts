import { describe, expect, it } from 'vitest';
import {
	ContentError,
	findAliasProblems,
	findBrokenReferences,
	findExplainerProblems,
	findPlaceholderProblems,
	type CheckedEntry,
} from '../../../src/lib/integrity';

const ids = new Map([
	['roles', new Set(['sheriff', 'county-commission'])],
	['sources', new Set(['galarza-v-szalczyk-2014'])],
]);

const point = (roles: string[]): CheckedEntry => ({
	filePath: 'content/talking-points/jail-oversight.yaml',
	collection: 'talking-points',
	id: 'jail-oversight',
	data: {
		roles: roles.map((id) => ({ collection: 'roles', id })),
		sources: [{ collection: 'sources', id: 'galarza-v-szalczyk-2014' }],
	},
});

describe('findBrokenReferences', () => {
	it('finds nothing when every reference exists', () => {
		expect(findBrokenReferences([point(['sheriff'])], ids)).toEqual([]);
	});

	it('names the file, the field with its index, and the known ids', () => {
		expect(findBrokenReferences([point(['sheriff', 'mayor'])], ids)).toEqual([
			{
				filePath: 'content/talking-points/jail-oversight.yaml',
				field: 'roles[1]',
				message:
					'"mayor" is not an entry in content/roles/. Check the spelling (known ids include: county-commission, sheriff) or add the missing entry.',
			},
		]);
	});

	it('finds references nested in objects and single references', () => {
		const entry: CheckedEntry = {
			filePath: 'content/model-asks/x.yaml',
			collection: 'model-asks',
			id: 'x',
			data: {
				role: { collection: 'roles', id: 'governor' },
				nested: { via: { collection: 'sources', id: 'nope' } },
			},
		};
		expect(findBrokenReferences([entry], ids).map((p) => p.field)).toEqual(['role', 'nested.via']);
	});
});

describe('findPlaceholderProblems', () => {
	const file = 'content/call-scripts/sheriff-voicemail.mdx';

	it('accepts a script that uses exactly what it declares', () => {
		expect(findPlaceholderProblems(file, ['[YOUR NAME]'], 'Hi, this is [YOUR NAME].')).toEqual([]);
	});

	it('reports a placeholder used but not declared, with the fix', () => {
		expect(
			findPlaceholderProblems(file, ['[YOUR NAME]'], 'This is [YOUR NAME] from [YOUR TOWN].'),
		).toEqual([
			{
				filePath: file,
				field: 'placeholders',
				message:
					'the script uses [YOUR TOWN] but does not declare it. Add { token: "[YOUR TOWN]", fill: "what to write there" } to placeholders.',
			},
		]);
	});

	it('reports a placeholder declared but never used', () => {
		const problems = findPlaceholderProblems(
			file,
			['[YOUR NAME]', '[COUNTY]'],
			'This is [YOUR NAME].',
		);
		expect(problems.map((p) => p.message)).toEqual([
			'[COUNTY] is declared but the script never uses it. Use it in the script or remove it from placeholders.',
		]);
	});

	it('does not mistake Markdown links for placeholders', () => {
		expect(findPlaceholderProblems(file, [], 'See [the guide](/guides/start-here/).')).toEqual([]);
	});
});

describe('findExplainerProblems', () => {
	const explainer = (data: Record<string, unknown>): CheckedEntry => ({
		filePath: 'content/docs/explainers/ice-detainers.mdx',
		collection: 'docs',
		id: 'explainers/ice-detainers',
		data,
	});

	it('requires sources and a review date on explainers', () => {
		expect(findExplainerProblems(explainer({ sources: [] })).map((p) => p.field)).toEqual([
			'sources',
			'reviewed',
		]);
	});

	it('accepts a cited, reviewed explainer', () => {
		expect(findExplainerProblems(explainer({ sources: [{}], reviewed: '2026-11-23' }))).toEqual([]);
	});

	it('leaves guides alone', () => {
		expect(findExplainerProblems({ ...explainer({}), id: 'guides/start-here' })).toEqual([]);
	});
});

describe('findAliasProblems', () => {
	it('rejects an alias that is a live permalink or claimed twice', () => {
		const problems = findAliasProblems([
			{ filePath: 'a.yaml', permalink: 'a', aliases: ['b', 'old'] },
			{ filePath: 'b.yaml', permalink: 'b', aliases: ['old'] },
		]);
		expect(problems.map((p) => `${p.filePath} ${p.message}`)).toEqual([
			'a.yaml "b" is the live permalink of b.yaml. An alias must be a retired permalink; remove it.',
			'b.yaml "old" is already an alias of a.yaml. One old URL can redirect to one place only.',
		]);
	});
});

describe('ContentError', () => {
	it('lists one line per problem, then the total and what to do', () => {
		const error = new ContentError([
			{ filePath: 'content/a.yaml', field: 'roles[0]', message: 'bad.' },
			{ filePath: 'content/b.yaml', field: 'sources', message: 'missing.' },
		]);
		expect(error.message.split('\n')).toEqual([
			'content/a.yaml: field "roles[0]": bad.',
			'content/b.yaml: field "sources": missing.',
			'2 content problems. Fix each file named above, then build again.',
		]);
	});
});

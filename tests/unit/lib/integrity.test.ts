import { describe, expect, it } from 'vitest';
import {
	ContentError,
	findAliasProblems,
	findBrokenReferences,
	findExplainerProblems,
	findPlaceholderProblems,
	findStaleReviews,
	findUnreadCitations,
	formatStaleReviews,
	twelveMonthsBefore,
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
		expect(findExplainerProblems({ ...explainer({}), id: 'es/guides/start-here' })).toEqual([]);
	});

	it('checks a Spanish explainer like an English one', () => {
		const spanish = {
			...explainer({ sources: [] }),
			filePath: 'content/docs/es/explainers/ice-detainers.mdx',
			id: 'es/explainers/ice-detainers',
		};
		expect(findExplainerProblems(spanish).map((p) => [p.filePath, p.field])).toEqual([
			['content/docs/es/explainers/ice-detainers.mdx', 'sources'],
			['content/docs/es/explainers/ice-detainers.mdx', 'reviewed'],
		]);
	});
});

describe('findAliasProblems', () => {
	it("rejects an alias that is a live point's name or claimed twice", () => {
		const problems = findAliasProblems([
			{ filePath: 'a.yaml', id: 'a', aliases: ['b', 'old'] },
			{ filePath: 'b.yaml', id: 'b', aliases: ['old'] },
		]);
		expect(problems.map((p) => `${p.filePath} ${p.message}`)).toEqual([
			'a.yaml "b" is still a talking point (b.yaml). An alias is an old name no point uses any more; remove it.',
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

describe('findUnreadCitations', () => {
	const unread = new Map([['santa-clara-policy', 'iic-toolkit']]);
	const cite = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
		filePath: `content/${collection}/${id}.yaml`,
		collection,
		id,
		data,
	});
	const refs = (...ids: string[]) => ids.map((id) => ({ collection: 'sources', id }));

	it('names the file, the field and the source to cite instead', () => {
		const point = cite('talking-points', 'holds-cost', {
			sources: refs('iic-toolkit', 'santa-clara-policy'),
		});
		expect(findUnreadCitations([point], unread)).toEqual([
			{
				filePath: 'content/talking-points/holds-cost.yaml',
				field: 'sources[1]',
				message:
					'"santa-clara-policy" is a source the handbook has not read (it has via: iic-toolkit), so it cannot carry a claim. Cite what you read instead, iic-toolkit, and say in the text whose account it is; or read the original, then remove via from content/sources/santa-clara-policy.yaml.',
			},
		]);
	});

	it("checks each state law's sources", () => {
		const state = cite('states', 'texas', {
			laws: [{ sources: refs('a-statute') }, { sources: refs('santa-clara-policy') }],
		});
		expect(findUnreadCitations([state], unread).map((p) => p.field)).toEqual([
			'laws[1].sources[0]',
		]);
	});

	it('checks asks, roles and explainers but not guides or case studies', () => {
		const entries = [
			cite('model-asks', 'a', { sources: refs('santa-clara-policy') }),
			cite('roles', 'sheriff', { sources: refs('santa-clara-policy') }),
			{ ...cite('docs', 'explainers/detainers', { sources: refs('santa-clara-policy') }) },
			{ ...cite('docs', 'guides/plan', { sources: refs('santa-clara-policy') }) },
			cite('case-studies', 'santa-clara', { sources: refs('santa-clara-policy') }),
		];
		expect(findUnreadCitations(entries, unread).map((p) => p.filePath)).toEqual([
			'content/model-asks/a.yaml',
			'content/roles/sheriff.yaml',
			'content/docs/explainers/detainers.yaml',
		]);
	});

	it('accepts read sources', () => {
		const point = cite('talking-points', 'x', { sources: refs('iic-toolkit') });
		expect(findUnreadCitations([point], unread)).toEqual([]);
	});
});

describe('findStaleReviews', () => {
	const reviewed = (collection: string, id: string, date: string): CheckedEntry => ({
		filePath: `content/${collection}/${id}`,
		collection,
		id,
		data: { reviewed: date },
	});

	it('warns about a review more than 12 months before the build, naming the file', () => {
		const stale = findStaleReviews(
			[
				reviewed('talking-points', 'old', '2025-11-22'),
				reviewed('talking-points', 'on-the-day', '2025-11-23'),
				reviewed('states', 'texas', '2024-01-05'),
				reviewed('docs', 'explainers/old', '2020-01-01'),
			],
			'2026-11-23',
		);
		expect(stale.map((p) => p.filePath)).toEqual([
			'content/talking-points/old',
			'content/states/texas',
			'content/docs/explainers/old',
		]);
		expect(stale[0]?.message).toContain('last checked 2025-11-22');
	});

	it('ignores guides and entries with no review date', () => {
		expect(
			findStaleReviews(
				[
					reviewed('docs', 'guides/plan', '2020-01-01'),
					{ filePath: 'content/states/wyoming', collection: 'states', id: 'wyoming', data: {} },
				],
				'2026-11-23',
			),
		).toEqual([]);
	});

	it('says the build goes on', () => {
		const text = formatStaleReviews(
			findStaleReviews([reviewed('states', 'texas', '2020-01-01')], '2026-11-23'),
		);
		expect(text).toMatch(/^content\/states\/texas: field "reviewed": last checked 2020-01-01/);
		expect(text).toContain('1 entry was last checked more than 12 months ago. The build goes on');
	});
});

describe('twelveMonthsBefore', () => {
	it('moves the date back one year', () => {
		expect(twelveMonthsBefore('2026-11-23')).toBe('2025-11-23');
	});
});

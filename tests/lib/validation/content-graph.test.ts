import { describe, expect, test } from 'vitest';
import { checkContentGraph, linksToTerm } from '../../../src/lib/validation/content-graph.ts';
import type { ContentSet, SourceEntry } from '../../../src/lib/validation/content-set.ts';
import * as make from '../../helpers/entries.ts';

const entry = <T>(folder: string, id: string, data: T, links: string[] = []): SourceEntry<T> => ({
	id,
	file: `content/${folder}/${id}`,
	data,
	links,
});

function baseContent(): ContentSet {
	return {
		glossary: [
			entry('glossary', 'vpn', make.term({ related: ['mfa'] })),
			entry('glossary', 'mfa', make.term({ term: 'MFA', aka: ['Multi-factor authentication'] })),
		],
		modules: [
			entry('modules', 'a', make.module({ defines: ['vpn'] }), ['/glossary/vpn/']),
			entry('modules', 'b', make.module({ prerequisites: ['a'] })),
		],
		talks: [entry('talks', 'phish', make.talk({ terms: ['mfa'] }))],
		paths: [
			entry(
				'paths',
				'new',
				make.path({
					weeks: [
						{
							week: 1,
							focus: 'Start',
							steps: [
								{ kind: 'module', ref: 'a', owner: 'learner' },
								{ kind: 'guide', ref: 'guides/first-week', owner: 'learner' },
								{ kind: 'talk', ref: 'phish', owner: 'learner' },
								{ kind: 'term', ref: 'vpn', owner: 'buddy' },
							],
						},
					],
				}),
			),
		],
		wins: [],
		guides: [
			entry('docs/guides', 'first-week', {
				title: 'First week',
				description: 'x',
				audience: 'business' as const,
				reviewed: new Date(),
				terms: ['vpn'],
				glossary: true,
			}),
		],
	};
}

const fields = (content: ContentSet) =>
	checkContentGraph(content).map((issue) => `${issue.file} ${issue.field}: ${issue.problem}`);

describe('checkContentGraph', () => {
	test('finds nothing wrong in consistent content', () => {
		expect(checkContentGraph(baseContent())).toEqual([]);
	});

	test('reports unknown related terms with a suggestion, and self-references', () => {
		const content = baseContent();
		content.glossary[0]!.data.related = ['mfaa', 'vpn'];
		const issues = checkContentGraph(content);
		expect(issues.map((issue) => [issue.field, issue.problem])).toEqual([
			['related[0]', '"mfaa" is not a glossary term'],
			['related[1]', 'a term cannot be related to itself'],
		]);
		expect(issues[0]!.fix).toBe('did you mean "mfa"? Otherwise create content/glossary/mfaa.yaml');
	});

	test('reports an alias claimed by two terms in both files', () => {
		const content = baseContent();
		content.glossary[0]!.data.aka = ['Multi-factor authentication'];
		expect(fields(content)).toEqual([
			'content/glossary/vpn aka[0]: "Multi-factor authentication" is also an alias of "mfa"',
			'content/glossary/mfa aka[0]: "Multi-factor authentication" is also an alias of "vpn"',
		]);
	});

	test('reports an alias that is another term or repeats its own term', () => {
		const content = baseContent();
		content.glossary[0]!.data.aka = ['mfa', 'VPN'];
		expect(fields(content)).toEqual([
			'content/glossary/vpn aka[0]: "mfa" is the name of the glossary term "mfa"',
			'content/glossary/vpn aka[1]: "VPN" repeats the term or another alias of this entry',
		]);
	});

	test('reports a prerequisite cycle once, with the loop spelled out', () => {
		const content = baseContent();
		content.modules[0]!.data.prerequisites = ['b'];
		expect(fields(content)).toEqual([
			'content/modules/a prerequisites[0]: prerequisites form a cycle: a → b → a',
		]);
	});

	test('reports a module that teaches itself as a prerequisite', () => {
		const content = baseContent();
		content.modules[1]!.data.prerequisites = ['b'];
		expect(fields(content)).toEqual([
			'content/modules/b prerequisites[0]: prerequisites form a cycle: b → b',
		]);
	});

	test('reports unknown requires, defines and prerequisites', () => {
		const content = baseContent();
		Object.assign(content.modules[1]!.data, {
			prerequisites: ['zzz'],
			requires: ['sso'],
			defines: ['dns'],
		});
		expect(fields(content)).toEqual([
			'content/modules/b prerequisites[0]: "zzz" is not a module',
			'content/modules/b requires[0]: "sso" is not a glossary term',
			'content/modules/b defines[0]: "dns" is not a glossary term',
		]);
	});

	test('reports a defines term the body never links, and accepts absolute or anchored links', () => {
		const content = baseContent();
		content.modules[0]!.links = ['https://example.org/glossary/vpn-legacy/'];
		expect(fields(content)).toEqual([
			'content/modules/a defines[0]: "vpn" is listed in defines but never linked in the module body',
		]);
		expect(linksToTerm('/glossary/vpn/#example', 'vpn')).toBe(true);
		expect(linksToTerm('../glossary/vpn', 'vpn')).toBe(true);
		expect(linksToTerm('/glossary/vpn-legacy/', 'vpn')).toBe(false);
	});

	test('reports agenda totals, lunch length and too few common issues', () => {
		const content = baseContent();
		const data = content.talks[0]!.data;
		data.minutes = 70;
		data.commonIssues = data.commonIssues.slice(0, 2);
		expect(fields(content)).toEqual([
			'content/talks/phish agenda: the agenda adds up to 30 minutes but minutes is 70',
			'content/talks/phish minutes: a lunch session must fit in 60 minutes; this one runs 70',
			'content/talks/phish commonIssues: a tech-talk needs at least 3 common issues; it has 2',
		]);
	});

	test('reports variants that do not add up, name a missing segment or repeat an id', () => {
		const content = baseContent();
		content.talks[0]!.data.variants = [
			{
				...make.coffeeVariant([
					{ segment: 'Welcome', minutes: 5 },
					{ segment: 'Demoo', minutes: 5 },
				]),
				minutes: 15,
			},
			{
				...make.coffeeVariant([
					{ segment: 'Welcome', minutes: 10 },
					{ segment: 'Questions', minutes: 20 },
				]),
				title: 'Everyone remote',
			},
		];
		expect(fields(content)).toEqual([
			'content/talks/phish variants[0].agenda[1].segment: "Demoo" is not the title of a segment in this kit\'s agenda',
			'content/talks/phish variants[0].agenda: the variant "coffee" adds up to 10 minutes but its minutes is 15',
			'content/talks/phish variants[1].id: another variant of this kit already has the id "coffee"',
			'content/talks/phish variants[1].agenda[1].segment: "Questions" is not the title of a segment in this kit\'s agenda',
		]);
		const fixes = checkContentGraph(content).map((issue) => issue.fix);
		expect(fixes[0]).toMatch(/did you mean "Demo"\?/);
		expect(fixes[3]).toBe('use one of: "Welcome", "Demo"');
	});

	test('accepts a variant built from the agenda that adds up', () => {
		const content = baseContent();
		content.talks[0]!.data.variants = [
			make.coffeeVariant([
				{ segment: 'Welcome', minutes: 3 },
				{ segment: 'Demo', minutes: 12, notes: 'Show one example.' },
			]),
		];
		expect(checkContentGraph(content)).toEqual([]);
	});

	test('lets a meeting run long and a non-tech-talk skip common issues', () => {
		const content = baseContent();
		Object.assign(content.talks[0]!.data, {
			slot: 'meeting',
			kind: 'sync',
			commonIssues: [],
			minutes: 30,
		});
		expect(checkContentGraph(content)).toEqual([]);
	});

	test('reports unknown kit terms, guide terms and path references of every kind', () => {
		const content = baseContent();
		content.talks[0]!.data.terms = ['sso'];
		content.guides[0]!.data.terms = ['dns'];
		content.paths[0]!.data.weeks[0]!.steps = [
			{ kind: 'module', ref: 'zz', owner: 'learner' },
			{ kind: 'guide', ref: 'nope', owner: 'learner' },
			{ kind: 'talk', ref: 'nope', owner: 'learner' },
			{ kind: 'term', ref: 'nope', owner: 'learner' },
			{ kind: 'task', task: 'Fine', owner: 'it' },
		];
		expect(fields(content)).toEqual([
			'content/talks/phish terms[0]: "sso" is not a glossary term',
			'content/paths/new weeks[0].steps[0].ref: "zz" is not a module',
			'content/paths/new weeks[0].steps[1].ref: "nope" is not a guide',
			'content/paths/new weeks[0].steps[2].ref: "nope" is not a session kit',
			'content/paths/new weeks[0].steps[3].ref: "nope" is not a glossary term',
			'content/docs/guides/first-week terms[0]: "dns" is not a glossary term',
		]);
	});

	test('reports weeks that are not numbered in order', () => {
		const content = baseContent();
		content.paths[0]!.data.weeks[0]!.week = 3;
		expect(fields(content)).toEqual(['content/paths/new weeks[0].week: week 3 is in position 1']);
	});
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { contentChecks } from '../../src/integrations/content-checks.ts';
import { formatIssues, validateContent } from '../../src/lib/validation/index.ts';
import { type FixtureEdit, makeFixture, validSiteRoot } from '../helpers/content-fixture.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/validate-content.ts', import.meta.url));

/** Runs the CLI the way an author does; resolves with exit code and output instead of throwing. */
async function validate(root: string) {
	try {
		const { stdout, stderr } = await run(process.execPath, [script, '--root', root]);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** The same check in this process, printed as the CLI prints it: fast enough for every case. */
async function validateHere(root: string) {
	const { issues } = await validateContent(root);
	return { code: issues.length > 0 ? 1 : 0, stderr: issues.length > 0 ? formatIssues(issues) : '' };
}

/** Runs the integration hook the build runs first; resolves with its error message or undefined. */
async function buildCheck(root: string): Promise<string | undefined> {
	const hook = contentChecks().hooks['astro:config:setup'] as unknown as (
		options: object,
	) => Promise<void>;
	const logger = { error: () => {}, info: () => {}, warn: () => {} };
	try {
		await hook({ config: { root: new URL(`file://${root}/`) }, command: 'build', logger });
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

const gm = 'content/glossary/gross-margin.yaml';
const vpn = 'content/glossary/vpn.yaml';
const mfa = 'content/glossary/mfa.yaml';
const mod = 'content/modules/network-basics.mdx';
const talk = 'content/talks/phishing-lunch.mdx';
const path = 'content/paths/new-starter.yaml';
const guide = 'content/docs/guides/first-week.mdx';
const win = 'content/wins/2026-10-01-faster-approvals.md';
const sub = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

interface MalformedCase {
	name: string;
	edits: FixtureEdit;
	file: string;
	field: string;
	problem: RegExp;
}

const cases: MalformedCase[] = [
	{
		name: 'missing required field',
		edits: { [vpn]: sub(/^short:.*\n/m, '') },
		file: vpn,
		field: 'short',
		problem: /required field is missing/,
	},
	{
		name: 'wrong enum value',
		edits: { [gm]: sub('lens: business', 'lens: finance') },
		file: gm,
		field: 'lens',
		problem: /"finance" is not an allowed value/,
	},
	{
		name: 'unknown key (typo)',
		edits: { [vpn]: sub('phrases:', 'phrase:') },
		file: vpn,
		field: 'phrase',
		problem: /unknown field "phrase"/,
	},
	{
		name: 'dangling related id',
		edits: { [vpn]: sub('related: [mfa]', 'related: [mfaa]') },
		file: vpn,
		field: 'related[0]',
		problem: /"mfaa" is not a glossary term/,
	},
	{
		name: 'prerequisite cycle',
		edits: { [mod]: sub('prerequisites: []', 'prerequisites: [working-remotely]') },
		file: mod,
		field: 'prerequisites[0]',
		problem: /cycle: network-basics → working-remotely → network-basics/,
	},
	{
		name: 'unknown prerequisite',
		edits: { [mod]: sub('prerequisites: []', 'prerequisites: [cloud-basics]') },
		file: mod,
		field: 'prerequisites[0]',
		problem: /"cloud-basics" is not a module/,
	},
	{
		name: 'agenda that does not add up',
		edits: { [talk]: sub('minutes: 20', 'minutes: 25') },
		file: talk,
		field: 'agenda',
		problem: /adds up to 35 minutes but minutes is 30/,
	},
	{
		name: 'lunch slot over 60 minutes',
		edits: {
			[talk]: (t) => t.replace('minutes: 30', 'minutes: 75').replace('minutes: 20', 'minutes: 65'),
		},
		file: talk,
		field: 'minutes',
		problem: /must fit in 60 minutes/,
	},
	{
		name: 'tech-talk with too few common issues',
		edits: { [talk]: sub(/ {2}- \{ problem: I am not sure.*\n/, '') },
		file: talk,
		field: 'commonIssues',
		problem: /at least 3 common issues; it has 2/,
	},
	{
		name: 'alias used by two terms',
		edits: { [mfa]: sub('Multi-factor authentication', 'Virtual private network') },
		file: mfa,
		field: 'aka[0]',
		problem: /also an alias of "vpn"/,
	},
	{
		name: 'alias that is another term',
		edits: { [gm]: sub('aka: [Margin]', 'aka: [Margin, mfa]') },
		file: gm,
		field: 'aka[1]',
		problem: /the name of the glossary term "mfa"/,
	},
	{
		name: 'duplicate id in a subfolder',
		edits: {
			'content/glossary/networking/vpn.yaml': readFileSync(`${validSiteRoot}/${vpn}`, 'utf8'),
		},
		file: vpn,
		field: '(file name)',
		problem: /the id "vpn" is already used by content\/glossary\/networking\/vpn.yaml/,
	},
	{
		name: 'broken YAML',
		edits: { [vpn]: sub('term: VPN', 'term: [VPN') },
		file: vpn,
		field: '(YAML)',
		problem: /the YAML does not parse/,
	},
	{
		name: 'broken MDX',
		edits: { [mod]: sub('## Working from home', '## Working from home\n\n<Aside>never closed') },
		file: mod,
		field: '(body)',
		problem: /MDX body does not parse/,
	},
	{
		name: 'impossible date',
		edits: { [vpn]: sub('reviewed: 2026-11-01', 'reviewed: 2026-13-45') },
		file: vpn,
		field: 'reviewed',
		problem: /real calendar date/,
	},
	{
		name: 'defines term not linked in body',
		edits: { [mod]: sub('[VPN](/glossary/vpn/)', 'VPN') },
		file: mod,
		field: 'defines[0]',
		problem: /never linked in the module body/,
	},
	{
		name: 'unknown requires term',
		edits: { [mod]: sub('requires: [mfa]', 'requires: [sso]') },
		file: mod,
		field: 'requires[0]',
		problem: /"sso" is not a glossary term/,
	},
	{
		name: 'unknown kit term',
		edits: { [talk]: sub('terms: [mfa]', 'terms: [malware]') },
		file: talk,
		field: 'terms[0]',
		problem: /"malware" is not a glossary term/,
	},
	{
		name: 'path ref that does not exist',
		edits: { [path]: sub('ref: first-week', 'ref: first-weak') },
		file: path,
		field: 'weeks[0].steps[0].ref',
		problem: /"first-weak" is not a guide/,
	},
	{
		name: 'task step without text',
		edits: { [path]: sub('task: Meet your IT contact, ', '') },
		file: path,
		field: 'weeks[0].steps[4].task',
		problem: /needs `task:` text/,
	},
	{
		name: 'question without a correct choice',
		edits: { [mod]: sub('{ text: A, correct: true', '{ text: A, correct: false') },
		file: mod,
		field: 'quiz[0].choices',
		problem: /at least one choice `correct: true`/,
	},
	{
		name: 'short definition over 200 characters',
		edits: { [vpn]: sub(/^short: .*$/m, `short: ${'word '.repeat(45)}`) },
		file: vpn,
		field: 'short',
		problem: /200 characters/,
	},
	{
		name: 'wrong file extension',
		edits: { 'content/glossary/sso.yml': 'term: SSO' },
		file: 'content/glossary/sso.yml',
		field: '(file)',
		problem: /must end in \.yaml/,
	},
	{
		name: 'id that is not kebab-case',
		edits: { 'content/glossary/Single_Sign_On.yaml': 'term: SSO' },
		file: 'content/glossary/Single_Sign_On.yaml',
		field: '(file name)',
		problem: /not a valid id/,
	},
	{
		name: 'guide without an audience',
		edits: { [guide]: sub('audience: new-hires\n', '') },
		file: guide,
		field: 'audience',
		problem: /required field is missing/,
	},
	{
		name: 'win whose file name does not match its date',
		edits: { [win]: sub('date: 2026-10-01', 'date: 2026-10-02') },
		file: win,
		field: 'date',
		problem: /must start with the win's date/,
	},
	{
		name: 'explanation too short',
		edits: { [gm]: sub(/explanation: \|\n(?: {2}.*\n)+/, 'explanation: Too short.\n') },
		file: gm,
		field: 'explanation',
		problem: /60–250 words \(this has 2\)/,
	},
	{
		name: 'weeks out of order',
		edits: { [path]: sub('week: 1', 'week: 2') },
		file: path,
		field: 'weeks[0].week',
		problem: /should be 1/,
	},
	{
		name: 'the same path step twice',
		edits: {
			[path]: sub(
				'{ kind: term, ref: vpn, owner: learner }',
				'{ kind: term, ref: vpn, owner: learner }\n      - { kind: term, ref: vpn, owner: buddy }',
			),
		},
		file: path,
		field: 'weeks[0].steps[4]',
		problem: /repeats weeks\[0\]\.steps\[3\]/,
	},
	{
		name: 'module without a Try this exercise',
		edits: { [mod]: sub(':::tip[Try this]', ':::note') },
		file: mod,
		field: '(body)',
		problem: /no "Try this" exercise/,
	},
	{
		name: 'module without a summary unit',
		edits: { [mod]: sub('## Summary', '## In short') },
		file: mod,
		field: '(body)',
		problem: /does not end with a summary unit/,
	},
	{
		name: 'module whose summary is not the last unit',
		edits: { [mod]: (text) => `${text}\n## More reading\n\nAsk IT.\n` },
		file: mod,
		field: '(body)',
		problem: /last unit is "More reading", not its summary/,
	},
	{
		name: 'module with fewer than 6 questions',
		edits: { [mod]: sub(/ {2}- question: Q6\?\n.*\n/, '') },
		file: mod,
		field: 'quiz',
		problem: /at least 6 quiz questions/,
	},
	{
		name: 'pass mark below 50 %',
		edits: { [mod]: sub('reviewed:', 'passMark: 40\nreviewed:') },
		file: mod,
		field: 'passMark',
		problem: /50/,
	},
	{
		name: 'slide without a speaker note',
		edits: { [talk]: sub(', say: Show where the real address is.', '') },
		file: talk,
		field: 'agenda[1].slides[0].say',
		problem: /required field is missing/,
	},
	{
		name: 'tech-talk taught the wrong way round',
		edits: { [talk]: sub('direction: it-to-business', 'direction: business-to-it') },
		file: talk,
		field: 'direction',
		problem: /a tech-talk is taught by IT to business staff, but direction is business-to-it/,
	},
	{
		name: 'health-check suggestion that names no page',
		edits: {
			'content/health-check.yaml': sub(
				'{ kind: module, ref: network-basics }',
				'{ kind: module, ref: network-basic }',
			),
		},
		file: 'content/health-check.yaml',
		field: '[1].suggestions[0].ref',
		problem: /"network-basic" is not a module/,
	},
	{
		name: 'health-check dimension with one statement',
		edits: { 'content/health-check.yaml': sub('    - Priorities are agreed together.\n', '') },
		file: 'content/health-check.yaml',
		field: '[1].statements',
		problem: /at least 2 statements/,
	},
	{
		name: 'diagram with a script in it',
		edits: {
			'content/diagrams/network-route.svg': sub('</svg>', '<script>alert(1)</script>\n</svg>'),
		},
		file: 'content/diagrams/network-route.svg',
		field: '(svg)',
		problem: /<script> is not allowed/,
	},
	{
		name: 'diagram coloured by hand',
		edits: { 'content/diagrams/network-route.svg': sub('class="cg-d-accent"', 'fill="#f00"') },
		file: 'content/diagrams/network-route.svg',
		field: '(svg)',
		problem: /the attribute fill on <rect> is not allowed/,
	},
	{
		name: 'diagram that does not exist',
		edits: { [mod]: sub('name="network-route"', 'name="network-rout"') },
		file: mod,
		field: '(body)',
		problem: /has no file content\/diagrams\/network-rout\.svg/,
	},
	{
		name: 'card set with a single card',
		edits: {
			[talk]: sub(
				'followUp:',
				'cards:\n  - title: Real or fake?\n    instructions: Decide.\n    cards: [{ title: One, body: Hi, answer: Fake }]\nfollowUp:',
			),
		},
		file: talk,
		field: 'cards[0].cards',
		problem: /at least two cards/,
	},
];

// The CLI runs for the valid fixture and the printed block; the cases run the same check in
// this process, and the build's hook, so each rule is proved for both ways authors meet it.
describe('validate-content', () => {
	test('passes the valid fixture', async () => {
		const result = await validate(validSiteRoot);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'Content is valid: 3 glossary, 2 modules, 1 talks, 1 paths, 1 wins, 1 guides.',
		);
		expect(await buildCheck(validSiteRoot)).toBeUndefined();
	});

	test.each(cases)(
		'fails on $name, naming file and field',
		async ({ edits, file, field, problem }) => {
			const fixture = await makeFixture(edits);
			try {
				const result = await validateHere(fixture.root);
				expect(result.code).toBe(1);
				const block = result.stderr
					.split('\n\n')
					.find((chunk) => chunk.includes(`✖ ${file}`) && chunk.includes(`field:   ${field}\n`));
				expect(block, result.stderr).toBeDefined();
				expect(block).toMatch(problem);
				expect(block).toMatch(/fix: {5}\S/);
				const buildMessage = await buildCheck(fixture.root);
				expect(buildMessage).toContain(`✖ ${file}`);
				expect(buildMessage).toMatch(problem);
			} finally {
				await fixture.cleanup();
			}
		},
	);

	test('prints a readable block with a suggestion', async () => {
		const fixture = await makeFixture({ [vpn]: sub('related: [mfa]', 'related: [mfaa]') });
		try {
			const { stderr } = await validate(fixture.root);
			expect(stderr).toMatchInlineSnapshot(`
				"1 content problem found:

				✖ content/glossary/vpn.yaml:16
				    field:   related[0]
				    problem: "mfaa" is not a glossary term
				    fix:     did you mean "mfa"? Otherwise create content/glossary/mfaa.yaml
				    help:    /authoring/#unknown-id on the site, or content/docs/authoring.mdx

				"
			`);
		} finally {
			await fixture.cleanup();
		}
	});
});

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { makeFixture } from '../helpers/content-fixture.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/lint-content.ts', import.meta.url));

async function lint(root: string) {
	try {
		const { stdout, stderr } = await run(process.execPath, [script, '--root', root]);
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

describe('npm run lint:content', () => {
	test('passes on the valid fixture', async () => {
		const { root, cleanup } = await makeFixture({});
		expect(await lint(root)).toMatchObject({ code: 0 });
		await cleanup();
	});

	test('names the line of a site-jargon word that no term or alias defines, with the fix', async () => {
		const { root, cleanup } = await makeFixture({
			'content/site-jargon.yaml': '# reviewed\n- VPN\n- go-live\n',
		});
		const { code, output } = await lint(root);
		expect(code).toBe(1);
		expect(output).toContain('✖ content/site-jargon.yaml:3');
		expect(output).toContain(
			`the site's pages use "go-live", but no glossary term or alias names it`,
		);
		expect(output).toContain('npm run new -- term');
		await cleanup();
	});

	test('accepts a jargon word once a term has it as an alias, in any spelling', async () => {
		const { root, cleanup } = await makeFixture({
			'content/site-jargon.yaml': '- Virtual Private Networks\n- virtual-private network\n',
		});
		expect(await lint(root)).toMatchObject({ code: 0 });
		await cleanup();
	});

	test('reports an unexplained acronym on any page and in a glossary entry, by file and line', async () => {
		const { root, cleanup } = await makeFixture({
			'content/modules/network-basics.mdx': (text) => `${text}\n\nAsk the XYZZ team.\n`,
			'content/glossary/vpn.yaml': (text) =>
				text.replace(/^example: .*$/m, 'example: "The QWRT desk set up my VPN."'),
		});
		const { code, output } = await lint(root);
		expect(code).toBe(1);
		expect(output).toMatch(/✖ content\/modules\/network-basics\.mdx:\d+\n {4}problem: "XYZZ"/);
		expect(output).toMatch(/✖ content\/glossary\/vpn\.yaml:\d+\n {4}problem: "QWRT"/);
		await cleanup();
	});

	const quizFile = 'content/modules/network-basics.mdx';
	const quizCases: [string, (text: string) => string, RegExp][] = [
		[
			'quiz-longest-correct',
			(text) =>
				text.replace(
					'{ text: A, correct: true, why: Because. }',
					'{ text: Ask the helpdesk and say what you tried, correct: true, why: Because. }',
				),
			/:12\n {4}field: {3}quiz\[0\]\.choices\n {4}problem: question 1 \("Q1\?"\): the right choice is \d+ % longer/,
		],
		[
			'quiz-all-or-none',
			(text) =>
				text.replace(
					'{ text: B, correct: false, why: Because not. }',
					'{ text: None of the above, correct: false, why: Because not. }',
				),
			/field: {3}quiz\[0\]\.choices\[1\]\.text\n {4}problem: question 1 \("Q1\?"\): "None of the above" is a catch-all/,
		],
		[
			'quiz-duplicate-choice',
			(text) =>
				text.replace(
					'{ text: B, correct: false, why: Because not. }',
					'{ text: "a.", correct: false, why: Because not. }',
				),
			/problem: question 1 \("Q1\?"\): choice 2 says the same as choice 1/,
		],
		[
			'quiz-same-position',
			(text) =>
				text.replaceAll(
					'[{ text: A, correct: false, why: Because not. }, { text: B, correct: true, why: Because. }]',
					'[{ text: A, correct: true, why: Because. }, { text: B, correct: false, why: Because not. }]',
				),
			/:11\n {4}field: {3}quiz\n {4}problem: in all 6 single-answer questions the right choice is number 1/,
		],
	];
	test.each(quizCases)(
		'fails a knowledge check on %s, naming file, question, problem and fix',
		async (code, edit, expected) => {
			const { root, cleanup } = await makeFixture({ [quizFile]: edit });
			const { code: exit, output } = await lint(root);
			expect(exit).toBe(1);
			expect(output).toContain(`✖ ${quizFile}:`);
			expect(output).toMatch(expected);
			expect(output).toContain(`help:    /authoring/#${code}`);
			expect(output).toMatch(/fix: {5}\S/);
			await cleanup();
		},
	);

	test('counts the knowledge checks it passed', async () => {
		const { root, cleanup } = await makeFixture({});
		expect((await lint(root)).output).toContain(
			'Quiz check: the 12 questions of 2 modules give no answer away.',
		);
		await cleanup();
	});
});

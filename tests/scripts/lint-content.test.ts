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
});

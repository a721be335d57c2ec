import { describe, expect, test } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scaffold } from '../../scripts/lib/scaffold.ts';
import { listPrompts } from '../../src/lib/content/templates.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { makeFixture } from '../helpers/content-fixture.ts';

const now = new Date('2026-11-24T09:00:00Z');
const cases = [
	['term', 'single-sign-on', { title: 'Single sign-on', lens: 'it', category: 'security' }],
	['module', 'reading-a-budget', { title: 'Reading a budget', track: 'business-for-it' }],
	['talk', 'printing-problems', { title: 'Printing without tears' }],
	['path', 'new-finance-hire', { title: 'New finance hire' }],
	['guide', 'asking-for-access', { title: 'Asking for access', audience: 'business' }],
	['win', 'faster-onboarding', { title: 'Faster onboarding', teams: 'it, hr' }],
] as const;

describe('npm run new', () => {
	test.each(cases)(
		'creates a %s whose only problems are the prompts to replace',
		async (type, id, answers) => {
			const fixture = await makeFixture({});
			try {
				const result = await scaffold(fixture.root, type, id, { ...answers }, now);
				if (!('file' in result)) throw new Error(result.error);
				const { issues } = await validateContent(fixture.root);
				// Everything else about the new file is valid: only its prompts keep it from publishing.
				expect(issues.length).toBeGreaterThan(0);
				for (const issue of issues)
					expect(issue).toMatchObject({ file: result.file, code: 'template-text' });
				// Once every prompt is replaced, the file passes.
				const path = join(fixture.root, result.file);
				let text = await readFile(path, 'utf8');
				for (const prompt of listPrompts({ id, today: '2026-11-24', teams: '', ...answers }))
					text = text.replaceAll(prompt, prompt.replace(/[A-Za-z]+/g, 'ours'));
				await writeFile(path, text);
				expect((await validateContent(fixture.root)).issues).toEqual([]);
			} finally {
				await fixture.cleanup();
			}
		},
	);

	test('refuses an id that exists, and a badly formed one', async () => {
		const fixture = await makeFixture({});
		try {
			expect(
				await scaffold(
					fixture.root,
					'term',
					'vpn',
					{ title: 'VPN', lens: 'it', category: 'networking' },
					now,
				),
			).toEqual({
				error:
					'The term "vpn" already exists (content/glossary/vpn.yaml). Choose another id, or edit that file.',
			});
			expect(
				await scaffold(
					fixture.root,
					'module',
					'Network Basics',
					{ title: 'x', track: 'it-for-business' },
					now,
				),
			).toMatchObject({
				error: expect.stringContaining('is not a valid id') as string,
			});
		} finally {
			await fixture.cleanup();
		}
	});
});

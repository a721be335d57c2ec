import { describe, expect, test } from 'vitest';
import { scaffold } from '../../scripts/lib/scaffold.ts';
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
	test.each(cases)('creates a %s that passes validation', async (type, id, answers) => {
		const fixture = await makeFixture({});
		try {
			const result = await scaffold(fixture.root, type, id, { ...answers }, now);
			expect('file' in result && result.file).toBeTruthy();
			const { issues } = await validateContent(fixture.root);
			expect(issues).toEqual([]);
		} finally {
			await fixture.cleanup();
		}
	});

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

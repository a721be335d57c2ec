import { describe, expect, test } from 'vitest';
import { issueCodes } from '../../../src/lib/validation/codes.ts';

// Every check reports a code of type IssueCode, so TypeScript already rejects a code that the
// authoring guide does not explain. These tests hold the explanations to their shape.
describe('issue codes', () => {
	test.each(Object.entries(issueCodes))(
		'%s is explained with a title, a meaning and a fix',
		(code, entry) => {
			expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(entry.title.length).toBeGreaterThan(5);
			expect(entry.meaning).toMatch(/\.$/);
			expect(entry.fix).toMatch(/\.$/);
		},
	);

	test('titles are distinct, so the guide has no two sections of the same name', () => {
		const titles = Object.values(issueCodes).map((entry) => entry.title);
		expect(new Set(titles).size).toBe(titles.length);
	});
});

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../../scripts/lib/entry-file.ts';
import { injectPayloads } from '../../../scripts/lib/hostile-content.ts';
import { projectRoot } from '../../../scripts/lib/scratch-site.ts';
import { validateContent } from '../../../src/lib/validation/index.ts';

const root = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
const injections = injectPayloads(join(root, 'content'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('injectPayloads', () => {
	test('writes 56 distinct payloads, each into its file', () => {
		expect(new Set(injections.map((injection) => injection.payload)).size).toBe(56);
		for (const { file, field, payload } of injections) {
			const { data } = parseEntryFile(readFileSync(join(root, 'content', file), 'utf8'), file);
			const value = field
				.split('.')
				.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], data);
			expect(value, `${file} ${field}`).toContain(payload);
		}
	});

	test('leaves the content valid, so the build with payloads runs', async () => {
		const { issues } = await validateContent(root);
		expect(issues).toEqual([]);
	});
});

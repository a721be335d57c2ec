import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffTrees, hashTree } from '../../../scripts/lib/manifest.ts';

function tree(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'cg-tree-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return hashTree(root);
}

describe('build manifests', () => {
	test('find nothing between identical trees', () => {
		expect(
			diffTrees(tree({ 'a.html': 'x', 'sub/b.js': 'y' }), tree({ 'sub/b.js': 'y', 'a.html': 'x' })),
		).toEqual([]);
	});

	test('name changed, missing and extra files', () => {
		expect(
			diffTrees(tree({ 'a.html': 'x', 'b.js': 'y' }), tree({ 'a.html': 'z', 'c.css': 'w' })),
		).toEqual([
			'differs: a.html',
			'only in the first build: b.js',
			'only in the second build: c.css',
		]);
	});
});

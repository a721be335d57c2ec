import type { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeDocsSourcePath } from '../../../src/markdown/plugins/rehype-docs-source-path.ts';

/** The file's history after the plugin ran; `file.path` is always the last entry. */
const run = (path: string) => {
	const file = { history: [path] };
	rehypeDocsSourcePath({ root: '/site' })(undefined, file as VFile);
	return { history: file.history, path: file.history.at(-1) };
};

describe('rehypeDocsSourcePath', () => {
	test('puts the path through src/content/docs first and keeps the real path as file.path', () => {
		const file = run('/site/content/docs/guides/escalating-well.mdx');
		expect(file.history).toEqual([
			'/site/src/content/docs/guides/escalating-well.mdx',
			'/site/content/docs/guides/escalating-well.mdx',
		]);
		expect(file.path).toBe('/site/content/docs/guides/escalating-well.mdx');
	});

	test('leaves files outside content/docs alone', () => {
		expect(run('/site/content/modules/security-basics.mdx').history).toEqual([
			'/site/content/modules/security-basics.mdx',
		]);
		expect(run('/site/content/docs-old/page.md').history).toHaveLength(1);
	});
});

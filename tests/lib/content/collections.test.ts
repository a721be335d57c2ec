import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	collections,
	getEntryFile,
	getEntryId,
	getGuideSlug,
	stepCollections,
} from '../../../src/lib/content/collections.ts';
import { readContent } from '../../../src/lib/validation/read-content.ts';

describe('the collections table', () => {
	test('names a folder below content/ for every collection, holding files of its extension', () => {
		for (const [name, { folder, extension }] of Object.entries(collections)) {
			expect(existsSync(`content/${folder}`), name).toBe(true);
			const files = readdirSync(`content/${folder}`, { recursive: true }).map(String);
			expect(
				files.some((file) => file.endsWith(extension)),
				name,
			).toBe(true);
		}
	});

	test('reads every collection of the real content with its schema', async () => {
		const { content, issues } = await readContent('.');
		expect(issues).toEqual([]);
		expect(Object.keys(content).sort()).toEqual(Object.keys(collections).sort());
		for (const entries of Object.values(content)) expect(entries.length).toBeGreaterThan(0);
	});

	test('routes entries to their pages and files', () => {
		expect(collections.glossary.page('vpn')).toBe('glossary/vpn/');
		expect(collections.guides.page('escalating-well')).toBe('guides/escalating-well/');
		expect('page' in collections.wins).toBe(false);
		expect(getEntryFile('guides', 'escalating-well')).toBe(
			'content/docs/guides/escalating-well.mdx',
		);
		expect(getEntryFile('glossary', 'vpn')).toBe('content/glossary/vpn.yaml');
		expect(getEntryId('networking/vpn.yaml')).toBe('vpn');
	});

	test('maps each path step kind to the collection it points into', () => {
		expect(stepCollections).toEqual({
			term: 'glossary',
			module: 'modules',
			talk: 'talks',
			guide: 'guides',
		});
	});

	test.each(['escalating-well', 'guides/escalating-well', '/guides/escalating-well/'])(
		'reads the guide slug from "%s"',
		(ref) => expect(getGuideSlug(ref)).toBe('escalating-well'),
	);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	FIXED_PAGES,
	MEDIUM_TARGET_PAGES,
	countEntryPages,
	readSourceCorpus,
	scaleUp,
	selectSubset,
	serialiseEntry,
	smallQuota,
	writeCorpus,
} from '../../../../scripts/lib/bench/corpus.ts';
import { type Corpus, pathSteps } from '../../../../scripts/lib/bench/model.ts';
import { projectRoot } from '../../../../scripts/lib/scratch-site.ts';
import { formatIssues, validateContent } from '../../../../src/lib/validation/index.ts';

const source = readSourceCorpus(projectRoot);
const small = selectSubset(source, smallQuota);
const medium = scaleUp(source, MEDIUM_TARGET_PAGES);
const folders: string[] = [];

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes a corpus to a temporary site folder and runs the project's validation on it. */
async function validate(corpus: Corpus) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
	folders.push(dir);
	writeCorpus(dir, corpus);
	return (await validateContent(dir)).issues;
}

describe('the S corpus', () => {
	test('passes the project validation', async () => {
		const issues = await validate(small);
		expect(issues, formatIssues(issues)).toEqual([]);
	});

	test('builds about 150 pages from originals only', () => {
		const pages = FIXED_PAGES + countEntryPages(small.entries);
		expect(pages).toBeGreaterThanOrEqual(140);
		expect(pages).toBeLessThanOrEqual(160);
		expect(small.entries.every((entry) => !entry.copyOf)).toBe(true);
	});

	test('keeps everything its paths point at', () => {
		const ids = new Set(small.entries.map((entry) => `${entry.collection}:${entry.id}`));
		const collection = { module: 'modules', talk: 'talks', guide: 'guides', term: 'glossary' };
		for (const path of small.entries.filter((entry) => entry.collection === 'paths'))
			for (const step of pathSteps(path.data))
				if (step.kind !== 'task')
					expect(ids).toContain(
						`${collection[step.kind as keyof typeof collection]}:${step.ref ?? ''}`,
					);
	});
});

describe('the M corpus', () => {
	test('passes the project validation, copies included', async () => {
		const issues = await validate(medium);
		expect(issues, formatIssues(issues.slice(0, 10))).toEqual([]);
	});

	test('builds about 1,400 pages', () => {
		const pages = FIXED_PAGES + countEntryPages(medium.entries);
		expect(Math.abs(pages - MEDIUM_TARGET_PAGES)).toBeLessThan(30);
		// At least twice the real content: every original, and more renamed copies than originals.
		// When the real content outgrows that, MEDIUM_TARGET_PAGES needs raising.
		const copies = medium.entries.filter((entry) => entry.copyOf).length;
		expect(copies).toBeGreaterThan(medium.entries.length - copies);
	});

	test('has unique ids, and unique glossary names and aliases', () => {
		const ids = medium.entries.map((entry) => `${entry.collection}:${entry.id}`);
		expect(new Set(ids).size).toBe(ids.length);
		const names = medium.entries
			.filter((entry) => entry.collection === 'glossary')
			.flatMap((term) => [term.data.term, ...((term.data.aka as string[] | undefined) ?? [])])
			.map((name) => String(name).toLowerCase());
		expect(new Set(names).size).toBe(names.length);
	});

	test('is the same every time it is made', () => {
		const again = scaleUp(readSourceCorpus(projectRoot), MEDIUM_TARGET_PAGES);
		expect(again.entries.map(serialiseEntry)).toEqual(medium.entries.map(serialiseEntry));
	});
});

describe.each([
	['S', small],
	['M', medium],
])('links in the %s corpus', (_size, corpus) => {
	test('all lead to entries of the corpus', () => {
		const ids = new Set(corpus.entries.map((entry) => `${entry.collection}:${entry.id}`));
		const texts = [
			...corpus.entries.map(serialiseEntry),
			...corpus.verbatim.filter((file) => /\.mdx?$/.test(file.path)).map((file) => file.text),
		];
		const dead = texts.flatMap((text) =>
			[...text.matchAll(/\]\([^)\s]*\/(glossary|modules|talks|paths|guides)\/([a-z0-9-]+)/g)]
				.map((match) => `${match[1]}:${match[2]}`)
				.filter((id) => !ids.has(id)),
		);
		expect(dead).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import {
	convertBody,
	createBareConfig,
	createBarePages,
	escapeMdx,
} from '../../../../scripts/lib/bench/bare-site.ts';
import {
	FIXED_PAGES,
	countEntryPages,
	readSourceCorpus,
	selectSubset,
	smallQuota,
} from '../../../../scripts/lib/bench/corpus.ts';
import { projectRoot } from '../../../../scripts/lib/scratch-site.ts';

const corpus = selectSubset(readSourceCorpus(projectRoot), smallQuota);
const pages = createBarePages(corpus);

describe('createBarePages', () => {
	test('makes one page for every page our site builds from the corpus', () => {
		expect(pages).toHaveLength(FIXED_PAGES + countEntryPages(corpus.entries));
		expect(new Set(pages.map((page) => page.file)).size).toBe(pages.length);
	});

	test('puts each page at the same URL as ours', () => {
		const files = new Set(pages.map((page) => page.file));
		for (const entry of corpus.entries) {
			const expected = {
				glossary: [`glossary/${entry.id}.md`],
				modules: [`modules/${entry.id}.mdx`],
				talks: [
					`talks/${entry.id}.mdx`,
					`talks/${entry.id}/present.md`,
					`talks/${entry.id}/handout.md`,
				],
				paths: [`paths/${entry.id}.md`],
				guides: [`guides/${entry.id}.mdx`],
				wins: [],
			}[entry.collection];
			for (const file of expected) expect(files).toContain(file);
		}
	});

	test('uses none of our components and keeps frontmatter to title and description', () => {
		for (const page of pages) {
			expect(page.text, page.file).not.toMatch(
				/~\/components|<HelpdeskContacts|<NoGlossary|<Diagram/,
			);
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(page.text)?.[1] ?? '';
			const keys = frontmatter.split('\n').map((line) => line.split(':')[0]);
			// The 404 page is a splash page without search, as ours is.
			if (page.file !== '404.md')
				expect(keys.every((key) => ['title', 'description'].includes(key!))).toBe(true);
		}
	});
});

describe('convertBody', () => {
	test('swaps our components for Starlight ones or plain text', () => {
		const body =
			"import { HelpdeskContacts, NoGlossary } from '~/components';\n\n<HelpdeskContacts />\n\n<NoGlossary>The VPN here.</NoGlossary>\n\n:::tip[Try this]\nGo.\n:::\n";
		const converted = convertBody(body);
		expect(converted).toMatch(
			/^import \{ Aside, Card, Steps \} from '@astrojs\/starlight\/components';/,
		);
		expect(converted).toContain('<Card title="Contact the helpdesk"');
		expect(converted).toContain('\nThe VPN here.\n');
		expect(converted).toContain(':::tip[Try this]');
		expect(converted).not.toContain('~/components');
	});
});

test('escapeMdx turns braces and angle brackets into character references', () => {
	expect(escapeMdx('Hi {name}, <b>')).toBe('Hi &#123;name&#125;, &#60;b&#62;');
});

test('createBareConfig sets the processor only for the unified variant', () => {
	expect(createBareConfig('unified')).toContain('processor: unified({ gfm: true })');
	expect(createBareConfig('default')).not.toMatch(/markdown:|markdown-remark/);
});

// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { fileURLToPath } from 'node:url';
import { contentChecks } from './src/integrations/content-checks.ts';
import { offlineKits } from './src/integrations/offline-kits.ts';
import { siteUrlCheck } from './src/integrations/site-url-check.ts';
import { toLinkableTerm } from './src/lib/glossary/matcher.ts';
import { validateContent } from './src/lib/validation/index.ts';
import { remarkBaseLinks } from './src/markdown/plugins/remark-base-links.ts';
import { remarkGlossaryLinks } from './src/markdown/plugins/remark-glossary-links.ts';
import { rehypeDocsSourcePath } from './src/markdown/plugins/rehype-docs-source-path.ts';
import { rehypeTaskListLabels } from './src/markdown/plugins/rehype-task-list-labels.ts';
import { rehypeUniqueAsideLabels } from './src/markdown/plugins/rehype-unique-aside-labels.ts';
import { collections } from './src/lib/content/collections.ts';
import { sidebar } from './src/lib/site/navigation.ts';
import { PREVIEW_SITE_URL } from './src/lib/site/site-url.ts';
import { siteConfig } from './src/site.config.ts';

// The reasons behind these settings: docs/ARCHITECTURE.md ("Decisions").
const base = process.env.BASE_PATH ?? '/';
const root = fileURLToPath(new URL('.', import.meta.url));
// Content is read and checked once: the content checks report the problems, and the glossary
// linker gets the terms (the Markdown pipeline runs before Astro's collections exist).
const checked = await validateContent(root);
const terms = checked.content.glossary.map(({ id, data }) => toLinkableTerm(id, data));

/** Links to pages outside Starlight's docs collection, for the links validator to leave alone. */
const customPageLinks = [
	...Object.keys(collections).filter((name) => name !== 'guides'),
	'tools',
	'progress',
]
	.flatMap((section) => [`${base}${section}/`, `${base}${section}/**`])
	.concat([base, `${base}guides/`, `${base}?*`]);

export default defineConfig({
	site: process.env.SITE_URL || PREVIEW_SITE_URL,
	base,
	cacheDir: './.astro',
	// Writes JSON Schemas of every collection to .astro/collections for frontmatter completion in editors.
	experimental: { contentIntellisense: true },
	outDir: process.env.OUT_DIR ?? './dist',
	// Page styles go to cached files rather than into every page's HTML: glossary term pages
	// stay within 8 KB, and moving from term to term fetches no style twice.
	build: { inlineStylesheets: 'never' },
	markdown: {
		processor: unified({
			gfm: true,
			remarkPlugins: [
				[remarkBaseLinks, { base }],
				[remarkGlossaryLinks, { terms, base }],
			],
			rehypePlugins: [
				rehypeTaskListLabels,
				rehypeUniqueAsideLabels,
				[rehypeDocsSourcePath, { root }],
			],
		}),
	},
	integrations: [
		contentChecks(checked),
		starlight({
			title: siteConfig.title,
			description: `Helping IT and business teams at ${siteConfig.organisation} understand each other.`,
			markdown: { processedDirs: ['./content/docs', './content/modules', './content/talks'] },
			lastUpdated: false,
			disable404Route: true,
			components: {
				Head: './src/components/starlight/Head.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Search: './src/components/starlight/Search.astro',
			},
			customCss: ['./src/styles/global.css'],
			// Wrapped code blocks never scroll sideways, so they need no keyboard focus (axe: scrollable-region-focusable).
			expressiveCode: { defaultProps: { wrap: true } },
			sidebar,
			plugins: [
				// Checks links in Markdown to Starlight's pages (guides, authoring) and their headings.
				// Every other page is an Astro page it cannot see into; the crawl in
				// tests/e2e/links.spec.ts checks links to those on the built site.
				starlightLinksValidator({ exclude: customPageLinks }),
			],
		}),
		// After Starlight, so the service worker lists the finished pages.
		offlineKits(),
		// Last, so its warning is the last thing a build prints.
		siteUrlCheck(process.env.SITE_URL),
	],
	vite: {
		build: {
			// Bundled scripts stay files instead of being inlined when small, so the only inline
			// scripts are Starlight's few fixed ones, which the Content-Security-Policy lists by hash.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rolldownOptions: {
				// MDX output starts with a directive Vite 8 warns about once per file.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
});

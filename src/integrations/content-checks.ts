import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getBuildDate } from '../lib/site/build-date.ts';
import { findOverdueEntries } from '../lib/content/reviews.ts';
import { listExpectedPages } from '../lib/validation/expected-pages.ts';
import { formatIssues, validateContent } from '../lib/validation/index.ts';
import type { ContentSet } from '../lib/validation/content-set.ts';

/**
 * Fails the build on any content problem before Astro renders a page, and after the build
 * proves that every entry produced its page. Dev mode only logs, so authors can keep editing.
 * `checked` is the result of validating the content when the config already did; without it,
 * the integration validates the project's content itself.
 */
export function contentChecks(
	checked?: Awaited<ReturnType<typeof validateContent>>,
): AstroIntegration {
	let content: ContentSet | undefined;
	return {
		name: 'common-ground:content-checks',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const result = checked ?? (await validateContent(fileURLToPath(config.root)));
				content = result.content;
				const overdue = findOverdueEntries(result.content, getBuildDate());
				if (overdue.length > 0)
					logger.warn(
						`${overdue.length} entries are overdue for review. See them with: npm run report:reviews`,
					);
				if (result.issues.length === 0) return;
				const message = formatIssues(result.issues);
				if (command === 'dev') logger.error(message);
				else throw new Error(`Content check failed. ${message}`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!content) return;
				const missing: string[] = [];
				for (const page of listExpectedPages(content)) {
					const html = await readFile(new URL(page.output, dir), 'utf8').catch(() => undefined);
					if (html === undefined || (page.marker && !html.includes(page.marker)))
						missing.push(
							`${page.source} → ${page.output}${page.marker ? ` (${page.marker})` : ''}`,
						);
				}
				if (missing.length > 0)
					throw new Error(
						`These entries produced no page:\n  ${missing.join('\n  ')}\nCheck the route that renders them.`,
					);
				logger.info(`every entry produced its page (${listExpectedPages(content).length} checked)`);
			},
		},
	};
}

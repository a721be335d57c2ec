import AxeBuilder from '@axe-core/playwright';
import { test as base, type BrowserContext, expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, the level every page template must meet. */
export const axeTags = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** True for the addresses a test may load: this machine, and data or blob URLs. */
function isLocal(url: string): boolean {
	const { hostname, protocol } = new URL(url);
	return ['127.0.0.1', 'localhost'].includes(hostname) || ['data:', 'blob:'].includes(protocol);
}

/**
 * Every test fails if a page asked for anything outside localhost. The browser itself refuses
 * such requests (playwright.config.ts sends them to a proxy that is not there); this records
 * them, in the test's own context and in any context the test makes with `browser.newContext()`.
 * It only listens: intercepting every request would also turn off the browser's cache.
 */
export const test = base.extend<{ externalRequests: string[] }>({
	externalRequests: [
		async ({ context, browser }, use) => {
			const external: string[] = [];
			const watch = (watched: BrowserContext) =>
				watched.on('request', (request) => {
					if (!isLocal(request.url())) external.push(request.url());
				});
			watch(context);
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (options) => {
				const made = await newContext(options);
				watch(made);
				return made;
			};
			await use(external);
			browser.newContext = newContext;
			expect(external, 'requests that left localhost').toEqual([]);
		},
		{ auto: true },
	],
});

/** Runs axe on the page and returns a readable list of violations (empty when clean). */
export async function findA11yViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
}

export { expect };

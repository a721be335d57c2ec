import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, the level every page template must meet. */
export const axeTags = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Every test fails if the page asked for anything outside localhost. */
export const test = base.extend<{ externalRequests: string[] }>({
	externalRequests: async ({ context }, use) => {
		const external: string[] = [];
		await context.route('**/*', async (route) => {
			const { hostname, protocol } = new URL(route.request().url());
			if (
				['127.0.0.1', 'localhost'].includes(hostname) ||
				protocol === 'data:' ||
				protocol === 'blob:'
			)
				return route.continue();
			external.push(route.request().url());
			return route.abort('blockedbyclient');
		});
		await use(external);
		expect(external, 'requests that left localhost').toEqual([]);
	},
	page: async ({ page, externalRequests }, use) => {
		void externalRequests;
		await use(page);
	},
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

// The kits offline: after one visit, every kit, its presenter mode and its handout open with the
// network switched off, from the service worker the build writes (dist/sw.js); a new deployment
// is offered with a notice.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, findA11yViolations, test } from './fixtures.ts';
import { kits } from './helpers/kits.ts';
import { siteOrigin } from './helpers/servers.ts';

const READY =
	'Every kit, its presenter mode and its handout now open on this device without a network.';

/** The pages of a kit a facilitator needs in the room. */
const kitPages = (kit: (typeof kits)[number]) => [
	`/talks/${kit.id}/`,
	`/talks/${kit.id}/present/`,
	`/talks/${kit.id}/present/?view=audience`,
	`/talks/${kit.id}/handout/`,
	`/talks/${kit.id}/feedback-sheet/`,
	...(kit.variants ?? []).map((variant) => `/talks/${kit.id}/present/${variant.id}/`),
	...(kit.cards?.length ? [`/talks/${kit.id}/cards/`] : []),
];

async function visitOnce(page: Page, origin: string, path: string) {
	await page.goto(`${origin}${path}`);
	await expect(page.getByText(READY)).toBeVisible({ timeout: 30_000 });
}

test('after one visit every kit, its presenter mode and its handout open offline', async ({
	browser,
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	await visitOnce(page, siteOrigin, `/talks/${kits[0]!.id}/`);
	await context.setOffline(true);
	for (const kit of kits)
		for (const path of kitPages(kit)) {
			const response = await page.goto(`${siteOrigin}${path}`);
			expect(response?.ok(), path).toBe(true);
			await expect(page.locator('h1'), path).toContainText(
				path.includes('/present/') ? kit.title : /\S/,
			);
		}
	// Scripts and styles came from the cache too: presenter mode runs.
	const kit = kits[0]!;
	await page.goto(`${siteOrigin}/talks/${kit.id}/present/`);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(/^Slide 2 of \d+$/)).toBeVisible();
	await expect(page.locator('.controls')).toBeVisible();
	// The catalogue with a filter in its address answers from the cached page.
	await page.goto(`${siteOrigin}/talks/?kind=tech-talk`);
	await expect(page.locator('h1')).toHaveText('Tech Talks and session kits');
	// Pages outside the kits are not kept: offline, they fail as any page would.
	await expect(page.goto(`${siteOrigin}/glossary/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	await context.close();
});

for (const colorScheme of ['light', 'dark'] as const)
	test(`the ready line and the update notice have no axe violations in the ${colorScheme} theme`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		for (const path of [`/talks/${kits[0]!.id}/`, `/talks/${kits[0]!.id}/present/`]) {
			await page.goto(`${siteOrigin}${path}`);
			await page.waitForFunction(() => customElements.get('cg-offline-kits') !== undefined);
			// The notice as a new deployment shows it (the test above brings one about for real).
			await page
				.locator('[data-update]')
				.evaluate((notice) => ((notice as HTMLElement).hidden = false));
			await expect(page.getByRole('button', { name: 'Reload to use it' })).toBeVisible();
			expect(await findA11yViolations(page), path).toEqual([]);
		}
		await context.close();
	});

test('a reader who never opens a kit does not install the service worker', async ({ page }) => {
	await page.goto('/glossary/');
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});

test.describe('a new deployment', () => {
	let server: Server;
	let origin = '';
	/** Stands in for a new build: appended to sw.js, so the browser finds a changed worker. */
	let deployment = '';

	test.beforeAll(async () => {
		const types: Record<string, string> = {
			'.html': 'text/html',
			'.js': 'text/javascript',
			'.css': 'text/css',
			'.svg': 'image/svg+xml',
		};
		server = createServer((request, response) => {
			const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
			const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
			readFile(file).then(
				(body) => {
					response.writeHead(200, {
						'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
						'cache-control': 'no-cache',
					});
					response.end(path === '/sw.js' ? Buffer.concat([body, Buffer.from(deployment)]) : body);
				},
				() => {
					response.writeHead(404);
					response.end();
				},
			);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	test('is offered with a notice, and taken on with a reload', async ({ browser }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const kit = kits[0]!;
		deployment = '';
		await visitOnce(page, origin, `/talks/${kit.id}/`);
		// A later visit: the page now runs under the worker. (A page that does not, such as the very
		// first, lets a new version take over at once; there is nothing to offer.)
		await page.reload();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		const notice = page
			.getByRole('status')
			.filter({ hasText: 'A new version of the kits is ready.' });
		await expect(notice).toBeHidden();

		deployment = '\n// the next deployment\n';
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await expect(notice).toBeVisible();
		await Promise.all([
			page.waitForEvent('load'),
			notice.getByRole('button', { name: 'Reload to use it' }).click(),
		]);
		await expect(notice).toBeHidden();
		expect(
			await page.evaluate(async () => {
				const registration = (await navigator.serviceWorker.getRegistration())!;
				return {
					waiting: registration.waiting,
					controlled: navigator.serviceWorker.controller !== null,
				};
			}),
		).toEqual({ waiting: null, controlled: true });
		await context.close();
	});
});

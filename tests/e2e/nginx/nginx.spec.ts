import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { first, guideWithContacts, titleOf } from '../helpers/templates.ts';

// The built site served by nginx with deploy/nginx.conf (see scripts/serve-nginx.ts).

/** Collects every Content-Security-Policy violation the browser reports on the page. */
async function watchCsp(page: Page) {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			void (
				window as unknown as { reportCspViolation: (text: string) => Promise<void> }
			).reportCspViolation(`${event.violatedDirective}: ${event.blockedURI}`);
		});
	});
	return violations;
}

test('sends the security and caching headers', async ({ request }) => {
	const page = await request.get('/glossary/vpn/');
	const policy = page.headers()['content-security-policy']!;
	expect(policy).toContain("'wasm-unsafe-eval'");
	expect(/script-src [^;]*/.exec(policy)![0]).not.toContain("'unsafe-inline'");
	expect(policy).toContain('worker-src');
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
	expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
	const html = await page.text();
	const asset = /\/_astro\/[^"]+\.css/.exec(html)![0];
	expect((await request.get(asset)).headers()['cache-control']).toBe('max-age=31536000');
	const gzipped = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
	expect(gzipped.headers()['content-encoding']).toBe('gzip');
	const missing = await request.get('/no-such-page/');
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('Page not found');
	expect((await request.get(`/talks/${first('talks')}.ics`)).headers()['content-type']).toContain(
		'text/calendar',
	);
});

test('search, tooltips and presenter mode work under the policy with no violations', async ({
	page,
}) => {
	const violations = await watchCsp(page);
	await page.goto(`/guides/${guideWithContacts}/`);
	await page.waitForFunction(() => customElements.get('cg-term') !== undefined);
	const term = page.locator('cg-term').first();
	await term.locator('.cg-term__link').hover();
	await expect(term.locator('.cg-term__popup')).toBeVisible();

	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox').fill('Virtual private network');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		'/glossary/vpn/',
	);
	await expect(dialog.locator('.cg-answer')).toContainText('VPN');

	await page.goto(`/talks/${first('talks')}/present/`);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(/^Slide 2 of \d+$/)).toBeVisible();
	expect(violations).toEqual([]);
});

test('the theme, menu, filters and tools run under the policy with no violations', async ({
	page,
}) => {
	const violations = await watchCsp(page);
	await page.goto('/glossary/');
	// Starlight's inline theme script, allowed by its hash.
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByLabel('Find a term').fill('vpn');
	await expect(page.locator('[data-item]:visible', { hasText: 'VPN' }).first()).toBeVisible();
	// The list follows the names first, then the word files: read the count and the status together.
	await expect
		.poll(async () => {
			const shown = await page.locator('[data-item]:visible').count();
			const status = await page.getByRole('status').first().textContent();
			return status === `Showing ${shown} ${shown === 1 ? 'term' : 'terms'}`;
		})
		.toBe(true);
	await page.goto(`/modules/${first('modules')}/`);
	await page.getByRole('button', { name: 'Check my answers' }).click();
	await expect(page.locator('cg-quiz [role="status"]')).toHaveText('Answer question 1 first.');
	await page.goto('/tools/health-check/');
	await page.goto(`/talks/${first('talks')}/handout/`);
	// A path's print button prints (an inline onclick would be blocked by the policy).
	await page.goto(`/paths/${first('paths')}/`);
	await page.evaluate(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', '');
	});
	await page.getByRole('button', { name: 'Print the checklist' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', '');
	expect(violations).toEqual([]);
	// On a narrow screen the sidebar menu opens from its button.
	await page.setViewportSize({ width: 400, height: 800 });
	await page.goto(`/guides/${first('docs/guides')}/`);
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(
		page
			.locator('#starlight__sidebar')
			.getByRole('link', { name: titleOf('docs/guides', guideWithContacts) }),
	).toBeVisible();
	expect(violations).toEqual([]);
});

test('the violation detector itself reports an image from another origin', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('/');
	await page.evaluate((port) => {
		const image = document.createElement('img');
		image.src = `http://localhost:${port}/favicon.svg`;
		document.body.append(image);
	}, new URL(page.url()).port);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});

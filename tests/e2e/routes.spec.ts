import { expect, test } from './fixtures.ts';

const routes = [
	{ path: '/', heading: 'Welcome to Common Ground', text: 'Choose your starting point' },
	{
		path: '/guides/reporting-an-it-problem/',
		heading: 'Reporting an IT problem',
		text: 'Contact the helpdesk',
	},
	{
		path: '/guides/your-first-week-with-it/',
		heading: 'Your first week with IT',
		text: 'helpdesk@example.org',
	},
	{ path: '/glossary/', heading: 'Glossary', text: 'Virtual private network' },
	{ path: '/glossary/vpn/', heading: 'VPN', text: 'Why it matters to you' },
	{ path: '/glossary/gross-margin/', heading: 'Gross margin', text: 'Explained for IT readers' },
	{ path: '/modules/', heading: 'Modules', text: 'IT for business staff' },
	{ path: '/modules/security-basics/', heading: 'Security basics', text: 'Knowledge check' },
	{ path: '/talks/', heading: 'Tech Talks and session kits', text: 'Spotting phishing' },
	{
		path: '/talks/spotting-phishing/',
		heading: 'Spotting phishing',
		text: 'Common issues and fixes',
	},
	{ path: '/paths/', heading: 'Paths', text: 'week' },
	{ path: '/paths/new-business-hire/', heading: 'Your first three weeks with IT', text: 'Week 1' },
	{ path: '/wins/', heading: 'Shared wins', text: 'Example' },
	{ path: '/guides/', heading: 'Guides', text: 'For business staff' },
	{
		path: '/authoring/',
		heading: 'Writing for Common Ground',
		text: 'Reference to something that does not exist',
	},
];

for (const route of routes) {
	test(`${route.path} renders its key content`, async ({ page }) => {
		const response = await page.goto(route.path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(route.heading);
		await expect(page.locator('main')).toContainText(route.text);
	});
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
});

test('the sidebar lists the sections but no individual terms', async ({ page }) => {
	await page.goto('/guides/your-first-week-with-it/');
	const sidebar = page.locator('nav[aria-label="Main"]');
	for (const name of ['Guides', 'Glossary', 'Modules', 'Tech Talks', 'Paths'])
		await expect(sidebar.getByText(name, { exact: true }).first()).toBeVisible();
	await expect(sidebar.locator('a[href*="/glossary/vpn"]')).toHaveCount(0);
});

test('a term page links related terms both ways and where it is used', async ({ page }) => {
	await page.goto('/glossary/phishing/');
	await expect(page.locator('#related + ul')).toContainText('MFA');
	await expect(page.locator('#used-in + ul')).toContainText('Security basics');
	await expect(page.getByRole('link', { name: 'Suggest a better definition' })).toHaveAttribute(
		'href',
		/^mailto:/,
	);
});

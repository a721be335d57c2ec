import { expect, test } from './fixtures.ts';
import { first, guideWithContacts, titleOf } from './helpers/templates.ts';

// One page of each kind picked from the content, with the title its file gives it.
const guide = guideWithContacts;
const itTerm = first('glossary', (text) => /^lens: it$/m.test(text));
const businessTerm = first('glossary', (text) => /^lens: business$/m.test(text));
const module = first('modules');
const kit = first('talks');
const path = first('paths');
const routes = [
	{ path: '/', heading: 'Welcome to Common Ground', text: 'Choose your starting point' },
	{
		path: `/guides/${guide}/`,
		heading: titleOf('docs/guides', guide),
		text: 'Contact the helpdesk',
	},
	{ path: '/glossary/', heading: 'Glossary', text: titleOf('glossary', itTerm) },
	{
		path: `/glossary/${itTerm}/`,
		heading: titleOf('glossary', itTerm),
		text: 'Explained for business readers',
	},
	{
		path: `/glossary/${businessTerm}/`,
		heading: titleOf('glossary', businessTerm),
		text: 'Explained for IT readers',
	},
	{ path: '/modules/', heading: 'Modules', text: 'IT for business staff' },
	{ path: `/modules/${module}/`, heading: titleOf('modules', module), text: 'Knowledge check' },
	{ path: '/talks/', heading: 'Tech Talks and session kits', text: titleOf('talks', kit) },
	{ path: `/talks/${kit}/`, heading: titleOf('talks', kit), text: 'Agenda' },
	{ path: '/paths/', heading: 'Paths', text: 'week' },
	{ path: `/paths/${path}/`, heading: titleOf('paths', path), text: 'Week 1' },
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
	await page.goto(`/guides/${first('docs/guides')}/`);
	const sidebar = page.locator('nav[aria-label="Main"]');
	for (const name of ['Guides', 'Glossary', 'Modules', 'Tech Talks', 'Paths'])
		await expect(sidebar.getByText(name, { exact: true }).first()).toBeVisible();
	await expect(sidebar.locator(`a[href*="/glossary/${itTerm}/"]`)).toHaveCount(0);
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

import type { Page } from '@playwright/test';

/**
 * Watches a page for any sign that injected code ran: a dialog, an uncaught error,
 * `window.__xss` set (the payloads' marker), an element with an event-handler attribute, a frame,
 * or a `javascript:` link. Returns a function that lists what it saw (empty when clean).
 */
export async function guard(page: Page): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
	await page.addInitScript(() => {
		// Kept in sessionStorage so a hit on an earlier page survives the next navigation.
		Object.defineProperty(window, '__xss', { set: () => sessionStorage.setItem('cg-xss', 'ran') });
	});
	return async () => {
		const injected = await page.evaluate(() => {
			const found: string[] = [];
			if (sessionStorage.getItem('cg-xss')) found.push('window.__xss was set');
			for (const element of document.querySelectorAll('*'))
				for (const attribute of element.getAttributeNames())
					if (attribute.startsWith('on'))
						found.push(`${element.tagName.toLowerCase()}[${attribute}]`);
			for (const frame of document.querySelectorAll('iframe, object, embed'))
				found.push(frame.tagName.toLowerCase());
			for (const link of document.querySelectorAll(
				'[href^="javascript:" i], [src^="javascript:" i]',
			))
				found.push(`${link.tagName.toLowerCase()} with a javascript: URL`);
			return found;
		});
		return [...problems, ...injected];
	};
}

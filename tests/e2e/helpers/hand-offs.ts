// Scans the hand-off QR codes a page shows, as a phone would: a screenshot of each, decoded.
import type { Page } from '@playwright/test';
import { decodeQrPng } from '../../helpers/qr.ts';

/** Each visible code's kind (`handout`, `terms`, `feedback`) and the address it decodes to. */
export async function scanHandOffs(page: Page): Promise<Record<string, string | undefined>> {
	const codes: Record<string, string | undefined> = {};
	for (const item of await page.locator('[data-hand-off]:visible').all())
		codes[(await item.getAttribute('data-hand-off'))!] = decodeQrPng(
			await item.locator('svg').screenshot(),
		);
	return codes;
}

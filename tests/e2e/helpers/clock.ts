import type { Page } from '@playwright/test';

/**
 * A fake clock that moves only when the test moves it (`page.clock.runFor`). An installed clock
 * otherwise also runs on in real time, so exact timer readings drift on a busy machine.
 */
export async function installPausedClock(page: Page, time = new Date('2026-12-01T12:00:00Z')) {
	await page.clock.install({ time });
	await page.clock.pauseAt(new Date(time.getTime() + 1000));
}

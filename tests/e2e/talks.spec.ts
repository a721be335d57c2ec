import { readFileSync } from 'node:fs';
import { expect, findA11yViolations, test } from './fixtures.ts';
import { installPausedClock } from './helpers/clock.ts';
import { countKitSlides, kits } from './helpers/kits.ts';
import { syncKit } from './helpers/templates.ts';
import { siteOrigin } from './helpers/servers.ts';

const kit = kits.find((candidate) => candidate.id === 'spotting-phishing')!;
const slideCount = countKitSlides(kit.agenda);

test.describe('presenter mode', () => {
	test('runs by keyboard with timers, warnings and an extra minute', async ({ page }) => {
		await installPausedClock(page);
		await page.goto(`/talks/${kit.id}/present/`);
		const segment = page.locator('[data-timer="segment"]');
		const session = page.locator('[data-timer="session"]');
		const first = kit.agenda[0]!;
		await expect(segment.locator('[data-left]')).toHaveText(`${first.minutes}:00`);
		await expect(
			page.getByRole('heading', { level: 2, name: first.slides[0]!.title }),
		).toBeVisible();

		await page.keyboard.press('p');
		await page.clock.runFor((first.minutes * 60 - 30) * 1000);
		await expect(segment.locator('[data-left]')).toHaveText('0:30');
		await expect(segment).toHaveAttribute('data-level', 'soon');
		await expect(segment).toContainText('almost up');

		await page.keyboard.press('+');
		await page.clock.runFor(1000);
		await expect(segment.locator('[data-left]')).toHaveText('1:29');
		await expect(segment).toHaveAttribute('data-level', 'ok');
		await page.clock.runFor(120_000);
		await expect(segment).toHaveAttribute('data-level', 'over');
		await expect(segment.locator('[data-left]')).toHaveText('-0:31');
		const sessionLeft = (kit.minutes + 1) * 60 - (first.minutes * 60 - 30 + 121);
		await expect(session.locator('[data-left]')).toHaveText(
			`${Math.floor(sessionLeft / 60)}:${String(sessionLeft % 60).padStart(2, '0')}`,
		);

		await page.keyboard.press('p');
		await page.clock.runFor(60_000);
		await expect(segment.locator('[data-left]')).toHaveText('-0:31');
		await expect(segment).toContainText('over time');

		await page.keyboard.press('ArrowRight');
		const second = kit.agenda[0]!.slides[1] ?? kit.agenda[1]!.slides[0]!;
		await expect(page.getByRole('heading', { level: 2, name: second.title })).toBeVisible();
		await expect(page.locator('[data-announce]')).toHaveText(
			new RegExp(`^Slide 2 of ${slideCount}: `),
		);
		await page.keyboard.press('ArrowLeft');
		await expect(
			page.getByRole('heading', { level: 2, name: first.slides[0]!.title }),
		).toBeVisible();
	});

	test('has a help overlay and speaker notes', async ({ page }) => {
		await page.goto(`/talks/${kit.id}/present/`);
		const notes = page.locator('.slide:not([hidden]) .notes');
		await expect(notes).toBeHidden();
		await page.keyboard.press('n');
		await expect(notes).toBeVisible();
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText(`Slide 2 of ${slideCount}`, { exact: true })).toBeVisible();
	});

	test('keeps working offline once loaded', async ({ page, context }) => {
		await page.goto(`/talks/${kit.id}/present/`);
		await context.setOffline(true);
		for (let slide = 2; slide <= slideCount; slide++) await page.keyboard.press('ArrowRight');
		await expect(
			page.getByText(`Slide ${slideCount} of ${slideCount}`, { exact: true }),
		).toBeVisible();
		await context.setOffline(false);
	});

	for (const each of kits)
		test(`${each.id}: at 200 % zoom every slide shows its points, in both windows`, async ({
			browser,
		}) => {
			// A 1280 × 800 window at 200 % zoom lays out as 640 × 400 CSS pixels.
			const context = await browser.newContext({
				viewport: { width: 640, height: 400 },
				deviceScaleFactor: 2,
			});
			const page = await context.newPage();
			const slides = countKitSlides(each.agenda);
			let checked = 0;
			for (const view of ['presenter', 'audience']) {
				await page.goto(`/talks/${each.id}/present/${view === 'audience' ? '?view=audience' : ''}`);
				// Each window from the first slide (the presenter's walk-through is kept on the device).
				await page.evaluate(() => localStorage.clear());
				await page.reload();
				for (let slide = 1; slide <= slides; slide++) {
					// The shown slide's last point, read in one call (none on a slide without points).
					const shown = await page.evaluate(() => {
						const points = [...document.querySelectorAll('.slide li')].filter((element) =>
							element.checkVisibility(),
						);
						const last = points.at(-1);
						if (!last) return undefined;
						const box = last.getBoundingClientRect();
						const onTop = last.contains(
							document.elementFromPoint(box.left + 4, box.top + box.height / 2),
						);
						return { inside: box.bottom <= window.innerHeight, onTop };
					});
					if (shown) {
						checked++;
						expect(shown, `${view} window, slide ${slide}`).toEqual({ inside: true, onTop: true });
					}
					await page.keyboard.press('ArrowRight');
				}
			}
			// Most slides have points; none found would mean the check looked at nothing.
			expect(checked).toBeGreaterThan(slides);
			await context.close();
		});

	test('without JavaScript shows every slide in order', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/talks/${kit.id}/present/`);
		await expect(page.locator('.slide:visible')).toHaveCount(slideCount);
		await context.close();
	});
});

test.describe('audience window', () => {
	const slideTitles = kit.agenda.flatMap((segment) => segment.slides.map((slide) => slide.title));
	const shownTitle = (page: import('@playwright/test').Page) =>
		page.locator('.slide:not([hidden]) h2');

	test('shows the slide alone, and the two windows keep in step both ways', async ({
		page,
		context,
	}) => {
		await page.goto(`/talks/${kit.id}/present/`);
		const [audience] = await Promise.all([
			context.waitForEvent('page'),
			page.getByRole('link', { name: 'Open the audience window' }).click(),
		]);
		await audience.waitForLoadState();
		await expect(audience).toHaveURL(/\/present\/\?view=audience$/);
		await expect(shownTitle(audience)).toHaveText(slideTitles[0]!);
		// The room sees the slide, not the timers, controls or notes.
		for (const hidden of ['.bar', '.controls', '.slide:not([hidden]) .notes', '[data-next]'])
			await expect(audience.locator(hidden)).toBeHidden();
		// The presenter sees the notes and what comes next.
		await expect(page.locator('.slide:not([hidden]) .notes')).toBeVisible();
		await expect(page.locator('[data-next]')).toContainText(`Next: ${slideTitles[1]}`);

		await page.keyboard.press('ArrowRight');
		await expect(shownTitle(audience)).toHaveText(slideTitles[1]!);
		await audience.keyboard.press('ArrowRight');
		await expect(shownTitle(page)).toHaveText(slideTitles[2]!);
		await expect(shownTitle(audience)).toHaveText(slideTitles[2]!);
		// A click on the slide moves on, in either window.
		await audience.locator('.slide:not([hidden]) h2').click();
		await expect(shownTitle(page)).toHaveText(slideTitles[3]!);

		// Closing the audience window leaves the presenter working.
		await audience.close();
		await page.keyboard.press('ArrowLeft');
		await expect(shownTitle(page)).toHaveText(slideTitles[2]!);
	});

	test('a reload, or a visit to the kit and back, keeps the slide and the running timers', async ({
		page,
	}) => {
		await page.clock.install({ time: new Date('2026-12-01T12:00:00Z') });
		await page.goto(`/talks/${kit.id}/present/`);
		await page.keyboard.press('p');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.clock.runFor(90_000);
		const session = page.locator('[data-timer="session"] [data-left]');
		const secondsLeft = async () => {
			const [minutes = 0, seconds = 0] = (await session.textContent())!.split(':').map(Number);
			return minutes * 60 + seconds;
		};
		// 90 seconds used (the display catches up within a quarter of a second).
		await expect.poll(secondsLeft).toBeLessThanOrEqual(kit.minutes * 60 - 90);
		const before = await secondsLeft();
		expect(before).toBeGreaterThan(kit.minutes * 60 - 100);
		await page.reload();
		await expect(shownTitle(page)).toHaveText(slideTitles[2]!);
		await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
		// Still counting from where it was: not reset, and on through the reload itself.
		const after = await secondsLeft();
		expect(after).toBeLessThanOrEqual(before);
		expect(after).toBeGreaterThan(before - 15);
		await page.clock.runFor(60_000);
		expect(await secondsLeft()).toBeLessThanOrEqual(after - 60);
		await page.getByRole('link', { name: 'Back to the kit' }).click();
		await page.goBack();
		await expect(shownTitle(page)).toHaveText(slideTitles[2]!);
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`the audience window has no axe violations in the ${colorScheme} theme`, async ({
			browser,
		}) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(`${siteOrigin}/talks/${kit.id}/present/?view=audience`);
			await expect(shownTitle(page)).toHaveText(slideTitles[0]!);
			expect(await findA11yViolations(page)).toEqual([]);
			await context.close();
		});
});

test.describe('handouts', () => {
	for (const { id } of kits)
		test(`${id} prints on exactly one A4 page and one Letter page`, async ({ page }) => {
			await page.goto(`/talks/${id}/handout/`);
			for (const format of ['A4', 'Letter']) {
				const pdf = (await page.pdf({ format })).toString('latin1');
				expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${id} on ${format}`).toHaveLength(1);
			}
		});

	test('a handout has the agenda, fixes, terms and helpdesk contacts', async ({ page }) => {
		await page.goto(`/talks/${kit.id}/handout/`);
		for (const heading of [
			'Agenda',
			'Common issues and how to fix them',
			'Words of the day',
			'Still stuck?',
		])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.getByRole('link', { name: 'helpdesk@example.org' })).toBeVisible();
	});

	test('the print button opens the print dialog', async ({ page }) => {
		await page.addInitScript(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', '');
		});
		await page.goto(`/talks/${kit.id}/handout/`);
		await page.getByRole('button', { name: 'Print this page' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-printed', '');
	});
});

test.describe('kit page', () => {
	test('recomputes clock times for another start and downloads an invite', async ({ page }) => {
		await page.goto(`/talks/${kit.id}/`);
		const firstTime = page.locator('tbody tr').first().locator('td').first();
		await expect(firstTime).toHaveText(
			`12:00–12:${String(kit.agenda[0]!.minutes).padStart(2, '0')}`,
		);
		await page.getByLabel('Start time').fill('13:30');
		await expect(firstTime).toHaveText(
			`13:30–13:${String(30 + kit.agenda[0]!.minutes).padStart(2, '0')}`,
		);
		await expect(page.locator('cg-agenda-planner table caption')).toContainText(
			'for a start at 13:30',
		);
		await page.getByLabel('Date').fill('2027-01-12');
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download the calendar invite' }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toBe(`${kit.id}-2027-01-12.ics`);
		const ics = readFileSync(await download.path(), 'utf8');
		expect(ics).toContain('BEGIN:VEVENT');
		expect(ics).toContain('DTSTART:20270112T133000Z');
		expect(ics).toContain(`SUMMARY:${kit.title}`);
	});

	test('puts a place and a video-call link in the invite, and says which time zone', async ({
		browser,
	}) => {
		const context = await browser.newContext({ timezoneId: 'America/New_York' });
		const page = await context.newPage();
		await page.goto(`/talks/${kit.id}/`);
		await expect(page.getByText('Times are Europe/London time')).toContainText(
			'This device is set to America/New_York.',
		);
		await page.getByLabel('Place (optional)').fill('Room 4, 2nd floor');
		const link = page.getByLabel('Video-call link (optional)');
		await link.fill('meet.example.org/lunch');
		const invite = page.getByRole('link', { name: 'Download the calendar invite' });
		await invite.click();
		await expect(page.getByRole('alert')).toHaveText(/must be a whole address starting with https/);
		await expect(link).toBeFocused();
		await link.fill('https://meet.example.org/lunch');
		await expect(page.getByRole('alert')).toHaveCount(0);
		const downloadPromise = page.waitForEvent('download');
		await invite.click();
		const ics = readFileSync(await (await downloadPromise).path(), 'utf8').replace(
			/\r\n[ \t]/g,
			'',
		);
		expect(ics).toContain('LOCATION:Room 4\\, 2nd floor · https://meet.example.org/lunch');
		expect(ics).toContain('Join online: https://meet.example.org/lunch');
		await context.close();
	});

	test('links the ready-made invite, presenter mode and handout', async ({ page, request }) => {
		await page.goto(`/talks/${kit.id}/`);
		const invite = await request.get(`/talks/${kit.id}.ics`);
		expect(invite.headers()['content-type']).toContain('text/calendar');
		// Long lines are folded (RFC 5545), so unfold before looking for the link.
		const text = (await invite.text()).replace(/\r\n[ \t]/g, '');
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(text).toContain(`/talks/${kit.id}/handout/`);
		expect(text).not.toContain('RRULE');
		expect(await (await request.get('/talks/monthly-sync.ics')).text()).toContain(
			'RRULE:FREQ=MONTHLY',
		);
		await page.getByRole('link', { name: 'Presenter mode', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/talks/${kit.id}/present/$`));
	});

	test('the monthly sync lists the wins since the last sync', async ({ page }) => {
		await page.goto(`/talks/${syncKit}/`);
		const since = page.getByLabel('The last sync was on');
		await since.fill('2000-01-01');
		await expect(page.locator('cg-sync-wins li:visible').first()).toBeVisible();
		await since.fill('2999-01-01');
		await expect(page.locator('cg-sync-wins li:visible')).toHaveCount(0);
		await expect(page.getByText('No wins logged since then.')).toBeVisible();
	});

	test('the catalogue filters by kind and length, with the state in the URL', async ({ page }) => {
		await page.goto('/talks/?kind=sync');
		await expect(page.locator('#talk-list [data-item]:visible')).toHaveCount(
			kits.filter((k) => k.kind === 'sync').length,
		);
		await page.getByLabel('Kind').selectOption('');
		await page.getByLabel('Length').selectOption('short');
		await expect(page).toHaveURL(/\?length=short$/);
		await expect(page.locator('#talk-list [data-item]:visible')).toHaveCount(
			kits.filter((k) => k.minutes <= 30).length,
		);
	});
});

test.describe('speaker notes', () => {
	for (const each of kits)
		test(`every slide of ${each.id} has a speaker note in presenter mode`, async ({ page }) => {
			const slides = each.agenda.flatMap((segment) => segment.slides);
			await page.goto(`/talks/${each.id}/present/`);
			await page.keyboard.press('n');
			for (const [index, slide] of slides.entries()) {
				const shown = page.locator('.slide:not([hidden])');
				await expect(shown.locator('h2')).toHaveText(slide.title);
				await expect(shown.locator('.notes')).toBeVisible();
				await expect(shown.locator('.notes')).toContainText(`Say: ${slide.say}`);
				if (index < slides.length - 1) await page.keyboard.press('ArrowRight');
			}
		});
});

test.describe('business talks: a business team teaches IT', () => {
	const businessTalks = kits.filter((each) => each.kind === 'business-talk');

	test('there are at least four, all taught by a business team', () => {
		expect(businessTalks.length).toBeGreaterThanOrEqual(4);
		for (const each of businessTalks) expect(each.direction).toBe('business-to-it');
	});

	test('the catalogue shows and filters who teaches whom', async ({ page }) => {
		await page.goto('/talks/');
		await page.getByLabel('Who teaches').selectOption('business-to-it');
		await expect(page).toHaveURL(/\?direction=business-to-it$/);
		const shown = page.locator('#talk-list [data-item]:visible');
		await expect(shown).toHaveCount(businessTalks.length);
		for (const each of businessTalks)
			await expect(shown.getByRole('link', { name: each.title })).toBeVisible();
		await expect(shown.first()).toContainText('A business team teaches IT');
	});

	for (const each of businessTalks) {
		test(`${each.id}: kit page, presenter mode, handout and invite`, async ({ page, request }) => {
			await page.goto(`/talks/${each.id}/`);
			await expect(page.locator('.facts')).toContainText('A business team teaches IT');
			await expect(
				page.getByRole('heading', { name: 'Common misunderstandings and what to do instead' }),
			).toBeVisible();
			expect(await findA11yViolations(page)).toEqual([]);

			await page.goto(`/talks/${each.id}/present/`);
			await expect(
				page.getByRole('heading', { level: 2, name: each.agenda[0]!.slides[0]!.title }),
			).toBeVisible();
			expect(await findA11yViolations(page)).toEqual([]);

			await page.goto(`/talks/${each.id}/handout/`);
			await expect(
				page.getByRole('heading', { name: 'Common misunderstandings, and what to do instead' }),
			).toBeVisible();
			await expect(page.getByText('Business Talk handout')).toBeVisible();
			// IT staff are the audience here, so the handout does not send them to their own helpdesk.
			await expect(page.getByRole('heading', { name: 'Still stuck?' })).toHaveCount(0);
			expect(await findA11yViolations(page)).toEqual([]);

			const invite = (await (await request.get(`/talks/${each.id}.ics`)).text()).replace(
				/\r\n[ \t]/g,
				'',
			);
			expect(invite).toContain('BEGIN:VEVENT');
			expect(invite).toContain(`SUMMARY:${each.title}`);
			expect(invite).toContain(`/talks/${each.id}/handout/`);
		});
	}
});

test.describe('printable cards', () => {
	const withCards = kits.filter((each) => (each.cards ?? []).length > 0);

	test('the phishing kit ships its example messages and scenarios as cards', () => {
		expect(withCards.map((each) => each.id)).toContain('spotting-phishing');
	});

	for (const each of withCards)
		test(`${each.id}: cards print with the answers on pages of their own, and nothing on them is a link`, async ({
			page,
		}) => {
			await page.goto(`/talks/${each.id}/`);
			await page.locator('.run').getByRole('link', { name: 'Printable cards' }).click();
			await expect(page).toHaveURL(new RegExp(`/talks/${each.id}/cards/$`));
			for (const [s, set] of each.cards!.entries()) {
				const section = page.locator('.set').nth(s);
				await expect(section.getByRole('heading', { level: 2 })).toHaveText(set.title);
				await expect(section.locator('.card')).toHaveCount(set.cards.length);
				await expect(section.locator('.answers dt')).toHaveText(
					set.cards.map((card) => card.title),
				);
			}
			await expect(page.locator('.card a, .answers a')).toHaveCount(0);
			await page.emulateMedia({ media: 'print' });
			const breaks = await page
				.locator('.answers')
				.evaluateAll((all) => all.map((element) => getComputedStyle(element).breakBefore));
			expect(breaks).toEqual(each.cards!.map(() => 'page'));
			await expect(page.getByRole('button', { name: 'Print the cards' })).toBeHidden();
		});
});

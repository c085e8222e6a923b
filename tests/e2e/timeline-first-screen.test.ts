/**
 * The timeline's first screen: on a phone (390 × 844) the filters and the first event are in view
 * on arrival, the how-to-read notes folded above them; on a wide screen the filter boxes are open.
 * Nothing shifts on load (the filters appear before the first paint) or on arriving at an entry's anchor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/harness.ts';

declare global {
	interface Window {
		/** Sum of layout-shift values not caused by input, since the page started. */
		__shifts?: number;
	}
}

const site = siteInBrowser();

/** Records layout shifts from the start of the page's life. */
async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__shifts = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if ('hadRecentInput' in entry && entry.hadRecentInput === true) continue;
				if ('value' in entry && typeof entry.value === 'number') window.__shifts = (window.__shifts ?? 0) + entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}
const shifts = (page: Page) => page.evaluate(() => window.__shifts ?? -1);
const isOpen = (page: Page, selector: string) => page.locator(selector).evaluate((d) => d.hasAttribute('open'));

test('at 390 × 844 the filters and the first event are on the first screen', async () => {
	await site.withPage(
		async (page) => {
			await watchShifts(page);
			await page.goto(site.url('/timeline/'));
			await page.waitForSelector('#filters:not([hidden])');
			const filters = (await page.locator('#filters').boundingBox())!;
			assert.ok(filters.y + filters.height <= 844, `filters end at ${filters.y + filters.height}px`);
			assert.equal(await isOpen(page, '#filters details'), false, 'boxes folded on a phone');
			const first = (await page.locator('[data-entry] h3').first().boundingBox())!;
			assert.ok(first.y + first.height <= 844, `first event heading ends at ${first.y + first.height}px`);
			assert.equal(await isOpen(page, 'details.tl-about'), false);
			// The folded filters open by keyboard.
			await page.locator('#filters summary').focus();
			await page.keyboard.press('Enter');
			assert.ok(await page.locator('#filters input[name="side"]').first().isVisible());
			await page.waitForTimeout(300);
			assert.equal(await shifts(page), 0, 'layout shift on load');
		},
		{ viewport: { width: 390, height: 844 } },
	);
});

test('at 1280 the filter boxes are open; a filtered link opens them on a phone too', async () => {
	await site.withPage(
		async (page) => {
			await page.goto(site.url('/timeline/'));
			await page.waitForSelector('#filters:not([hidden])');
			assert.ok(await page.locator('#filters input[name="kind"]').first().isVisible());
		},
		{ viewport: { width: 1280, height: 800 } },
	);
	await site.withPage(
		async (page) => {
			await page.goto(site.url('/timeline/?side=china'));
			await page.waitForSelector('#filters:not([hidden])');
			assert.ok(await page.locator('#filters input[name="side"]').first().isVisible());
		},
		{ viewport: { width: 390, height: 844 } },
	);
});

test('arriving at a late entry lands on it without layout shift, and scrolling back up keeps it in place', async () => {
	await site.withPage(
		async (page) => {
			await watchShifts(page);
			const id = await (async () => {
				await page.goto(site.url('/timeline/'));
				return page.locator('[data-entry]').last().getAttribute('data-id');
			})();
			assert.ok(id);
			await page.goto(site.url(`/timeline/#${id}`));
			await page.waitForTimeout(500);
			const box = (await page.locator(`h3[id="${id}"]`).boundingBox())!;
			assert.ok(box.y >= 0 && box.y + box.height <= 844, `entry heading at ${box.y}px`);
			// Years above come into layout as the reader scrolls up; the entry must not jump.
			await page.mouse.wheel(0, -600);
			await page.waitForTimeout(400);
			const after = (await page.locator(`h3[id="${id}"]`).boundingBox())!;
			assert.ok(Math.abs(after.y - (box.y + 600)) < 2, `entry moved from ${box.y} to ${after.y} after scrolling up 600px`);
			assert.equal(await shifts(page), 0, 'layout shift');
		},
		{ viewport: { width: 390, height: 844 } },
	);
});

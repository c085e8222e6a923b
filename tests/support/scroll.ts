/** Scrolling a page as a reader would, so that everything drawn on approach (charts) is drawn. */
import type { Page } from 'playwright-core';

/**
 * Scrolls from the top to the end, most of a screen at a time, and at each stop lets the browser
 * render a frame before moving on: intersection observers are updated in the frame after the scroll,
 * so a chart passed on the way is seen, however busy the machine (a fixed pause per stop let a busy
 * browser skip a chart's frame). Then waits until every chart has drawn and the network is quiet.
 */
export async function scrollThrough(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const twoFrames = async () => {
			// The observers run after the first frame's callbacks; the second frame comes after them.
			await frame();
			await frame();
		};
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
			scrollTo(0, y);
			// Bounded: a page the browser is not drawing gets no frames, and an unbounded wait here
			// hung a test for its full 5 minutes (every-page, two pages at a time). Then the wait for
			// the charts below fails in 15 s, naming the cause, instead.
			await Promise.race([twoFrames(), new Promise((resolve) => setTimeout(resolve, 250))]);
		}
	});
	await page.waitForFunction(() => [...document.querySelectorAll('chart-figure')].every((f) => f.hasAttribute('data-rendered')), undefined, {
		timeout: 15_000,
	});
	await page.waitForLoadState('networkidle');
}

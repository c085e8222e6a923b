/**
 * Time to first search result, as a reader meets it: the page has loaded and gone idle (so a site
 * that loads its search UI when idle, as Starlight does, has done so), the reader presses Ctrl+K and
 * types a query. Each run uses a fresh browser context, so Pagefind's index is fetched cold every
 * time. The same code times the site and its bare Starlight twin: both have Starlight's
 * <site-search> markup.
 *
 * The clocks run in the page, from the browser's own event timestamps, so the test driver's round
 * trips do not count: Ctrl+K's keydown → keyboard focus in a text field of the open dialog (the
 * reader can type, and what they type is kept: "input ready"); the last key's keydown → the first
 * result link in the DOM under the message "… results for <the whole query>" (results for a prefix,
 * shown while typing, do not count). Keys are typed either all at once or at a reader's pace.
 */
import type { Browser } from 'playwright-core';
import { openPage } from '../tools/browser.ts';
import { settled } from '../tools/search.ts';
import { median } from './stats.ts';

/** A fast typist: 150 ms between keys is about 80 words a minute. */
export const readerPaceMs = 150;

export interface SearchRun {
	/** Ctrl+K → first result link. */
	totalMs: number;
	/** Ctrl+K → a text field in the open dialog has the focus. */
	openMs: number;
	/** Last key → first result link. */
	afterTypingMs: number;
}

export interface SearchTiming {
	page: string;
	query: string;
	/** Milliseconds between keys (0: typed all at once). */
	keyDelayMs: number;
	runs: SearchRun[];
	medianMs: number;
	medianOpenMs: number;
	medianAfterTypingMs: number;
	/** Requests that left 127.0.0.1 during the runs (should be none). */
	external: string[];
}

declare global {
	interface Window {
		__searchClock?: { ctrlK?: number; focus?: number; lastKey?: number; firstResult?: number };
	}
}

export async function searchOnce(browser: Browser, url: string, query: string, keyDelayMs: number, external: string[]): Promise<SearchRun> {
	const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
	try {
		await page.goto(url);
		await settled(page);
		await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
		await page.evaluate((q) => {
			const clock: NonNullable<Window['__searchClock']> = {};
			window.__searchClock = clock;
			// Capturing listeners on window run before any of the page's own.
			addEventListener(
				'keydown',
				(e) => {
					if (e.key === 'k' && (e.ctrlKey || e.metaKey)) clock.ctrlK ??= e.timeStamp;
					else clock.lastKey = e.timeStamp;
				},
				true,
			);
			addEventListener(
				'focusin',
				(e) => {
					if (e.target instanceof HTMLInputElement && e.target.closest('dialog[open]')) clock.focus ??= performance.now();
				},
				true,
			);
			// The first result for the whole query: results for a shorter prefix, shown while typing, do not count.
			new MutationObserver(() => {
				const message = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
				if (message.endsWith(`for ${q}`) && document.querySelector('.pagefind-ui__result-link')) clock.firstResult ??= performance.now();
			}).observe(document.body, { childList: true, subtree: true, characterData: true });
		}, query);
		await page.keyboard.press('Control+k');
		await page.waitForFunction(() => window.__searchClock?.focus !== undefined, undefined, { timeout: 10_000 });
		await page.keyboard.type(query, { delay: keyDelayMs });
		await page.waitForFunction(() => window.__searchClock?.firstResult !== undefined, undefined, { timeout: 20_000 });
		const clock = (await page.evaluate(() => window.__searchClock))!;
		external.push(...problems.external);
		return { totalMs: clock.firstResult! - clock.ctrlK!, openMs: clock.focus! - clock.ctrlK!, afterTypingMs: clock.firstResult! - clock.lastKey! };
	} finally {
		await page.context().close();
	}
}

export async function timeFirstResult(browser: Browser, url: string, query = 'H200', runs = 5, keyDelayMs = 0): Promise<SearchTiming> {
	const results: SearchRun[] = [];
	const external: string[] = [];
	for (let i = 0; i < runs; i++) results.push(await searchOnce(browser, url, query, keyDelayMs, external));
	return {
		page: new URL(url).pathname,
		query,
		keyDelayMs,
		runs: results,
		medianMs: median(results.map((r) => r.totalMs)),
		medianOpenMs: median(results.map((r) => r.openMs)),
		medianAfterTypingMs: median(results.map((r) => r.afterTypingMs)),
		external: [...new Set(external)],
	};
}

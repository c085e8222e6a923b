/**
 * Time to first search result, as a reader meets it: the page has loaded and gone idle (so a site
 * that loads its search UI when idle, as Starlight does, has done so), the reader presses Ctrl+K and
 * types a query; the clock stops when the first result link is in the DOM. Each run uses a fresh
 * browser context, so Pagefind's index is fetched cold every time. The same code times the site and
 * its bare Starlight twin: both have Starlight's <site-search> markup.
 */
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { openPage } from '../tools/browser.ts';
import { openSearch, settled } from '../tools/search.ts';
import { median } from './stats.ts';

export interface SearchRun {
	/** Ctrl+K → first `.pagefind-ui__result-link`. */
	totalMs: number;
	/** Ctrl+K → the dialog's input is ready. */
	openMs: number;
	/** Last keystroke → first result link. */
	afterTypingMs: number;
}

export interface SearchTiming {
	page: string;
	query: string;
	runs: SearchRun[];
	medianMs: number;
	medianOpenMs: number;
	medianAfterTypingMs: number;
	/** Requests that left 127.0.0.1 during the runs (should be none). */
	external: string[];
}

export async function searchOnce(browser: Browser, url: string, query: string, external: string[]): Promise<SearchRun> {
	const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
	try {
		await page.goto(url);
		await settled(page);
		await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
		const start = performance.now();
		await openSearch(page); // presses Ctrl+K, waits for the dialog's input
		const opened = performance.now();
		await page.keyboard.type(query);
		const typed = performance.now();
		await page.waitForSelector('.pagefind-ui__result-link', { state: 'attached', timeout: 20_000 });
		const done = performance.now();
		external.push(...problems.external);
		return { totalMs: done - start, openMs: opened - start, afterTypingMs: done - typed };
	} finally {
		await page.context().close();
	}
}

export async function timeFirstResult(browser: Browser, url: string, query = 'H200', runs = 5): Promise<SearchTiming> {
	const results: SearchRun[] = [];
	const external: string[] = [];
	for (let i = 0; i < runs; i++) results.push(await searchOnce(browser, url, query, external));
	return {
		page: new URL(url).pathname,
		query,
		runs: results,
		medianMs: median(results.map((r) => r.totalMs)),
		medianOpenMs: median(results.map((r) => r.openMs)),
		medianAfterTypingMs: median(results.map((r) => r.afterTypingMs)),
		external: [...new Set(external)],
	};
}

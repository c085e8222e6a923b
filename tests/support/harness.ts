/**
 * The e2e harness in one place: a test file calls `siteInBrowser()` once to get a chromium and a
 * static server for the built site (started before its tests, closed after), and opens pages with
 * `withPage`, which always closes the page's context, even when an assertion fails.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openPage, type PageProblems } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { distDir } from './site.ts';

export interface SiteInBrowser {
	readonly browser: Browser;
	/** Absolute URL of a site path on the running server. */
	url(path: string): string;
	/** Opens a page, runs `use`, and closes the page's context whatever happens. */
	withPage<T>(use: (page: Page, problems: PageProblems) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
}

/** `base`: the path the site is served under, for a build made with BASE_PATH (e.g. dist-subpath). */
export function siteInBrowser(dir = distDir, base = '/'): SiteInBrowser {
	let browser: Browser | undefined;
	let site: RunningServer | undefined;
	before(async () => {
		browser = await launchBrowser();
		site = await serveStatic(dir, base);
	});
	after(async () => {
		await browser?.close();
		await site?.close();
	});
	const started = () => {
		if (!browser || !site) throw new Error('siteInBrowser(): use it inside a test, after `before` has run');
		return { browser, site };
	};
	return {
		get browser() {
			return started().browser;
		},
		url: (path) => new URL(path.slice(1), started().site.url).href,
		async withPage(use, options = {}) {
			const { page, problems } = await openPage(started().browser, options);
			try {
				const result = await use(page, problems);
				assert.deepEqual(problems.csp, [], 'Content-Security-Policy violations');
				return result;
			} finally {
				await page.context().close();
			}
		},
	};
}

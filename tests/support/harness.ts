/**
 * The e2e harness in one place. A test file calls `siteInBrowser()` once, at its top level: that
 * registers one `before` hook (start chromium and a static server for the built site, then run the
 * file's own `setup`, in that order) and one `after` hook (close both). Pages are opened with
 * `withPage`, which always closes the page's context, even when an assertion fails.
 *
 * Order is explicit: a file needing its own setup (a page kept open across tests, say) passes it as
 * `setup` instead of writing a `before` of its own, so it cannot run before the browser exists. The
 * browser and server also start lazily on first use, so a call from any hook or test finds them.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openPage, type PageProblems } from '../../tools/browser.ts';
import { serveStatic, type RunningServer } from '../../tools/static-server.ts';
import { distDir } from '../../tools/site.ts';

export type { PageProblems };

/** A built site served over HTTP for the length of one test file. */
export interface ServedSite {
	/** Absolute URL of a site path ("/h200/", relative to the site's base) on the running server. */
	url(path: string): string;
}

export interface SiteInBrowser extends ServedSite {
	readonly browser: Browser;
	/** Opens a page, runs `use`, and closes the page's context whatever happens. */
	withPage<T>(use: (page: Page, problems: PageProblems) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
	/** Opens a page at a site path (`goto` done), runs `use`, and closes the page's context whatever happens. */
	atPage<T>(path: string, use: (page: Page, problems: PageProblems) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
}

const notStarted = (what: string) =>
	new Error(`${what}: not started yet. Use it inside a test, or in the \`setup\` callback of siteInBrowser(), which runs once the browser and server are up.`);

/**
 * Serves `dir` under `base` for the test file: started by a `before` hook registered here (or on
 * first `start()`), closed by an `after` hook.
 */
export function servedSite(dir = distDir, base = '/'): ServedSite & { start(): Promise<void> } {
	let starting: Promise<RunningServer> | undefined;
	let server: RunningServer | undefined;
	const start = async () => {
		starting ??= serveStatic(dir, base).then((s) => (server = s));
		await starting;
	};
	before(start);
	after(async () => {
		await server?.close();
	});
	return {
		start,
		url(path) {
			if (!server) throw notStarted(`servedSite(${dir})`);
			return new URL(path.replace(/^\//, ''), server.url).href;
		},
	};
}

export interface SiteInBrowserOptions {
	/** The built site to serve (default dist/). */
	dir?: string;
	/** The base path it was built for (default "/"). */
	base?: string;
	/** The file's own setup, run once after the browser and server have started. */
	setup?: (site: SiteInBrowser) => Promise<void>;
}

export function siteInBrowser(options: SiteInBrowserOptions = {}): SiteInBrowser {
	const served = servedSite(options.dir, options.base);
	let launching: Promise<Browser> | undefined;
	let launched: Browser | undefined;
	const start = async () => {
		launching ??= launchBrowser().then((b) => (launched = b));
		await Promise.all([launching, served.start()]);
	};
	const browser = () => {
		if (!launched) throw notStarted('siteInBrowser()');
		return launched;
	};
	const site: SiteInBrowser = {
		get browser() {
			return browser();
		},
		url: (path) => served.url(path),
		async withPage(use, contextOptions = {}) {
			await start();
			const { page, problems } = await openPage(browser(), contextOptions);
			try {
				const result = await use(page, problems);
				// Every page a test opens fails on a Content-Security-Policy violation (tools/browser.ts collects them).
				assert.deepEqual(problems.csp, [], 'Content-Security-Policy violations');
				return result;
			} finally {
				await page.context().close();
			}
		},
		atPage(path, use, contextOptions) {
			return site.withPage(async (page, problems) => {
				await page.goto(site.url(path));
				return use(page, problems);
			}, contextOptions);
		},
	};
	before(async () => {
		await start();
		await options.setup?.(site);
	});
	after(async () => {
		await launched?.close();
	});
	return site;
}

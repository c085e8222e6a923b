/**
 * Real-browser harness: Debian's chromium driven by playwright-core (no downloaded browser).
 * CHROMIUM_PATH overrides the default /usr/bin/chromium.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}

export interface PageProblems {
	/** Console errors and warnings, and uncaught exceptions. */
	console: string[];
	/** Requests that left the local origin. */
	external: string[];
}

/** Opens a page that records console problems and any request that leaves 127.0.0.1. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const problems: PageProblems = { console: [], external: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning') problems.console.push(`${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.console.push(`exception: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) problems.external.push(request.url());
	});
	return { page, problems };
}

/**
 * Real-browser harness: Debian's chromium driven by playwright-core (no downloaded browser).
 * CHROMIUM_PATH overrides the default /usr/bin/chromium.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

declare global {
	interface Window {
		/** Set by openPage (a playwright binding): passes a CSP violation to the test. */
		__reportCspViolation?: (report: string) => Promise<void>;
	}
}

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
	/** Content-Security-Policy violations: `securitypolicyviolation` events and chromium's "Refused to …" console reports. */
	csp: string[];
}

export interface OpenPageChecks {
	/**
	 * A CSP violation fails the test run (default true): it is reported on stderr and sets a failing
	 * exit code, so a test file fails even when its tests never look at `problems`. Only a test that
	 * provokes violations on purpose turns this off.
	 */
	failOnCsp?: boolean;
}

/** Chromium's console wording for a blocked resource or inline code. */
const cspConsole = /Content Security Policy|Refused to (?:load|execute|apply|evaluate|connect|frame|create|compile)/;

/** Opens a page that records console problems, CSP violations and any request that leaves 127.0.0.1. */
export async function openPage(
	browser: Browser,
	options: BrowserContextOptions = {},
	{ failOnCsp = true }: OpenPageChecks = {},
): Promise<{ page: Page; problems: PageProblems }> {
	const context = await browser.newContext(options);
	const problems: PageProblems = { console: [], external: [], csp: [] };
	const violation = (report: string) => {
		problems.csp.push(report);
		if (failOnCsp) {
			console.error(`Content-Security-Policy violation: ${report}`);
			process.exitCode = 1;
		}
	};
	// The event carries what was blocked and where; it is dispatched in every frame and document.
	await context.exposeBinding('__reportCspViolation', (_source, report: string) => violation(report));
	await context.addInitScript(() => {
		const report = window.__reportCspViolation;
		document.addEventListener('securitypolicyviolation', (e) => {
			const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
			void report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where} on ${e.documentURI}${e.sample ? ` (${e.sample})` : ''}`);
		});
	});
	const page = await context.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning') problems.console.push(`${msg.type()}: ${msg.text()}`);
		if (cspConsole.test(msg.text())) violation(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.console.push(`exception: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) problems.external.push(request.url());
	});
	return { page, problems };
}

/**
 * Content-Security-Policy: every page in the sitemap, loaded, scrolled to the end (charts draw) and
 * searched, raises no violation under the policy Astro writes into the page plus the headers of
 * public/_headers (served by the e2e server as a host would). And the check itself can fail: a page
 * with inline code is caught, and fails a test run that does not look for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteInBrowser } from '../support/harness.ts';
import { openPage } from '../../tools/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { openSearch, search } from '../../tools/search.ts';
import { sitemapPaths } from '../../tools/site.ts';

const site = siteInBrowser();
const paths = sitemapPaths();

/** Scrolls down a screen at a time, so every lazy chart nears the viewport and draws. */
async function scrollThrough(page: import('playwright-core').Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
			scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 60));
		}
	});
	await page.waitForFunction(() => [...document.querySelectorAll('chart-figure canvas')].every((c) => c.getAttribute('width') !== null), undefined, {
		timeout: 15_000,
	});
}

for (const path of paths) {
	test(`${path}: no CSP violation on load, scroll and search; the policy is strict`, async () => {
		await site.withPage(
			async (page, problems) => {
				const response = await page.goto(site.url(path));
				assert.equal(response?.status(), 200);
				const headers = response?.headers() ?? {};
				const frameAncestors = path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
				assert.equal(headers['content-security-policy'], frameAncestors, 'the header carries what a <meta> cannot');
				assert.equal(headers['x-content-type-options'], 'nosniff');
				const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
				assert.ok(meta, 'Astro writes the page policy into a <meta>');
				assert.match(meta, /default-src 'self'/);
				assert.match(meta, /script-src 'self'/);
				assert.doesNotMatch(meta, /'unsafe-inline'|'unsafe-eval'/);
				await scrollThrough(page);
				await openSearch(page);
				const results = await search(page, 'H200');
				assert.ok(results.length > 0, 'search answers');
				assert.deepEqual(problems.csp, []);
				assert.deepEqual(problems.console, []);
			},
			{ viewport: { width: 1280, height: 800 } },
		);
	});
}

test('hashed assets are cached for a year, pages for minutes', async () => {
	await site.withPage(async (page) => {
		const assets: { url: string; cache: string | undefined }[] = [];
		page.on('response', (r) => {
			if (new URL(r.url()).pathname.startsWith('/_astro/')) assets.push({ url: r.url(), cache: r.headers()['cache-control'] });
		});
		const response = await page.goto(site.url('/timeline/'));
		assert.match(response?.headers()['cache-control'] ?? '', /^public, max-age=300\b/);
		await page.waitForLoadState('load');
		assert.ok(assets.length > 0);
		for (const a of assets) assert.equal(a.cache, 'public, max-age=31536000, immutable', a.url);
	});
});

/** A page with an inline handler and an inline script, under a policy that allows neither. */
function badSite(): string {
	const dir = mkdtempSync(join(tmpdir(), 'csp-bad-'));
	writeFileSync(join(dir, '_headers'), "/*\n  Content-Security-Policy: script-src 'self'\n");
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bad</title><button onclick="void 0">x</button><script>document.title = "ran";</script>');
	return dir;
}

test('the check can fail: a page with inline code is caught', async () => {
	const server = await serveStatic(badSite());
	const { page, problems } = await openPage(site.browser, {}, { failOnCsp: false });
	try {
		await page.goto(server.url);
		await page.locator('button').click();
		await page.waitForFunction(() => true);
		assert.notEqual(await page.title(), 'ran', 'the inline script was blocked');
		assert.ok(
			problems.csp.some((v) => /script-src/.test(v)),
			`reported: ${problems.csp.join(' | ')}`,
		);
		assert.ok(problems.csp.length >= 2, 'both the inline script and the handler are reported');
	} finally {
		await page.context().close();
		await server.close();
	}
});

test('a violation fails a test run even where the test never looks at the problems', () => {
	const browserModule = fileURLToPath(new URL('../../tools/browser.ts', import.meta.url));
	const serverModule = fileURLToPath(new URL('../../tools/static-server.ts', import.meta.url));
	const script = `
		import { launchBrowser, openPage } from ${JSON.stringify(browserModule)};
		import { serveStatic } from ${JSON.stringify(serverModule)};
		const server = await serveStatic(${JSON.stringify(badSite())});
		const browser = await launchBrowser();
		const { page } = await openPage(browser);
		await page.goto(server.url);
		await page.waitForTimeout(300);
		await browser.close();
		await server.close();`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
	assert.equal(run.status, 1, `exit status; stderr: ${run.stderr}`);
	assert.match(run.stderr, /Content-Security-Policy violation: .*script-src/);
});

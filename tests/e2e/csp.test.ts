/**
 * Content-Security-Policy and host headers. Every sitemap page, loaded, scrolled and searched, is
 * checked for violations in every-page.test.ts (and every page any test opens fails on one, via
 * the harness). Here: the caching policy of public/_headers, the embeds' framing rule, and proof
 * that the check itself can fail: a page with inline code is caught, and fails a test run that
 * does not look for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteInBrowser } from '../support/harness.ts';
import { openPage } from '../../tools/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { distDir } from '../../tools/site.ts';

const site = siteInBrowser();

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

test('embeds may be framed by any site; every other page only by this one', async () => {
	const embed = await fetch(site.url(`/embed/${readdirSync(join(distDir, 'embed'))[0]}/`));
	assert.equal(embed.status, 200);
	assert.equal(embed.headers.get('content-security-policy'), 'frame-ancestors *');
	assert.equal((await fetch(site.url('/h200/'))).headers.get('content-security-policy'), "frame-ancestors 'self'");
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

/**
 * Byte budgets (tests/budgets.json), checked on gzip sizes of the built files — deterministic,
 * unlike timings. Per page: HTML, CSS and JavaScript fetched before the reader scrolls; and the
 * Chart.js chunk. A failure names the page, the measure and the overrun.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { distDir, sitemapPaths } from '../support/site.ts';
import { bytesBeforeScroll, gzipBytes } from '../support/bytes.ts';

interface Budget {
	html: number;
	css: number;
	js: number;
}
const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { chartChunk: number; default: Budget; pages: Record<string, Partial<Budget>> };

let browser: Browser;
let site: RunningServer;
before(async () => {
	browser = await launchBrowser();
	site = await serveStatic(distDir);
});
after(async () => {
	await browser?.close();
	await site?.close();
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the Chart.js chunk stays under its budget', () => {
	const chunks = readdirSync(join(distDir, '_astro')).filter((f) => /^render\.[\w-]+\.js$/.test(f));
	assert.equal(chunks.length, 1, `one chart chunk (found ${chunks.join(', ')})`);
	const size = gzipBytes(join(distDir, '_astro', chunks[0]!));
	assert.ok(size <= budgets.chartChunk, `chart chunk ${kb(size)} gzip > budget ${kb(budgets.chartChunk)}`);
});

test('every page stays within its HTML, CSS and JavaScript budgets before scrolling', async () => {
	const overruns: string[] = [];
	const report: string[] = [];
	for (const path of sitemapPaths()) {
		const bytes = await bytesBeforeScroll(browser, site.url, distDir, path);
		const budget = { ...budgets.default, ...budgets.pages[path] };
		report.push(`${path.padEnd(32)} html ${kb(bytes.html).padStart(8)}  css ${kb(bytes.css).padStart(8)}  js ${kb(bytes.js).padStart(8)}`);
		for (const measure of ['html', 'css', 'js'] as const)
			if (bytes[measure] > budget[measure]) overruns.push(`${path}: ${measure} ${kb(bytes[measure])} > budget ${kb(budget[measure])} (+${kb(bytes[measure] - budget[measure])})`);
	}
	console.log(report.join('\n'));
	assert.deepEqual(overruns, [], 'Raise a budget in tests/budgets.json only with a reason in the commit message.');
});

/**
 * Byte budgets (tests/budgets.json), checked on gzip sizes of the built files — deterministic,
 * unlike timings: per page, the HTML, CSS and JavaScript fetched before the reader scrolls.
 * A failure names the page, the measure and the overrun. (The Chart.js chunk: tests/dist/.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distDir, sitemapPaths } from '../../tools/site.ts';
import { bytesBeforeScroll } from '../../tools/bytes.ts';
import { siteInBrowser } from '../support/harness.ts';
import { budgetOf, kb } from '../support/budgets.ts';

const site = siteInBrowser();

test('every page stays within its HTML, CSS and JavaScript budgets before scrolling', async () => {
	const overruns: string[] = [];
	const report: string[] = [];
	for (const path of sitemapPaths()) {
		const bytes = await bytesBeforeScroll(site.browser, site.url('/'), distDir, path);
		const budget = budgetOf(path);
		report.push(`${path.padEnd(32)} html ${kb(bytes.html).padStart(8)}  css ${kb(bytes.css).padStart(8)}  js ${kb(bytes.js).padStart(8)}`);
		for (const measure of ['html', 'css', 'js'] as const)
			if (bytes[measure] > budget[measure])
				overruns.push(`${path}: ${measure} ${kb(bytes[measure])} > budget ${kb(budget[measure])} (+${kb(bytes[measure] - budget[measure])})`);
	}
	console.log(report.join('\n'));
	assert.deepEqual(overruns, [], 'Raise a budget in tests/budgets.json only with a reason in the commit message.');
});

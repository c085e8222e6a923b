/**
 * The Chart.js chunk (the only code a chart needs, fetched when a chart nears the screen) stays one
 * file, under its gzip budget in tests/budgets.json ("chartChunk"). Page budgets need a browser to
 * know what a page fetches: tests/e2e/every-page.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from '../../tools/bytes.ts';
import { distDir, isChartChunk } from '../../tools/site.ts';
import { budgets, kb } from '../support/budgets.ts';

test('the Chart.js chunk is one file within its budget', () => {
	const chunks = readdirSync(join(distDir, '_astro')).filter(isChartChunk);
	assert.equal(chunks.length, 1, `one chart chunk in ${distDir}/_astro/ (found: ${chunks.join(', ') || 'none'})`);
	const size = gzipBytes(join(distDir, '_astro', chunks[0]!));
	assert.ok(
		size <= budgets.chartChunk,
		`${chunks[0]}: ${kb(size)} gzip > chartChunk budget ${kb(budgets.chartChunk)} in tests/budgets.json; raise it only with a reason in the commit message`,
	);
});

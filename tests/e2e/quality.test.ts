/**
 * Site-wide quality gates over every page in the sitemap, in a browser: zero axe violations (light
 * and dark, 390 and 1280 px), content and chart tables present without JavaScript, and a print
 * rendering (PDF) that keeps the text and drops the navigation. (No third-party requests or console
 * noise while loading and scrolling: every-page.test.ts. Valid HTML needs no browser: tests/dist/.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteInBrowser } from '../support/harness.ts';
import { axeInEveryState, presetTheme, widths } from '../support/axe.ts';
import { scrollThrough } from '../support/scroll.ts';
import { sitemapPaths } from '../../tools/site.ts';

const paths = sitemapPaths();
const site = siteInBrowser();

/**
 * Each page is loaded once, scrolled through so every chart draws, and checked in all four states —
 * light and dark, at 390 and 1280 px — switching theme (as Starlight's picker does) and width
 * without reloading. Two pages at a time: axe is CPU-bound in the browser, and CI has two cores.
 */
describe('axe-core: zero violations', { concurrency: 2 }, () => {
	for (const path of paths) {
		test(`${path}: light and dark, ${widths.join(' and ')} px`, async () => {
			const violations: string[] = [];
			await site.withPage(
				async (page) => {
					await presetTheme(page, 'light');
					await page.goto(site.url(path));
					// Draw every chart, so each canvas and its controls are checked too.
					await scrollThrough(page);
					await page.evaluate(() => window.scrollTo(0, 0));
					violations.push(...(await axeInEveryState(page)));
				},
				{ viewport: { width: 1280, height: 900 } },
			);
			assert.deepEqual(violations, []);
		});
	}
});

test('without JavaScript every page shows its content and every chart its data table', async () => {
	await site.withPage(
		async (page) => {
			for (const path of paths) {
				await page.goto(site.url(path));
				const text = await page.locator('main').innerText();
				assert.ok(text.length > 300, `${path} shows its text (${text.length} characters)`);
				for (const figure of await page.locator('figure.chart-figure').all()) {
					const id = await figure.getAttribute('id');
					assert.ok(await figure.locator('table').isVisible(), `${path}#${id} shows its data table`);
				}
			}
		},
		{ javaScriptEnabled: false },
	);
});

test('print: navigation hidden, link targets and sources written out, text kept in the PDF', async () => {
	const path = paths.find((p) => p.startsWith('/h200/specs')) ?? paths[1]!;
	await site.atPage(path, async (page) => {
		await page.emulateMedia({ media: 'print' });
		assert.equal(await page.locator('nav.sidebar, #starlight__sidebar').first().isVisible(), false, 'sidebar hidden in print');
		assert.equal(await page.locator('header.header').isVisible(), false, 'header hidden in print');
		const citeAfter = await page.evaluate(() => {
			const a = document.querySelector('.sl-markdown-content sup.cite a, .sl-markdown-content .cite-list a');
			return a ? getComputedStyle(a, '::after').content : '';
		});
		assert.match(citeAfter, /“/, 'citations print their full reference');
		const pdf = await page.pdf({ format: 'A4' });
		const dir = mkdtempSync(join(tmpdir(), 'print-'));
		writeFileSync(join(dir, 'page.pdf'), pdf);
		const text = execFileSync('pdftotext', [join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
		const title = (await page.locator('h1').innerText()).trim();
		assert.ok(text.includes(title), `PDF contains the title "${title}"`);
		assert.ok(!text.includes('Skip to content'), 'PDF has no navigation chrome');
		assert.ok(text.length > 1000, 'PDF has the article text');
	});
});

/**
 * Site-wide quality gates over every page in the sitemap: valid HTML, zero axe violations
 * (light and dark, desktop and 390 px), no third-party requests and no console noise while
 * loading and scrolling to the end, content and chart tables present without JavaScript,
 * and a print rendering (PDF) that keeps the text and drops the navigation.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { distDir, htmlFile, sitemapPaths } from '../support/site.ts';
import htmlValidateConfig from '../../.htmlvalidate.mjs';

const paths = sitemapPaths();
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
const url = (path: string) => new URL(path.slice(1), site.url).href;

test('every built page is valid HTML (html-validate, .htmlvalidate.mjs)', async () => {
	const validator = new HtmlValidate(htmlValidateConfig);
	const problems: string[] = [];
	for (const file of [...paths.map((p) => htmlFile(p)), join(distDir, '404.html')]) {
		const report = await validator.validateFile(file);
		for (const result of report.results)
			for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	assert.deepEqual(problems, []);
});

// The four theme × width runs go two at a time: axe is CPU-bound in the browser, and CI has two cores.
describe('axe-core: zero violations', { concurrency: 2 }, () => {
	const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
	for (const theme of ['light', 'dark'] as const) {
		for (const width of [1280, 390]) {
			test(`every page, ${theme} theme, ${width} px`, async () => {
				const { page } = await openPage(browser, { viewport: { width, height: 900 }, colorScheme: theme });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				const violations: string[] = [];
				for (const path of paths) {
					await page.goto(url(path));
					// Render every chart so the canvas and its controls are checked too.
					await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
					await page.waitForTimeout(150);
					await page.evaluate(() => window.scrollTo(0, 0));
					const results = await new AxeBuilder({ page }).withTags(tags).analyze();
					for (const v of results.violations) violations.push(`${path} ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
				}
				assert.deepEqual(violations, []);
				await page.context().close();
			});
		}
	}
});

test('no request leaves the site and nothing is logged to the console, loading and scrolling every page', async () => {
	const problems: string[] = [];
	for (const path of [...paths, '/no-such-page/']) {
		const { page, problems: seen } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		await page.goto(url(path));
		for (let i = 0; i < 40; i++) {
			const atEnd = await page.evaluate(() => {
				window.scrollBy(0, innerHeight);
				return innerHeight + scrollY >= document.body.scrollHeight - 2;
			});
			await page.waitForTimeout(60);
			if (atEnd) break;
		}
		await page.waitForLoadState('networkidle');
		for (const c of seen.console) if (!(path === '/no-such-page/' && /404/.test(c))) problems.push(`${path} console ${c}`);
		for (const e of seen.external) problems.push(`${path} requested ${e}`);
		await page.context().close();
	}
	assert.deepEqual(problems, []);
});

test('without JavaScript every page shows its content and every chart its data table', async () => {
	const { page } = await openPage(browser, { javaScriptEnabled: false });
	for (const path of paths) {
		await page.goto(url(path));
		const text = await page.locator('main').innerText();
		assert.ok(text.length > 300, `${path} shows its text (${text.length} characters)`);
		for (const figure of await page.locator('figure.chart-figure').all()) {
			const id = await figure.getAttribute('id');
			assert.ok(await figure.locator('table').isVisible(), `${path}#${id} shows its data table`);
		}
	}
	await page.context().close();
});

test('print: navigation hidden, link targets and sources written out, text kept in the PDF', async () => {
	const path = paths.find((p) => p.startsWith('/h200/specs')) ?? paths[1]!;
	const { page } = await openPage(browser);
	await page.goto(url(path));
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
	await page.context().close();
});

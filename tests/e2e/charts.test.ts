/**
 * Charts in a real browser: lazy loading, painting, the table toggle by keyboard, live theme
 * switching, copy-link, downloads that match the records, the no-JavaScript table, no layout
 * shift, and no axe violations inside the figure in either theme.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { builtPages } from '../support/dist-html.ts';
import { distDir } from '../support/site.ts';

/** Chart id → the content page that shows it (each chart's own page, /charts/<id>/, is tested in chart-pages.test.ts). */
const chartPages = new Map<string, string>();
for (const page of builtPages(distDir))
	if (!page.path.startsWith('/charts/')) for (const figure of page.root.querySelectorAll('figure.chart-figure')) chartPages.set(figure.id, page.path);
const charts = [...chartPages.keys()];
const chartTypes = new Set(charts.map((id) => (JSON.parse(readFileSync(`content/data/charts/${id}.json`, 'utf8')) as { data: { kind: string } }).data.kind));

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

async function chartOnScreen(page: Page, id: string) {
	await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
	await page.waitForSelector(`chart-figure:has([id="${id}"])[data-rendered]`, { timeout: 10_000 });
	await page.waitForTimeout(600); // animation
}

/** Non-background pixels in the canvas: 0 means nothing was drawn. */
function paintedPixels(page: Page, id: string) {
	return page.evaluate((chartId) => {
		const canvas = document.getElementById(chartId)!.querySelector('canvas')!;
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
		return painted;
	}, id);
}

function canvasFingerprint(page: Page, id: string) {
	return page.evaluate((chartId) => document.getElementById(chartId)!.querySelector('canvas')!.toDataURL().slice(-200), id);
}

test('at least three charts of different types are on real pages', () => {
	assert.ok(charts.length >= 3, `found ${charts.length} charts`);
	assert.ok(chartTypes.size >= 3, `chart kinds: ${[...chartTypes].join(', ')}`);
});

describe('every chart', () => {
	for (const id of charts) {
		test(`${id}: paints when scrolled to, with no console errors`, async () => {
			const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
			await page.goto(url(chartPages.get(id)!));
			await chartOnScreen(page, id);
			assert.ok((await paintedPixels(page, id)) > 2000, 'canvas has drawn content');
			const label = await page.locator(`[id="${id}"] canvas`).getAttribute('aria-label');
			assert.ok(label && label.length > 40 && (await page.locator(`[id="${id}"] canvas`).getAttribute('role')) === 'img', 'canvas is an image with a text alternative');
			assert.deepEqual(problems.console, []);
			await page.context().close();
		});
	}
});

test('Chart.js is not downloaded before a chart nears the viewport; pages without charts never load it', async () => {
	const chartPagePaths = new Set([...chartPages.values(), ...charts.map((id) => `/charts/${id}/`)]);
	for (const { path } of builtPages(distDir).filter((p) => p.path.endsWith('/') && !p.path.startsWith('/data/'))) {
		const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(url(path));
		await page.waitForLoadState('networkidle');
		const nearFold = await page.evaluate(() => [...document.querySelectorAll('chart-figure')].some((f) => f.getBoundingClientRect().top < innerHeight + 200));
		const loadedChartCode = () => scripts.some((s) => /\/render\.[\w-]+\.js$/.test(s));
		if (!chartPagePaths.has(path)) assert.equal(await page.locator('chart-figure').count(), 0);
		if (!nearFold) assert.equal(loadedChartCode(), false, `${path} loaded chart code before any chart was near the viewport`);
		if (chartPagePaths.has(path)) {
			await page.locator('chart-figure').first().scrollIntoViewIfNeeded();
			await page.waitForSelector('chart-figure[data-rendered]');
			assert.ok(loadedChartCode(), `${path} loads chart code once a chart is near`);
		} else {
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.waitForTimeout(400);
			assert.equal(loadedChartCode(), false, `${path} has no charts but loaded chart code`);
		}
		await page.context().close();
	}
});

describe('one chart, in detail', () => {
	const id = charts[0]!;
	const path = chartPages.get(id)!;

	test('the Chart/Table toggle works by keyboard', async () => {
		const { page } = await openPage(browser);
		await page.goto(url(path));
		await chartOnScreen(page, id);
		const tableButton = page.locator(`chart-figure:has([id="${id}"]) button[data-view="table"]`);
		await tableButton.focus();
		await page.keyboard.press('Space');
		assert.equal(await tableButton.getAttribute('aria-pressed'), 'true');
		assert.ok(await page.locator(`[id="${id}"] table`).isVisible(), 'table shown');
		assert.equal(await page.locator(`[id="${id}"] canvas`).isVisible(), false, 'canvas hidden');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		assert.ok(await page.locator(`[id="${id}"] canvas`).isVisible(), 'back to the chart');
		await page.context().close();
	});

	test('switching the site theme re-colours the chart without a reload', async () => {
		const { page } = await openPage(browser);
		await page.goto(url(path));
		await chartOnScreen(page, id);
		const before = await canvasFingerprint(page, id);
		const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
		await page.locator('starlight-theme-select select').first().selectOption(theme === 'dark' ? 'light' : 'dark');
		await page.waitForFunction((t) => document.documentElement.dataset['theme'] !== t, theme);
		await page.waitForTimeout(200);
		assert.notEqual(await canvasFingerprint(page, id), before, 'canvas redrawn in the other palette');
		await page.context().close();
	});

	test('copy link puts page#chart-id on the clipboard and confirms it', async () => {
		const { page } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(url(path));
		await page.locator(`chart-figure:has([id="${id}"]) [data-copy-link]`).click();
		await page.waitForFunction((chartId) => document.getElementById(chartId)!.querySelector('[data-status]')!.textContent!.length > 0, id);
		assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url(path)}#${id}`);
		await page.context().close();
	});

	test('arriving at page#chart-id scrolls to the chart and highlights it', async () => {
		const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		await page.goto(`${url(path)}#${id}`);
		await page.waitForTimeout(300);
		const { top, animation } = await page.evaluate((chartId) => {
			const el = document.getElementById(chartId)!;
			return { top: el.getBoundingClientRect().top, animation: getComputedStyle(el).animationName };
		}, id);
		assert.ok(top > 0 && top < 200, `chart top at ${top}px`);
		assert.equal(animation, 'target-flash');
		await page.context().close();
	});

	test('without JavaScript the figure is a caption and a data table', async () => {
		const { page } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(url(path));
		for (const chartId of charts.filter((c) => chartPages.get(c) === path)) {
			assert.ok(await page.locator(`[id="${chartId}"] table`).isVisible(), `${chartId} table visible`);
			assert.equal(await page.locator(`[id="${chartId}"] canvas`).isVisible(), false);
			assert.ok((await page.locator(`[id="${chartId}"] tbody tr`).count()) > 0);
		}
		await page.context().close();
	});

	test('charts reserve their space: no layout shift while scrolling through the page', async () => {
		const { page } = await openPage(browser, { viewport: { width: 390, height: 800 } });
		await page.goto(url(path));
		await page.evaluate(() => {
			(window as unknown as { shift: number }).shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
					if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (let y = 0; y < 20_000; y += 500) {
			await page.mouse.wheel(0, 500);
			await page.waitForTimeout(60);
		}
		await page.waitForTimeout(800);
		assert.equal(await page.evaluate(() => (window as unknown as { shift: number }).shift), 0);
		await page.context().close();
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`no axe violations in the figure (${theme} theme)`, async () => {
			const { page } = await openPage(browser, { colorScheme: theme });
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(url(path));
			await chartOnScreen(page, id);
			const results = await new AxeBuilder({ page }).include(`[id="${id}"]`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
			await page.context().close();
		});
	}
});

describe('downloads match the records', () => {
	for (const id of charts) {
		test(`${id}.csv and ${id}.json`, async () => {
			const csv = await (await fetch(url(`/data/${id}.csv`))).text();
			const json = (await (await fetch(url(`/data/${id}.json`))).json()) as { rows: { item_id: string; measure: string; value: number; source_ids: string }[]; sources: { id: string; url: string }[] };
			const lines = csv.trim().split('\r\n');
			assert.equal(lines[0], 'chart,item,item_id,measure,value,unit,basis,note,source_ids,source_urls');
			assert.equal(lines.length - 1, json.rows.length, 'CSV and JSON have the same rows');
			assert.ok(json.rows.length > 0);
			for (const row of json.rows) {
				for (const s of row.source_ids.split(' ')) assert.ok(json.sources.some((src) => src.id === s && src.url), `source ${s} listed with its URL`);
				// Values read straight from records must equal them.
				const chipFile = `content/data/chips/${row.item_id}.json`;
				const spec = JSON.parse(readFileSync(`content/data/charts/${id}.json`, 'utf8')) as { data: { kind: string; fields?: string[] } };
				if (spec.data.kind === 'chip-bars') {
					const chip = JSON.parse(readFileSync(chipFile, 'utf8')) as Record<string, unknown>;
					const values = (spec.data.fields ?? []).map((f) => f.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], chip) as { value: number } | undefined);
					assert.ok(values.some((v) => v?.value === row.value), `${row.item_id} ${row.measure} = ${row.value} is in its record`);
				}
			}
		});
	}
});

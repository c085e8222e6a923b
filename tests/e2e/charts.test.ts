/**
 * Charts in a real browser: painting, the table toggle by keyboard, live theme switching,
 * copy-link, downloads that match the records, the no-JavaScript table, no layout shift, and no
 * axe violations inside the figure in either theme. (Chart.js loading only when a chart nears the
 * viewport, on every page: every-page.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import { siteInBrowser } from '../support/harness.ts';
import { axeViolations, presetTheme, setTheme, themes } from '../support/axe.ts';
import { dataset } from '../support/dataset.ts';
import { chipFieldFigure } from '../../src/lib/data/chip-fields.ts';

/** Chart id → the content page that shows it (each chart's own page, /charts/<id>/, is tested in chart-pages.test.ts). */
const chartPages = new Map<string, string>();
for (const page of builtPages(distDir))
	if (!page.path.startsWith('/charts/')) for (const figure of page.root.querySelectorAll('figure.chart-figure')) chartPages.set(figure.id, page.path);
const charts = [...chartPages.keys()];
const chartTypes = new Set(charts.map((id) => dataset.charts.get(id)?.data.kind));

const site = siteInBrowser();
const url = (path: string) => site.url(path);

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
			await site.withPage(
				async (page, problems) => {
					await page.goto(url(chartPages.get(id)!));
					await chartOnScreen(page, id);
					assert.ok((await paintedPixels(page, id)) > 2000, 'canvas has drawn content');
					const label = await page.locator(`[id="${id}"] canvas`).getAttribute('aria-label');
					assert.ok(
						label && label.length > 40 && (await page.locator(`[id="${id}"] canvas`).getAttribute('role')) === 'img',
						'canvas is an image with a text alternative',
					);
					assert.deepEqual(problems.console, []);
				},
				{ viewport: { width: 1280, height: 900 } },
			);
		});
	}
});

describe('one chart, in detail', () => {
	const id = charts[0]!;
	const path = chartPages.get(id)!;

	test('the Chart/Table toggle works by keyboard', async () => {
		await site.withPage(async (page) => {
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
		});
	});

	test('switching the site theme re-colours the chart without a reload', async () => {
		await site.withPage(async (page) => {
			await page.goto(url(path));
			await chartOnScreen(page, id);
			const before = await canvasFingerprint(page, id);
			const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
			await page
				.locator('starlight-theme-select select')
				.first()
				.selectOption(theme === 'dark' ? 'light' : 'dark');
			await page.waitForFunction((t) => document.documentElement.dataset['theme'] !== t, theme);
			await page.waitForTimeout(200);
			assert.notEqual(await canvasFingerprint(page, id), before, 'canvas redrawn in the other palette');
		});
	});

	test('copy link puts page#chart-id on the clipboard and confirms it', async () => {
		await site.withPage(
			async (page) => {
				await page.goto(url(path));
				await page.locator(`chart-figure:has([id="${id}"]) [data-copy-link="#${id}"]`).click();
				await page.waitForFunction((chartId) => document.getElementById(chartId)!.querySelector('[data-status]')!.textContent.length > 0, id);
				assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url(path)}#${id}`);
			},
			{ permissions: ['clipboard-read', 'clipboard-write'] },
		);
	});

	test('arriving at page#chart-id scrolls to the chart and highlights it', async () => {
		await site.withPage(
			async (page) => {
				await page.goto(`${url(path)}#${id}`);
				await page.waitForTimeout(300);
				const { top, animation } = await page.evaluate((chartId) => {
					const el = document.getElementById(chartId)!;
					return { top: el.getBoundingClientRect().top, animation: getComputedStyle(el).animationName };
				}, id);
				assert.ok(top > 0 && top < 200, `chart top at ${top}px`);
				assert.equal(animation, 'target-flash');
			},
			{ viewport: { width: 1280, height: 800 } },
		);
	});

	test('without JavaScript the figure is a caption and a data table', async () => {
		await site.withPage(
			async (page) => {
				await page.goto(url(path));
				for (const chartId of charts.filter((c) => chartPages.get(c) === path)) {
					assert.ok(await page.locator(`[id="${chartId}"] table`).isVisible(), `${chartId} table visible`);
					assert.equal(await page.locator(`[id="${chartId}"] canvas`).isVisible(), false);
					assert.ok((await page.locator(`[id="${chartId}"] tbody tr`).count()) > 0);
				}
			},
			{ javaScriptEnabled: false },
		);
	});

	test('charts reserve their space: no layout shift while scrolling through the page', async () => {
		await site.withPage(
			async (page) => {
				await page.goto(url(path));
				// Each shift is kept with its time and the elements that moved, so a failure names its cause.
				await page.evaluate(() => {
					const shifts: string[] = [];
					Object.assign(window, { shifts });
					const describe = (node: Node | null | undefined) =>
						node instanceof Element
							? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
							: String(node?.nodeName);
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) {
							const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
							if (shift.hadRecentInput) continue;
							shifts.push(
								`${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms: ${(shift.sources ?? []).map((source) => describe(source.node)).join(', ')}`,
							);
						}
					}).observe({ type: 'layout-shift', buffered: true });
				});
				for (let y = 0; y < 20_000; y += 500) {
					await page.mouse.wheel(0, 500);
					await page.waitForTimeout(60);
				}
				await page.waitForTimeout(800);
				const shifts = await page.evaluate(() => (window as Window & { shifts?: string[] }).shifts ?? ['the observer never ran']);
				assert.deepEqual(shifts, [], 'layout shifts while scrolling (value, time, elements that moved)');
			},
			{ viewport: { width: 390, height: 800 } },
		);
	});

	test('no axe violations in the figure, light and dark theme', async () => {
		await site.withPage(async (page) => {
			await presetTheme(page, 'light');
			await page.goto(url(path));
			await chartOnScreen(page, id);
			const violations: string[] = [];
			for (const theme of themes) {
				await setTheme(page, theme);
				for (const v of await axeViolations(page, [`[id="${id}"]`])) violations.push(`${theme} ${v}`);
			}
			assert.deepEqual(violations, []);
		});
	});
});

describe('downloads match the records', () => {
	for (const id of charts) {
		test(`${id}.csv and ${id}.json`, async () => {
			const csv = await (await fetch(url(`/data/${id}.csv`))).text();
			const json = (await (await fetch(url(`/data/${id}.json`))).json()) as {
				rows: { item_id: string; measure: string; value: number; source_ids: string }[];
				sources: { id: string; url: string }[];
			};
			const lines = csv.trim().split('\r\n');
			assert.equal(lines[0], 'chart,item,item_id,measure,value,unit,basis,note,source_ids,source_urls');
			assert.equal(lines.length - 1, json.rows.length, 'CSV and JSON have the same rows');
			assert.ok(json.rows.length > 0);
			for (const row of json.rows) {
				for (const s of row.source_ids.split(' '))
					assert.ok(
						json.sources.some((src) => src.id === s && src.url),
						`source ${s} listed with its URL`,
					);
				// Values read straight from records must equal them.
				const spec = dataset.charts.get(id)?.data;
				if (spec?.kind === 'chip-bars') {
					const chip = dataset.chips.get(row.item_id);
					assert.ok(chip, `${row.item_id} is a chip record`);
					const values = spec.fields.map((f) => chipFieldFigure(chip, f));
					assert.ok(
						values.some((v) => v?.value === row.value),
						`${row.item_id} ${row.measure} = ${row.value} is in its record`,
					);
				}
			}
		});
	}
});

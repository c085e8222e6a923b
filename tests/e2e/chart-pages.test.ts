/**
 * Chart pages, the charts index, chart images and embeds, against the built site: every chart has
 * a page listed on /charts/ with a thumbnail; each page's link-preview image is a real 1200×630 PNG;
 * "Download PNG" gives a 2× image in chromium; "Copy image" puts a PNG on the clipboard; embeds work
 * with and without JavaScript, load nothing from elsewhere and stay out of the sitemap and search;
 * no axe violations on the new pages in either theme at phone and desktop widths.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'node-html-parser';
import { siteInBrowser } from '../support/harness.ts';
import { axeInEveryState } from '../support/axe.ts';
import { distDir, htmlFile, sitemapPaths } from '../../tools/site.ts';
import { openSearch, search } from '../../tools/search.ts';

const charts = readdirSync('content/data/charts')
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -'.json'.length))
	.sort();
const site = siteInBrowser();
// <pre> parsed as markup (node-html-parser keeps it as raw text by default), for the embed code.
const html = (path: string) => parse(readFileSync(htmlFile(path), 'utf8'), { blockTextElements: { script: true, style: true } });

/** Pixels that differ from the image's first pixel (its background): 0 means a blank image. */
async function paintedPixels(png: Buffer): Promise<{ width: number; height: number; painted: number }> {
	const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
	let painted = 0;
	for (let i = 0; i < data.length; i += info.channels) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) painted++;
	return { width: info.width, height: info.height, painted };
}

test('there are charts, and every one has its page', () => {
	assert.ok(charts.length >= 3);
	for (const id of charts) assert.ok(existsSync(htmlFile(`/charts/${id}/`)), `/charts/${id}/ is built`);
});

test('/charts/ lists every chart with a lazy thumbnail that has its size and a text alternative', async () => {
	const index = html('/charts/');
	for (const id of charts) {
		const link = index.querySelector(`.chart-index a[href$="/charts/${id}/"]`);
		assert.ok(link, `/charts/ links to ${id}`);
		const img = link.querySelector('img')!;
		assert.equal(img.getAttribute('loading'), 'lazy');
		assert.ok(Number(img.getAttribute('width')) > 0 && Number(img.getAttribute('height')) > 0, `${id} thumbnail has width and height`);
		assert.ok((img.getAttribute('alt') ?? '').length > 30, `${id} thumbnail has a meaningful alt`);
		const file = join(distDir, new URL(img.getAttribute('src')!, 'http://x').pathname);
		const { width, height, painted } = await paintedPixels(readFileSync(file));
		assert.deepEqual([width, height], [Number(img.getAttribute('width')), Number(img.getAttribute('height'))], `${id} thumbnail's size matches its attributes`);
		assert.ok(painted > width * height * 0.02, `${id} thumbnail is not blank`);
	}
	assert.ok(sitemapPaths().includes('/charts/'), '/charts/ is in the sitemap');
	assert.ok(
		parse(readFileSync(htmlFile('/'), 'utf8')).querySelector('nav[aria-label="Main"] a[href$="/charts/"], .sidebar-content a[href$="/charts/"]'),
		'the sidebar links to /charts/',
	);
});

describe('each chart page', () => {
	for (const id of charts) {
		test(`${id}: its own 1200×630 link preview, the figure, and a link to where it is discussed`, async () => {
			const page = html(`/charts/${id}/`);
			const og = page.querySelector('meta[property="og:image"]')?.getAttribute('content');
			assert.ok(og, 'og:image set');
			assert.equal(page.querySelectorAll('meta[property="og:image"]').length, 1, 'exactly one og:image');
			assert.equal(page.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), og);
			assert.equal(page.querySelector('meta[property="og:image:width"]')?.getAttribute('content'), '1200');
			assert.equal(page.querySelector('meta[property="og:image:height"]')?.getAttribute('content'), '630');
			assert.ok((page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '').length > 30);
			assert.match(og, /^https?:\/\//, 'og:image is absolute');
			const { width, height, painted } = await paintedPixels(readFileSync(join(distDir, new URL(og).pathname)));
			assert.deepEqual([width, height], [1200, 630]);
			assert.ok(painted > 1200 * 630 * 0.03, `preview is not blank (${painted} painted pixels)`);

			assert.ok(page.querySelector(`figure.chart-figure[id="${id}"] table`), 'the figure with its data table');
			assert.equal(page.querySelector('[data-pagefind-body]'), null, 'left out of search: the section that discusses the chart is the result');
			const discussed = page.querySelector('.chart-page-context a')!.getAttribute('href')!;
			const [path, fragment] = discussed.split('#');
			const target = html(path!);
			assert.ok(target.querySelector(`figure[id="${id}"]`), `${path} shows the chart`);
			if (fragment) assert.ok(target.getElementById(fragment), `${discussed} resolves`);
			assert.match(
				page.querySelector('.chart-embed-code code')?.text ?? '',
				new RegExp(`<iframe src="https?://[^"]+/embed/${id}/" title="Chart: [^"]+" width="100%" height="\\d+"`),
			);
		});
	}
});

describe('Download PNG in chromium: a ≥2× image of the chart, for every chart', () => {
	for (const id of charts) {
		test(id, async () => {
			await site.withPage(
				async (page) => {
					await page.goto(site.url(`/charts/${id}/`));
					const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[id="${id}"] a[data-png]`).click()]);
					assert.equal(download.suggestedFilename(), `${id}.png`);
					const file = await download.path();
					const { width, height, painted } = await paintedPixels(readFileSync(file));
					assert.ok(width >= 2400, `${width} px wide`);
					assert.ok(height >= 800, `${height} px high`);
					assert.ok(painted > width * height * 0.03, 'not blank');
				},
				{ acceptDownloads: true },
			);
		});
	}
});

test('Copy image puts the chart PNG on the clipboard and says so', async () => {
	await site.withPage(
		async (page) => {
			const id = charts[0]!;
			await page.goto(site.url(`/charts/${id}/`));
			const button = page.locator(`[id="${id}"] [data-copy-image]`);
			await button.waitFor({ state: 'visible' });
			await button.click();
			await page.waitForFunction((chartId) => /copied/i.test(document.getElementById(chartId)!.querySelector('[data-status]')!.textContent ?? ''), id);
			const copied = await page.evaluate(async () => {
				const [item] = await navigator.clipboard.read();
				const blob = await item!.getType('image/png');
				return [...new Uint8Array(await blob.arrayBuffer())];
			});
			const { width } = await paintedPixels(Buffer.from(copied));
			assert.ok(width >= 2400, 'the copied image is the download PNG');
		},
		{ permissions: ['clipboard-read', 'clipboard-write'] },
	);
});

test('a chart on a content page offers both the in-page link and the chart page link', async () => {
	await site.withPage(
		async (page) => {
			await page.goto(site.url('/h200/specs/'));
			const figure = page.locator('chart-figure').first();
			const id = (await figure.locator('figure').getAttribute('id')) ?? '';
			const buttons = figure.locator('[data-copy-link]');
			assert.equal(await buttons.count(), 2);
			await buttons.nth(1).click();
			await page.waitForFunction((chartId) => document.getElementById(chartId)!.querySelector('[data-status]')!.textContent.length > 0, id);
			assert.equal(await page.evaluate(() => navigator.clipboard.readText()), site.url(`/charts/${id}/`));
		},
		{ permissions: ['clipboard-read', 'clipboard-write'] },
	);
});

describe('embeds', () => {
	const id = charts[0]!;
	for (const javaScriptEnabled of [true, false]) {
		test(`/embed/${id}/ renders ${javaScriptEnabled ? 'with' : 'without'} JavaScript and loads nothing from another origin`, async () => {
			await site.withPage(
				async (page, problems) => {
					await page.goto(site.url(`/embed/${id}/`));
					const img = page.locator('main img');
					await img.waitFor();
					assert.ok(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth === 1200), 'the chart image loaded');
					const box = await img.boundingBox();
					assert.ok(box && box.width > 350 && box.width <= 390, `the image fits the frame (${box?.width} px)`);
					assert.match((await page.locator('main').textContent()) ?? '', /Sources: .+Figures as of/s);
					assert.ok(await page.locator(`a[href$="/charts/${id}/"]`).count());
					assert.equal(await page.locator('base').getAttribute('target'), '_top');
					assert.deepEqual(problems.external, []);
					assert.deepEqual(problems.console, []);
				},
				{ javaScriptEnabled, viewport: { width: 390, height: 600 } },
			);
		});
	}

	test('embeds are noindex, outside the sitemap and the search index; a chart title finds the section that discusses it', async () => {
		for (const chart of charts) {
			const page = html(`/embed/${chart}/`);
			assert.equal(page.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
			assert.equal(page.querySelector('[data-pagefind-body]'), null);
		}
		assert.equal(sitemapPaths().filter((p) => p.startsWith('/embed/')).length, 0);
		const title = JSON.parse(readFileSync(`content/data/charts/${id}.json`, 'utf8')) as { title: string };
		await site.withPage(async (page) => {
			await page.goto(site.url('/'));
			await openSearch(page);
			const results = await search(page, title.title);
			const discussedIn = html(`/charts/${id}/`).querySelector('.chart-page-context a')!.getAttribute('href')!.split('#')[0]!;
			assert.ok(
				results.some((r) => r.url === discussedIn),
				`the page that discusses the chart (${discussedIn}) is a result for "${title.title}": ${results.map((r) => r.url).join(', ')}`,
			);
			assert.ok(!results.some((r) => r.url.includes('/embed/') || /\/charts\/[^/]+\/$/.test(r.url)), 'no embed or chart page in the results');
		});
	});
});

// The charts index and the chart pages are in the sitemap, so quality.test.ts checks them; embeds are not.
test('axe: no violations on an embed, light and dark, 390 and 1280 px', () =>
	site.atPage(`/embed/${charts[0]}/`, async (page) => {
		assert.deepEqual(await axeInEveryState(page), []);
	}));

/**
 * Sharing and citing, as a chat app, a reference manager and a reader meet them:
 * - every sitemap page names a preview image (og:image with size and alt, a large-image Twitter
 *   card) that exists in the build, decodes as a 1200×630 PNG and is not blank; citation_* meta
 *   give its title, date and canonical URL — in the root build and the sub-path build;
 * - "Cite this page" holds the right citations as plain text without JavaScript (a gap left for
 *   the accessed day), fills in the reader's own day when opened, copies each format by keyboard
 *   and announces it, loads its script only when opened, and is axe-clean open, light and dark.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { HTMLElement } from 'node-html-parser';
import { siteInBrowser } from '../support/harness.ts';
import { axeInEveryState } from '../support/axe.ts';
import { openPage } from '../../tools/browser.ts';
import { serveStatic, type RunningServer } from '../../tools/static-server.ts';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir, sitemapPaths, subpathBase, subpathDistDir } from '../../tools/site.ts';
import { accessedGap, citations, type Citations } from '../../src/lib/site/cite.ts';
import { formatIsoDate } from '../../src/lib/format.ts';
import { siteTitle } from '../../src/lib/site/identity.ts';

const site = siteInBrowser();

const metaOf = (root: HTMLElement, key: 'name' | 'property', name: string) => root.querySelector(`meta[${key}="${name}"]`)?.getAttribute('content');

/** The newest date of the What-changed log: the changes page is as of it. */
const newestUpdate = readdirSync('content/data/updates')
	.filter((f) => f.endsWith('.json'))
	.map((f) => (JSON.parse(readFileSync(join('content/data/updates', f), 'utf8')) as { date: string }).date)
	.sort()
	.at(-1)!;

/** The index of charts is a list of links to the chart pages, which are the citable works: it has no citation of its own. */
const navigationPages = new Set(['/charts/']);
const isChartPage = (path: string) => /^\/charts\/[^/]+\/$/.test(path);
/** A chart is dated by its figures ("Figures as of …" under the chart, and in its image), a page by its "Facts as of" line. */
const chartAsOf = (root: HTMLElement) => root.querySelector('figure.chart-figure .chart-meta > time')?.getAttribute('datetime');

/**
 * What a page's citations must be, read from what the page shows: its h1, its dates and its
 * canonical URL. A chart page is cited as a chart, dated by its data.
 */
function expectedCitations(root: HTMLElement, base: string, accessed?: string): { cited: Citations; canonical: string } {
	const canonical = root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
	const { origin, pathname } = new URL(canonical);
	const title = root.querySelector('h1')!.text.trim();
	const path = `/${pathname.slice(base.length)}`;
	if (isChartPage(path))
		return { cited: citations({ title, path, asOf: chartAsOf(root)!, kind: 'chart' }, { name: siteTitle, origin, base }, accessed), canonical };
	const asOf = root.querySelector('.page-as-of time')?.getAttribute('datetime') ?? newestUpdate;
	const updated = root.querySelector('.page-updated time')?.getAttribute('datetime') ?? newestUpdate;
	return { cited: citations({ title, path, asOf, updated, kind: 'page' }, { name: siteTitle, origin, base }, accessed), canonical };
}

async function checkPreviews(dir: string, base: string) {
	const problems: string[] = [];
	const images = new Map<string, string>();
	const pages = new Map(builtPages(dir).map((p) => [p.path, p]));
	for (const path of sitemapPaths(dir).map((p) => `/${p.slice(base.length)}`)) {
		const page = pages.get(path);
		if (!page) {
			problems.push(`${path}: in the sitemap but not built`);
			continue;
		}
		const { root } = page;
		const image = metaOf(root, 'property', 'og:image');
		const where = `${path}`;
		if (!image) {
			problems.push(`${where}: no og:image`);
			continue;
		}
		const url = new URL(image);
		if (!url.pathname.startsWith(base)) problems.push(`${where}: og:image ${image} is not under ${base}`);
		if (metaOf(root, 'property', 'og:image:width') !== '1200' || metaOf(root, 'property', 'og:image:height') !== '630')
			problems.push(`${where}: og:image:width/height are not 1200×630`);
		const alt = metaOf(root, 'property', 'og:image:alt') ?? '';
		if (alt.length < 10) problems.push(`${where}: og:image:alt is missing or empty`);
		if (metaOf(root, 'name', 'twitter:card') !== 'summary_large_image') problems.push(`${where}: twitter:card is not summary_large_image`);
		if (metaOf(root, 'name', 'twitter:image') !== image) problems.push(`${where}: twitter:image differs from og:image`);
		const file = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
		if (!existsSync(file)) {
			problems.push(`${where}: og:image ${image} has no file ${file}`);
			continue;
		}
		const other = images.get(image);
		if (other && url.pathname.includes('/og/')) problems.push(`${where}: shares its preview with ${other}`);
		images.set(image, path);
		const { format, width, height } = await sharp(file).metadata();
		if (format !== 'png' || width !== 1200 || height !== 630) problems.push(`${where}: ${file} is ${format} ${width}×${height}, not a 1200×630 PNG`);
		const { channels } = await sharp(file).stats();
		if (Math.max(...channels.map((c) => c.stdev)) < 20) problems.push(`${where}: ${file} is (nearly) blank`);
		if (navigationPages.has(path)) continue;
		// The alt text says what the image says: the page's title, and its "as of" day when it has one.
		const title = root.querySelector('h1')?.text.trim() ?? '';
		if (!alt.includes(title)) problems.push(`${where}: og:image:alt does not name the title "${title}"`);
		const asOf = isChartPage(path) ? chartAsOf(root) : root.querySelector('.page-as-of time')?.getAttribute('datetime');
		if (asOf && !alt.includes(formatIsoDate(asOf, 'long'))) problems.push(`${where}: og:image:alt does not give the "as of" day ${asOf}`);
		// Reference managers: title, date and the canonical URL.
		const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
		if (metaOf(root, 'name', 'citation_title') !== title) problems.push(`${where}: citation_title is not the title`);
		if (metaOf(root, 'name', 'citation_public_url') !== canonical) problems.push(`${where}: citation_public_url is not the canonical URL`);
		if (!/^\d{4}\/\d{2}\/\d{2}$/.test(metaOf(root, 'name', 'citation_publication_date') ?? ''))
			problems.push(`${where}: citation_publication_date is not YYYY/MM/DD`);
		if (metaOf(root, 'name', 'citation_publisher') !== siteTitle) problems.push(`${where}: citation_publisher is not ${siteTitle}`);
	}
	return problems;
}

describe('link previews and citation metadata', () => {
	test('every sitemap page names a 1200×630 preview PNG that exists and is not blank', async () => {
		assert.deepEqual(await checkPreviews(distDir, '/'), []);
	});
	test(`the same under the sub-path build (${subpathBase})`, async () => {
		assert.deepEqual(await checkPreviews(subpathDistDir, subpathBase), []);
	});
});

describe('"Cite this page" without JavaScript', () => {
	for (const [dir, base] of [
		[distDir, '/'],
		[subpathDistDir, subpathBase],
	] as const) {
		test(`every content page carries its citations as text, accessed left for the reader (${base})`, () => {
			const problems: string[] = [];
			const pages = new Map(builtPages(dir).map((p) => [p.path, p]));
			for (const path of sitemapPaths(dir).map((p) => `/${p.slice(base.length)}`)) {
				if (navigationPages.has(path)) continue;
				const root = pages.get(path)!.root;
				const box = root.querySelector('details.cite-this');
				if (!box) {
					problems.push(`${path}: no "Cite this" disclosure`);
					continue;
				}
				const { cited, canonical } = expectedCitations(root, base);
				for (const format of ['short', 'full', 'bibtex'] as const) {
					const text = box.querySelector(`[data-cite-text="${format}"]`)?.text;
					if (text !== cited[format]) problems.push(`${path}: ${format} is ${JSON.stringify(text)}, expected ${JSON.stringify(cited[format])}`);
					if (!text?.includes(canonical)) problems.push(`${path}: ${format} does not carry the canonical URL ${canonical}`);
				}
				if (!cited.short.includes(accessedGap) || /urldate/.test(cited.bibtex)) problems.push(`${path}: claims an accessed day without JavaScript`);
				if (box.querySelectorAll('button[data-cite-copy]').some((b) => !b.hasAttribute('hidden')))
					problems.push(`${path}: copy buttons show before their script runs`);
			}
			assert.deepEqual(problems, []);
		});
	}

	test('the disclosure opens and reads without JavaScript', async () => {
		await site.withPage(
			async (page) => {
				await page.goto(site.url('/h200/specs/'));
				await page.locator('details.cite-this summary').click();
				const short = page.locator('[data-cite-text="short"]');
				await short.waitFor({ state: 'visible' });
				assert.match(await short.innerText(), new RegExp(`accessed ${accessedGap.replace(/[[\]]/g, '\\$&')}`));
				assert.equal(await page.locator('button[data-cite-copy]:visible').count(), 0, 'no dead copy buttons');
				assert.match(await page.locator('[data-cite-note]').innerText(), /built on \d{1,2} \w+ \d{4}/);
			},
			{ javaScriptEnabled: false },
		);
	});
});

/** "2026-11-30" in a given time zone: the reader's today. */
const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describe('"Cite this page" in chromium', () => {
	// A zone whose day differs from UTC's right now: "accessed" must be the reader's day, not UTC's.
	const timezoneId = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((zone) => todayIn(zone) !== todayIn('UTC'))!;

	test('opened by keyboard: the reader’s day is filled in, each format copies exactly and "Copied" is announced', async () => {
		await site.withPage(
			async (page, problems) => {
				const requested: string[] = [];
				page.on('request', (r) => requested.push(r.url()));
				await page.goto(site.url('/h200/specs/'));
				await page.waitForLoadState('networkidle');
				assert.ok(!requested.some((u) => u.includes('cite-this-open')), 'the citation module loads only when the disclosure opens');

				await page.locator('details.cite-this summary').focus();
				await page.keyboard.press('Enter');
				await page.locator('button[data-cite-copy="short"]').waitFor({ state: 'visible' });
				assert.ok(
					requested.some((u) => u.includes('cite-this-open')),
					'opening loads the citation module',
				);

				const root = (await import('node-html-parser')).parse(await page.content());
				const today = todayIn(timezoneId);
				const { cited } = expectedCitations(root, '/', today);
				assert.match(cited.short, new RegExp(`accessed ${formatIsoDate(today, 'long')}`));
				const announced = { short: 'Copied: Short citation.', full: 'Copied: Full citation.', bibtex: 'Copied: BibTeX entry.' };
				for (const format of ['short', 'full', 'bibtex'] as const) {
					const button = page.locator(`button[data-cite-copy="${format}"]`);
					await button.focus();
					await page.keyboard.press(format === 'full' ? 'Space' : 'Enter');
					await page.locator('[data-cite-status]', { hasText: announced[format] }).waitFor();
					assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cited[format], `${format} is copied exactly`);
					assert.equal(await page.locator(`[data-cite-text="${format}"]`).innerText(), cited[format], `${format} shows what it copies`);
				}
				assert.equal(await page.locator('[data-cite-status]').getAttribute('role'), 'status', 'the announcement is a live region');
				assert.match(await page.locator('[data-cite-note]').innerText(), new RegExp(`today, ${formatIsoDate(today, 'long')}`));
				assert.deepEqual(problems.console, []);
				assert.deepEqual(problems.external, []);
			},
			{ permissions: ['clipboard-read', 'clipboard-write'], timezoneId },
		);
	});

	test('without clipboard permission, copying selects the text and says how to copy it', async () => {
		await site.withPage(async (page) => {
			await page.goto(site.url('/'));
			await page.locator('details.cite-this summary').click();
			const button = page.locator('button[data-cite-copy="bibtex"]');
			await button.waitFor({ state: 'visible' });
			await page.evaluate(() => {
				Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
			});
			await button.click();
			await page.locator('[data-cite-status]', { hasText: 'Ctrl+C' }).waitFor();
			assert.equal(await page.evaluate(() => getSelection()?.toString()), await page.locator('[data-cite-text="bibtex"]').innerText());
		});
	});

	test('axe: no violations with the disclosure open, light and dark, 390 and 1280 px', () =>
		site.atPage('/h200/specs/', async (page) => {
			await page.locator('details.cite-this summary').click();
			await page.locator('button[data-cite-copy="short"]').waitFor({ state: 'visible' });
			assert.deepEqual(await axeInEveryState(page, ['details.cite-this']), []);
		}));
});

describe(`"Cite this page" under ${subpathBase}`, () => {
	let server: RunningServer | undefined;
	before(async () => {
		server = await serveStatic(subpathDistDir, subpathBase);
	});
	after(async () => {
		await server?.close();
	});

	test('the script loads under the sub-path and cites the sub-path URL', async () => {
		const { page, problems } = await openPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			await page.goto(new URL('h200/', server!.url).href);
			await page.locator('details.cite-this summary').click();
			await page.locator('button[data-cite-copy="short"]').click();
			await page.locator('[data-cite-status]', { hasText: 'Copied' }).waitFor();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			assert.match(copied, new RegExp(`https?://[^ ]+${subpathBase}h200/ \\(accessed \\d`));
			assert.deepEqual(problems.console, []);
		} finally {
			await page.context().close();
		}
	});
});

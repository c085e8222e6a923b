/**
 * One visit to every page in the sitemap, and every check that needs only that visit: the page is
 * loaded, left alone until it settles, scrolled to the end (every chart draws), then searched.
 *
 *  - the document: status 200, the host headers of public/_headers, a strict CSP in a <meta>, one
 *    h1, a description, a canonical URL, the full sidebar;
 *  - before the reader does anything: the HTML, CSS and JavaScript fetched are within the page's
 *    byte budget (tests/budgets.json), nothing of search is fetched, and Chart.js's code only where
 *    a chart is near the first screen;
 *  - scrolling: chart code arrives on pages with charts and never on pages without; scrolling is not
 *    search intent, so search still has fetched nothing;
 *  - search: Ctrl+K and a query answer;
 *  - throughout: no request leaves the site, nothing is logged to the console, and no CSP violation
 *    (the harness fails any page that raises one).
 *
 * One visit instead of one per concern: these were five passes over every page (a third of the
 * e2e run), each paying for the same load and settle.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pageBytes, recordFetched } from '../../tools/bytes.ts';
import { builtPages } from '../../tools/dist-html.ts';
import { isSearchFile, openSearch, search, settled } from '../../tools/search.ts';
import { distDir, isChartChunk, sitemapPaths } from '../../tools/site.ts';
import { sidebarLinks as sectionLinks } from '../../src/lib/site/sidebar.ts';
import { siteInBrowser } from '../support/harness.ts';
import { scrollThrough } from '../support/scroll.ts';
import { budgetOf, kb } from '../support/budgets.ts';

const site = siteInBrowser();
const paths = sitemapPaths();
/** Pages with a chart, from the built HTML. */
const withCharts = new Set(
	builtPages(distDir)
		.filter((p) => p.root.querySelector('chart-figure'))
		.map((p) => p.path),
);

test('the sitemap lists every sidebar section', () => {
	for (const link of sectionLinks) assert.ok(paths.includes(link), `sitemap is missing ${link}`);
});

describe(
	'each sitemap page: headers, strict CSP, one h1 and the sidebar; within budget, nothing of search or charts before it is needed; searchable; nothing external, logged or blocked',
	// One page at a time: two at a time hung once in eleven runs (a page that got no animation frames).
	{ concurrency: 1 },
	() => {
		for (const path of paths) {
			test(path, (t) =>
				site.withPage(
					async (page, seen) => {
						const problems: string[] = [];
						const fetched = recordFetched(page, site.url('/'));

						// The document as a host serves it.
						const response = await page.goto(site.url(path));
						assert.equal(response?.status(), 200);
						const headers = response?.headers() ?? {};
						assert.equal(headers['content-security-policy'], "frame-ancestors 'self'", 'the header carries what a <meta> cannot');
						assert.equal(headers['x-content-type-options'], 'nosniff');
						const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
						assert.ok(policy, 'Astro writes the page policy into a <meta>');
						assert.match(policy, /default-src 'self'/);
						assert.match(policy, /script-src 'self'/);
						assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
						assert.equal(await page.locator('h1').count(), 1, 'exactly one <h1>');
						const description = await page.locator('meta[name="description"]').getAttribute('content');
						assert.ok(description && description.length >= 50, 'meta description of 50+ characters');
						assert.equal(await page.locator('meta[property="og:description"]').getAttribute('content'), description);
						assert.ok((await page.locator('link[rel="canonical"]').getAttribute('href'))?.endsWith(path), 'canonical URL ends with the page path');
						const sidebarHrefs = await page.locator('#starlight__sidebar a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
						for (const link of sectionLinks) if (!sidebarHrefs.includes(link)) problems.push(`the sidebar lacks ${link}`);

						// Before the reader does anything.
						await settled(page);
						const beforeInput = [...fetched];
						const bytes = pageBytes(distDir, path, beforeInput);
						const budget = budgetOf(path);
						t.diagnostic(`gzip before scrolling: html ${kb(bytes.html)}, css ${kb(bytes.css)}, js ${kb(bytes.js)}`);
						for (const measure of ['html', 'css', 'js'] as const)
							if (bytes[measure] > budget[measure])
								problems.push(
									`${measure} ${kb(bytes[measure])} > budget ${kb(budget[measure])} (+${kb(bytes[measure] - budget[measure])}); raise a budget in tests/budgets.json only with a reason in the commit message`,
								);
						for (const f of beforeInput.filter((f) => isSearchFile(site.url(f.rel)))) problems.push(`fetched ${f.rel} of search before any intent`);
						const chartNearFold = await page.evaluate(() =>
							[...document.querySelectorAll('chart-figure')].some((f) => f.getBoundingClientRect().top < innerHeight + 200),
						);
						if (!chartNearFold && beforeInput.some((f) => isChartChunk(f.rel))) problems.push('loaded chart code before any chart was near the viewport');

						// Scrolling to the end.
						await scrollThrough(page);
						const chartCode = fetched.some((f) => isChartChunk(f.rel));
						if (withCharts.has(path) && !chartCode) problems.push('has charts, scrolled past them, and never loaded chart code');
						if (!withCharts.has(path) && chartCode) problems.push('has no chart but loaded chart code');
						for (const f of fetched.filter((f) => isSearchFile(site.url(f.rel)))) problems.push(`scrolling fetched ${f.rel} of search`);

						// Searching.
						await openSearch(page);
						if (!(await search(page, 'H200')).length) problems.push('search for "H200" found nothing');

						problems.push(...seen.console.map((c) => `console ${c}`), ...seen.external.map((e) => `requested ${e}`));
						assert.deepEqual(problems, []);
					},
					{ viewport: { width: 1280, height: 800 } },
				),
			);
		}
	},
);

test('an unknown path: the 404 page, scrolled, asks for nothing outside the site and logs only its 404', () =>
	site.withPage(async (page, seen) => {
		const response = await page.goto(site.url('/no-such-page/'));
		assert.equal(response?.status(), 404);
		await scrollThrough(page);
		assert.deepEqual(
			seen.console.filter((c) => !/404/.test(c)),
			[],
		);
		assert.deepEqual(seen.external, []);
	}));

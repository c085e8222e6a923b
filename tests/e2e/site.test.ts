/**
 * The site as a reader meets it: every sidebar link leads to a page, unknown paths get the 404
 * page, and the site works deployed under a sub-path. (Each sitemap page's h1, description and
 * sidebar: every-page.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sitemapPaths, subpathBase, subpathDistDir } from '../../tools/site.ts';
import { servedSite, siteInBrowser } from '../support/harness.ts';
import { sidebarLinks as sectionLinks } from '../../src/lib/site/sidebar.ts';

const site = siteInBrowser();
const subpathSite = servedSite(subpathDistDir, subpathBase);

test('every sidebar link leads to a page', async () => {
	for (const link of sectionLinks) {
		const response = await fetch(site.url(link));
		assert.equal(response.status, 200, link);
	}
});

test('an unknown path gets the 404 page with a way back', async () => {
	await site.withPage(async (page) => {
		const response = await page.goto(site.url('/no-such-page/'));
		assert.equal(response?.status(), 404);
		assert.match(await page.locator('h1').innerText(), /not found/i);
		assert.ok(await page.locator('main a[href="/h200/"]').count(), '404 links to the sections');
	});
});

describe(`the site deployed under ${subpathBase}`, () => {
	test('every page loads and every same-site request stays under the sub-path and succeeds', async () => {
		const paths = sitemapPaths(subpathDistDir);
		assert.ok(paths.length > 5);
		for (const path of paths) {
			assert.ok(path.startsWith(subpathBase), `${path} is under ${subpathBase}`);
			await site.withPage(async (page, problems) => {
				const failed: string[] = [];
				page.on('response', (r) => {
					if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
				});
				await page.goto(subpathSite.url(path.slice(subpathBase.length)));
				const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
				const outside = hrefs.filter((h) => !h.startsWith(subpathBase));
				assert.deepEqual(outside, [], `links on ${path} that escape the sub-path`);
				assert.deepEqual(failed, [], `failed requests on ${path}`);
				assert.deepEqual(problems.console, []);
			});
		}
	});

	test('internal links on the landing page resolve under the sub-path', async () => {
		const html = await (await fetch(subpathSite.url('/'))).text();
		const hrefs = [...new Set([...html.matchAll(/href="(\/[^"#]*)/g)].map((m) => m[1]!))];
		for (const href of hrefs) {
			const response = await fetch(new URL(href, subpathSite.url('/')));
			assert.equal(response.status, 200, href);
		}
	});
});

/**
 * The site as a reader meets it: every sitemap page loads with one h1, a description and the
 * full sidebar; unknown paths get the 404 page; the same holds under a sub-path deployment.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sitemapPaths, subpathBase, subpathDistDir } from '../../tools/site.ts';
import { servedSite, siteInBrowser } from '../support/harness.ts';
import { sidebar } from '../../src/lib/site/sidebar.ts';

const sectionLinks = sidebar.flatMap((entry) => ('link' in entry ? [entry.link] : entry.items.map((i) => i.link)));

const site = siteInBrowser();
const subpathSite = servedSite(subpathDistDir, subpathBase);

describe('every page in the sitemap', () => {
	const paths = sitemapPaths();
	test('the sitemap lists every sidebar section', () => {
		for (const link of sectionLinks) assert.ok(paths.includes(link), `sitemap is missing ${link}`);
	});

	for (const path of paths) {
		test(`${path} loads with one h1, a description and the full sidebar`, async () => {
			await site.withPage(async (page, problems) => {
				const response = await page.goto(site.url(path));
				assert.equal(response?.status(), 200);
				assert.equal(await page.locator('h1').count(), 1, 'exactly one <h1>');
				const description = await page.locator('meta[name="description"]').getAttribute('content');
				assert.ok(description && description.length >= 50, 'meta description of 50+ characters');
				assert.equal(await page.locator('meta[property="og:description"]').getAttribute('content'), description);
				assert.ok((await page.locator('link[rel="canonical"]').getAttribute('href'))?.endsWith(path), 'canonical URL ends with the page path');
				const sidebarHrefs = await page.locator('#starlight__sidebar a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				for (const link of sectionLinks) assert.ok(sidebarHrefs.includes(link), `sidebar links to ${link}`);
				assert.deepEqual(problems.console, []);
			});
		});
	}
});

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

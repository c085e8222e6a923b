/**
 * Byte counts that decide the budgets: what a page transfers before the reader scrolls, gzip-
 * compressed (level 9, as a static host would serve it), measured from the files in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { settled } from './search.ts';

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface PageBytes {
	html: number;
	css: number;
	js: number;
	/** Script files requested, site-relative. */
	scripts: string[];
}

/**
 * Loads `path` from a server rooted at `dir` without scrolling or any other input, lets it settle
 * (idle-time loading, such as Starlight's search UI, included), and sums the gzip size of what it fetched.
 */
export async function bytesBeforeScroll(browser: Browser, siteUrl: string, dir: string, path: string): Promise<PageBytes> {
	const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
	const fetched = recordFetched(page, siteUrl);
	try {
		await page.goto(new URL(path.slice(1), siteUrl).href);
		await settled(page);
	} finally {
		await page.context().close();
	}
	return pageBytes(dir, path, fetched);
}

/** A same-site request: its path relative to the site's base, and what the browser fetched it as. */
export interface Fetched {
	rel: string;
	type: string;
}

/** Records, from now on, every request the page makes under `siteUrl`. */
export function recordFetched(page: Page, siteUrl: string): Fetched[] {
	const fetched: Fetched[] = [];
	const base = new URL(siteUrl).pathname;
	page.on('request', (r) => {
		if (r.url().startsWith(siteUrl)) fetched.push({ rel: new URL(r.url()).pathname.slice(base.length), type: r.resourceType() });
	});
	return fetched;
}

/** The gzip bytes of a page's HTML and of the stylesheets and scripts among `fetched`, each file counted once. */
export function pageBytes(dir: string, path: string, fetched: readonly Fetched[]): PageBytes {
	const of = (type: string) => [...new Set(fetched.filter((f) => f.type === type).map((f) => f.rel))].sort();
	const sum = (rels: string[]) => rels.reduce((total, rel) => total + gzipBytes(join(dir, rel)), 0);
	const scripts = of('script');
	return { html: gzipBytes(join(dir, path, 'index.html')), css: sum(of('stylesheet')), js: sum(scripts), scripts };
}

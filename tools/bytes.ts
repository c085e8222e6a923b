/**
 * Byte counts that decide the budgets: what a page transfers before the reader scrolls, gzip-
 * compressed (level 9, as a static host would serve it), measured from the files in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
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
	const files = { css: new Set<string>(), js: new Set<string>() };
	const base = new URL(siteUrl).pathname;
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!url.href.startsWith(siteUrl)) return;
		const rel = url.pathname.slice(base.length);
		if (r.resourceType() === 'script') files.js.add(rel);
		if (r.resourceType() === 'stylesheet') files.css.add(rel);
	});
	try {
		await page.goto(new URL(path.slice(1), siteUrl).href);
		await settled(page);
	} finally {
		await page.context().close();
	}
	const sum = (set: Set<string>) => [...set].reduce((total, rel) => total + gzipBytes(join(dir, rel)), 0);
	return { html: gzipBytes(join(dir, path, 'index.html')), css: sum(files.css), js: sum(files.js), scripts: [...files.js].sort() };
}

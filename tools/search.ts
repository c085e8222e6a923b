/** Drives Starlight's Pagefind search like a reader: Ctrl+K, type, read the results. */
import type { Page } from 'playwright-core';

/** The search input, in the open dialog, with the keyboard focus: a reader can type. */
export const searchInputFocused = () => document.activeElement?.matches('dialog[open] input.pagefind-ui__search-input') ?? false;

export interface SearchResult {
	/** The section label shown with the result. */
	section: string;
	title: string;
	url: string;
	sub: { title: string; url: string }[];
}

/**
 * Ctrl+K as soon as the search button is enabled (its handlers are attached then), as an impatient
 * reader would, and ready when the dialog's input has the focus. Opening the dialog creates the
 * search UI if the page has not yet gone idle (src/components/overrides/site-search.ts).
 */
export async function openSearch(page: Page): Promise<void> {
	await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
	await page.keyboard.press('Control+k');
	await page.waitForFunction(searchInputFocused, undefined, { timeout: 10_000 });
}

/** Waits until the results for `query` are shown, each filled in. */
export async function resultsShown(page: Page, query: string): Promise<void> {
	await page.waitForFunction(
		(q) => {
			// "8 results for Cambricon": the term shown must be the whole query. A substring test let the
			// message of an earlier, longer query ("Cambricons") pass while the new results were still coming.
			const message = (document.querySelector('.pagefind-ui__message')?.textContent ?? '').trim();
			return /\bfor (.+)$/.exec(message)?.[1] === q && !/searching/i.test(message);
		},
		query,
		{ timeout: 10_000 },
	);
	// Results arrive as placeholders and fill in as their fragments load.
	await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'), undefined, { timeout: 10_000 });
}

export async function search(page: Page, query: string): Promise<SearchResult[]> {
	const input = page.locator('dialog[open] input.pagefind-ui__search-input');
	await input.fill('');
	await input.pressSequentially(query, { delay: 10 });
	await resultsShown(page, query);
	return readResults(page);
}

export function readResults(page: Page): Promise<SearchResult[]> {
	return page.locator('.pagefind-ui__result').evaluateAll((results) =>
		results.map((r) => {
			const link = r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title a')!;
			return {
				section:
					r
						.querySelector('[data-pagefind-ui-meta="section"]')
						?.textContent?.replace(/^Section:\s*/, '')
						.trim() ?? '',
				title: link.textContent.trim(),
				url: link.getAttribute('href')!,
				sub: [...r.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-nested a')].map((a) => ({
					title: a.textContent.trim(),
					url: a.getAttribute('href')!,
				})),
			};
		}),
	);
}

/**
 * Any file of search: Pagefind's script, worker and WebAssembly (/pagefind/…), its index files
 * (*.pf_*), and the site's search UI chunk and styles (/_astro/search-ui.*).
 */
export const isSearchFile = (url: string) => {
	const path = new URL(url).pathname;
	return /\/pagefind\//.test(path) || /\.pf_[a-z]+$/.test(path) || /\/_astro\/search-ui\.[^/]+\.(js|css)$/.test(path);
};

/** Records, from now on, the site-relative paths of search files the page requests. */
export function recordSearchFiles(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => isSearchFile(r.url()) && seen.push(new URL(r.url()).pathname));
	return seen;
}

/**
 * The page has loaded, its network is quiet and the browser has had an idle moment (when Starlight
 * would load its search UI) and a second more: whatever loads without the reader has loaded.
 */
export async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })));
	await page.waitForTimeout(1_000);
}

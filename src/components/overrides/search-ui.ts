/**
 * The search UI, in a chunk that site-search.ts imports only once the reader shows intent to search
 * (with its styles, search-ui.css): Pagefind's default UI (about 28 KB gzip) is not fetched by a
 * page whose reader never searches. Options are Starlight's (Search.astro, 0.42.4), except the debounce.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { PagefindUI } from '@pagefind/default-ui';
import { rankSubResults, type SubResult } from '../../lib/site/sub-results.ts';
import { pagefindBundlePath } from '../../lib/site/search-keys.ts';

/**
 * How long the UI waits after a key before it searches (Pagefind's default is 300 ms). While it
 * waits it preloads the index chunks for what has been typed, so the search itself is quick.
 */
export const searchDebounceMs = 60;

export interface SearchUIOptions {
	/** Selector of the element the UI is rendered into. */
	element: string;
	/** Pagefind's translations of the UI's strings (Starlight's `pagefind.*` keys). */
	translations: Record<string, string>;
	/** Rewrites result URLs (Starlight strips the trailing slash when `trailingSlash` is "never"). */
	formatURL: (path: string) => string;
}

export function createSearchUI({ element, translations, formatURL }: SearchUIOptions): PagefindUI {
	return new PagefindUI({
		...pagefindUserConfig,
		element,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: pagefindBundlePath(import.meta.env.BASE_URL),
		showImages: false,
		translations,
		showSubResults: true,
		debounceTimeoutMs: searchDebounceMs,
		processResult: (result: { url: string; content?: string; sub_results: SubResult[] }) => {
			// Rank before the URLs are rewritten, while the page's own entry still matches result.url.
			result.sub_results = rankSubResults(result.sub_results, result.url, result.content).map((sub_result) => {
				sub_result.url = formatURL(sub_result.url);
				return sub_result;
			});
			result.url = formatURL(result.url);
		},
	});
}

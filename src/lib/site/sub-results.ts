/**
 * Which sections a search result shows under its page. Pagefind's default UI keeps the three
 * sub-results with the most matching words and shows them in page order, so a page that mentions
 * a term in passing in early sections buries the section that defines it. Here the sub-results are
 * ranked by Pagefind's own weighted score (headings and weighted sections count more) and the best
 * few are handed to the UI in that order; the page's own entry, when Pagefind lists it first, stays first.
 */
export interface SubResult {
	url: string;
	locations: number[];
	weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** The best score of any matching word in the section (0 when Pagefind gives none). */
export const subResultScore = (sub: SubResult) => Math.max(0, ...(sub.weighted_locations ?? []).map((w) => w.balanced_score));

export function rankSubResults<T extends SubResult>(subResults: T[], pageUrl: string, limit = 3): T[] {
	const root = subResults[0]?.url === pageUrl ? subResults.slice(0, 1) : [];
	const ranked = subResults
		.slice(root.length)
		.map((sub, index) => ({ sub, index, score: subResultScore(sub) }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, limit)
		.map(({ sub }) => sub);
	return [...root, ...ranked];
}

/**
 * Which sections a search result shows under its page. Pagefind's default UI keeps the three
 * sub-results with the most matching words and shows them in page order, so a page that mentions
 * a term in passing in early sections buries the section that defines it. Here the sub-results are
 * ranked by Pagefind's own weighted score (headings and weighted sections count more) and the best
 * few are handed to the UI in that order; the page's own entry, when Pagefind lists it first, stays first.
 * A section's score adds up the best score of each query word it matches, so for "Ascend 910C" the
 * section titled "Ascend 910C" beats the one titled "Ascend 910B" (both score the same on "Ascend").
 */
export interface SubResult {
	url: string;
	locations: number[];
	weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** A matched word as typed in the page, reduced to what identifies the query word it matched ("910C’s," → "910c"). */
export const matchedWord = (word: string) =>
	word
		.toLowerCase()
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.replace(/['’]s$/u, '');

/**
 * The section's score: for each distinct matched word, its best score, summed. Without the page's
 * words (`content`, split on whitespace, which Pagefind's locations index into), every match counts
 * as one word: the best score. 0 when Pagefind gives no scores.
 */
export function subResultScore(sub: SubResult, content?: string): number {
	const scored = sub.weighted_locations ?? [];
	if (content === undefined) return Math.max(0, ...scored.map((w) => w.balanced_score));
	const words = content.split(/\s+/);
	const best = new Map<string, number>();
	for (const { location, balanced_score } of scored) {
		const word = matchedWord(words[location] ?? '');
		best.set(word, Math.max(best.get(word) ?? 0, balanced_score));
	}
	return [...best.values()].reduce((sum, score) => sum + score, 0);
}

export function rankSubResults<T extends SubResult>(subResults: T[], pageUrl: string, content?: string, limit = 3): T[] {
	const root = subResults[0]?.url === pageUrl ? subResults.slice(0, 1) : [];
	const ranked = subResults
		.slice(root.length)
		.map((sub, index) => ({ sub, index, score: subResultScore(sub, content) }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, limit)
		.map(({ sub }) => sub);
	return [...root, ...ranked];
}

/** The byte budgets in tests/budgets.json, read once for the dist and e2e budget checks. */
import { readFileSync } from 'node:fs';

interface Budget {
	html: number;
	css: number;
	js: number;
}
export const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as {
	chartChunk: number;
	default: Budget;
	/** A chart's own page (/charts/<id>/) draws its chart on arrival, so Chart.js counts before scrolling. */
	chartPage: Partial<Budget>;
	pages: Record<string, Partial<Budget>>;
};

/** The budget of one page: the default, then the chart-page budget where it applies, then the page's own. */
export function budgetOf(path: string): Budget {
	return { ...budgets.default, ...(/^\/charts\/[^/]+\/$/.test(path) ? budgets.chartPage : {}), ...budgets.pages[path] };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

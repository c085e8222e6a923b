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
	pages: Record<string, Partial<Budget>>;
};

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

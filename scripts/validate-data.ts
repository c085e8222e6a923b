/**
 * Checks every record under content/data/ without building the site (seconds, not minutes):
 *   node scripts/validate-data.ts
 * The same validator runs at the start of every `astro build`.
 */
import { fileURLToPath } from 'node:url';
import { formatIssues, validateDataset } from '../src/lib/data/validate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { dataset, issues } = validateDataset(fileURLToPath(new URL('../content/data/', import.meta.url)), root);
if (issues.length) {
	console.error(`content/data has ${issues.length} problem(s):\n${formatIssues(issues)}`);
	process.exit(1);
}
const collections: Record<string, Map<string, unknown>> = { ...dataset };
console.log(
	`data valid: ${Object.entries(collections)
		.map(([kind, records]) => `${records.size} ${kind}`)
		.join(', ')}`,
);

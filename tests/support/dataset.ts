/**
 * The records as the build sees them: read from content/data and validated by the same code the
 * build runs (src/lib/data/validate.ts), typed by the schemas. A test reading a record gets the
 * checked, typed value, never a hand-declared shape of the JSON.
 */
import { formatIssues, validateDataset, type Dataset } from '../../src/lib/data/validate.ts';

function load(): Dataset {
	const { dataset, issues } = validateDataset('content/data');
	if (issues.length > 0) throw new Error(`content/data has ${issues.length} problem(s); the tests need valid records:\n${formatIssues(issues)}`);
	return dataset;
}

export const dataset: Dataset = load();

/**
 * Every computed figure on the built site (<Derived>, spec-table TPP/density/FLOP-per-byte rows)
 * equals what the validated records give; a path that names nothing fails. Reads dist/ only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import { checkDerived } from '../support/derived-check.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';

test('every data-derived figure in dist/ is recomputed from the validated records and matches', () => {
	const { dataset, issues } = validateDataset('content/data');
	assert.deepEqual(issues, []);
	const pages = builtPages(distDir);
	const { checked, problems } = checkDerived(pages, dataset.chips);
	assert.deepEqual(problems, []);
	assert.ok(checked >= 40, `only ${checked} computed figures found`);
	for (const path of ['/export-rules/', '/export-rules/step-by-step/', '/h200/specs/']) {
		const page = pages.find((p) => p.path === path);
		assert.ok(page?.root.querySelector('data[data-derived]'), `${path} shows no computed figure`);
	}
});

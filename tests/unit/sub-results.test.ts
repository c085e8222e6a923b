/** Search sub-results ranked by Pagefind's score, the page's own entry kept first. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankSubResults } from '../../src/lib/site/sub-results.ts';

const sub = (url: string, ...scores: number[]) => ({ url, locations: scores.map((_, i) => i), weighted_locations: scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i })) });

test('the best-scoring sections come first, at most three, the page entry kept in front', () => {
	const page = '/glossary/';
	const subs = [sub('/glossary/', 1), sub('/glossary/#eccn-3a090', 2, 2, 2), sub('/glossary/#nac', 3), sub('/glossary/#performance-density', 1, 1), sub('/glossary/#tpp', 40)];
	assert.deepEqual(rankSubResults(subs, page).map((s) => s.url), ['/glossary/', '/glossary/#tpp', '/glossary/#nac', '/glossary/#eccn-3a090']);
});

test('ties keep page order; no page entry, no scores: the first three as given', () => {
	const subs = [sub('/a/#x'), sub('/a/#y'), sub('/a/#z'), sub('/a/#w')];
	assert.deepEqual(rankSubResults(subs, '/a/').map((s) => s.url), ['/a/#x', '/a/#y', '/a/#z']);
});

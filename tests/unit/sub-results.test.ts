/** Search sub-results ranked by Pagefind's score, the page's own entry kept first. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchedWord, rankSubResults } from '../../src/lib/site/sub-results.ts';

const sub = (url: string, ...scores: number[]) => ({
	url,
	locations: scores.map((_, i) => i),
	weighted_locations: scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i })),
});

test('the best-scoring sections come first, at most three, the page entry kept in front', () => {
	const page = '/glossary/';
	const subs = [
		sub('/glossary/', 1),
		sub('/glossary/#eccn-3a090', 2, 2, 2),
		sub('/glossary/#nac', 3),
		sub('/glossary/#performance-density', 1, 1),
		sub('/glossary/#tpp', 40),
	];
	assert.deepEqual(
		rankSubResults(subs, page).map((s) => s.url),
		['/glossary/', '/glossary/#tpp', '/glossary/#nac', '/glossary/#eccn-3a090'],
	);
});

test('ties keep page order; no page entry, no scores: the first three as given', () => {
	const subs = [sub('/a/#x'), sub('/a/#y'), sub('/a/#z'), sub('/a/#w')];
	assert.deepEqual(
		rankSubResults(subs, '/a/').map((s) => s.url),
		['/a/#x', '/a/#y', '/a/#z'],
	);
});

test('a section matching every query word beats one matching a word as strongly but not the others', () => {
	// "Ascend 910C": the headings "Ascend 910B" and "Ascend 910C" score alike on "Ascend".
	const content = 'Huawei Ascend 910B is made by SMIC. Ascend 910C. Two 910C’s dies in one package.';
	const at = (word: string, nth = 0) =>
		content
			.split(/\s+/)
			.map((w, i) => [w, i] as const)
			.filter(([w]) => w === word)[nth]![1];
	const section = (url: string, hits: [number, number][]) => ({
		url,
		locations: hits.map(([l]) => l),
		weighted_locations: hits.map(([location, balanced_score]) => ({ weight: 10, balanced_score, location })),
	});
	const subs = [
		section('/china/#ascend-910b', [[at('Ascend'), 500]]),
		section('/china/#ascend-910c', [
			[at('Ascend', 1), 500],
			[at('910C.'), 500],
			[at('910C’s'), 40],
		]),
	];
	assert.deepEqual(
		rankSubResults(subs, '/china/', content).map((s) => s.url),
		['/china/#ascend-910c', '/china/#ascend-910b'],
	);
	assert.deepEqual(
		rankSubResults(subs, '/china/').map((s) => s.url),
		['/china/#ascend-910b', '/china/#ascend-910c'],
		'without the words, a tie keeps page order',
	);
});

test('matched words are compared without case, punctuation or a possessive', () => {
	assert.equal(matchedWord('910C’s,'), '910c');
	assert.equal(matchedWord('(Ascend'), 'ascend');
	assert.equal(matchedWord('华为。'), '华为');
});

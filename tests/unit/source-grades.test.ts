/** Grades decide what a reader sees beside a figure: which alternatives, and the weak-source mark. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disagreeingAlternatives, isWeaklySourced } from '../../src/lib/data/figure-grade.ts';
import { sourceCitation } from '../../src/lib/data/source-label.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import type { Source } from '../../src/lib/data/schemas.ts';

const grades = new Map<string, Pick<Source, 'grade'>>([
	['datasheet', { grade: 'primary' }],
	['reuters', { grade: 'established' }],
	['trade-press', { grade: 'established' }],
	['reseller', { grade: 'other' }],
	['blog', { grade: 'other' }],
]);

test('an alternative shows only when its source is of the same or a higher grade', () => {
	const figure = {
		source: 'reuters',
		alternatives: [
			{ value: 1, source: 'datasheet' },
			{ value: 2, source: 'trade-press' },
			{ value: 3, source: 'reseller' },
		],
	};
	assert.deepEqual(
		disagreeingAlternatives(figure, grades).map((a) => a.value),
		[1, 2],
	);
	assert.deepEqual(disagreeingAlternatives({ source: 'datasheet', alternatives: [{ value: 3, source: 'reseller' }] }, grades), []);
	assert.deepEqual(disagreeingAlternatives({ source: 'blog', alternatives: [{ value: 3, source: 'reseller' }] }, grades).length, 1);
	assert.deepEqual(disagreeingAlternatives({ source: 'blog' }, grades), []);
});

test('a figure is weakly sourced only when every source is graded "other"', () => {
	assert.equal(isWeaklySourced(['reseller'], grades), true);
	assert.equal(isWeaklySourced(['reseller', 'blog'], grades), true);
	assert.equal(isWeaklySourced(['reseller', 'datasheet'], grades), false);
	assert.equal(isWeaklySourced([], grades), false);
});

test('a relay is cited as the original story, via the page that was read', () => {
	const relay: Source = {
		publisher: 'The Business Times',
		label: 'Reuters via Business Times',
		grade: 'established',
		relay: { outlet: 'Reuters', headline: 'No H200 sold yet, US official says', published: '2026-02-24' },
		title: 'No H200 chips sold to China yet',
		url: 'https://example.com/x',
		published: '2026-02-25',
		accessed: '2026-11-30',
		kind: 'press',
	};
	assert.equal(
		sourceCitation(relay),
		'Reuters, “No H200 sold yet, US official says”, 24 Feb 2026; via The Business Times, “No H200 chips sold to China yet”, 25 Feb 2026',
	);
});

test('the registry: every relay is graded by what it relays, and labels are short', () => {
	const { dataset } = validateDataset('content/data');
	for (const [id, s] of dataset.sources) {
		if (s.relay) assert.notEqual(s.grade, 'other', `${id} relays ${s.relay.outlet}`);
		assert.ok(s.label.length <= 48, `${id}: label "${s.label}" is too long`);
	}
});

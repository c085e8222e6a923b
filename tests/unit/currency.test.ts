/**
 * "As of" by construction: the records a page shows are read from its MDX, the page's date is the
 * oldest "checked" date among them, and changing a record's date (in a copy of the data) moves the
 * page's date with it. Also: the timeline's order for month-only dates, and the change log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { checkedDates, pageAsOf, pageRecordRefs } from '../../src/lib/site/page-records.ts';
import { compareEvents, dateSortKey, groupByYear } from '../../src/lib/timeline/events.ts';
import { latestUpdateFor, pageOfSection, pagePathOfEntry, sortUpdates } from '../../src/lib/site/updates.ts';
import type { Update } from '../../src/lib/data/schemas.ts';

const body = `
import Cite from '../../src/components/content/Cite.astro';

Text with a figure <Fig chip="h200" field="memoryCapacity" /> and a citation <Cite id="fr-2023-23055" />
and two more <Cite id={['a-source', "b-source"]} />.

<Status id="h200-deliveries" />
<Chart id="tpp-vs-density" />
<SpecTable chips={['h200', 'h20']} fields={['memoryCapacity']}
  caption="Spread over lines" />
<Timeline />
`;

test('pageRecordRefs reads every kind of reference, across lines', () => {
	const refs = pageRecordRefs(body);
	assert.deepEqual([...refs.status], ['h200-deliveries']);
	assert.deepEqual([...refs.charts], ['tpp-vs-density']);
	assert.deepEqual([...refs.sources].sort(), ['a-source', 'b-source', 'fr-2023-23055']);
	assert.deepEqual([...refs.chips].sort(), ['h20', 'h200']);
	assert.deepEqual([...refs.whole], ['events']);
});

test('a page with no records has no "as of" date', () => {
	const { dataset } = validateDataset('content/data');
	assert.equal(pageAsOf('Just prose, no components.', dataset), undefined);
});

test('the "as of" date is the oldest checked date behind the page', () => {
	const { dataset } = validateDataset('content/data');
	const page = '<Status id="h200-deliveries" />';
	const dates = checkedDates(pageRecordRefs(page), dataset);
	const oldest = dates.map((d) => d.date).sort()[0];
	assert.ok(
		dates.some((d) => d.record === 'status/h200-deliveries'),
		'the status record itself counts',
	);
	assert.ok(
		dates.some((d) => d.record.startsWith('sources/')),
		'so do the sources it cites',
	);
	assert.equal(pageAsOf(page, dataset), oldest);
});

test("changing a record's checked date in a copy moves the page's date", () => {
	const dir = mkdtempSync(join(tmpdir(), 'asof-'));
	cpSync('content/data', dir, { recursive: true });
	const page = readFileSync('content/docs/h200/export-status.mdx', 'utf8');
	const before = pageAsOf(page, validateDataset(dir, dir).dataset);
	assert.ok(before, 'the export-status page shows dated records');
	const refs = pageRecordRefs(page);
	const statusId = [...refs.status][0];
	assert.ok(statusId, 'the export-status page renders a status record');
	const file = join(dir, 'status', `${statusId}.json`);
	const record = JSON.parse(readFileSync(file, 'utf8')) as { checked: string; history: unknown[] };
	record.checked = '2026-01-02';
	record.history = [];
	writeFileSync(file, JSON.stringify(record));
	const { dataset, issues } = validateDataset(dir, dir);
	assert.deepEqual(issues, []);
	assert.equal(pageAsOf(page, dataset), '2026-01-02');
});

test('timeline: a month-only event sorts after the dated events of its month', () => {
	const events = [
		{ id: 'b-month', data: { date: '2025-12' } },
		{ id: 'a-day', data: { date: '2025-12-08' } },
		{ id: 'c-next', data: { date: '2026-01-02' } },
		{ id: 'd-jan', data: { date: '2026-01' } },
		{ id: 'e-year', data: { date: '2026' } },
		{ id: 'f-feb', data: { date: '2026-02-24' } },
	];
	const order = [...events].sort(compareEvents).map((e) => e.id);
	assert.deepEqual(order, ['a-day', 'b-month', 'c-next', 'd-jan', 'f-feb', 'e-year']);
	assert.equal(dateSortKey('2025-12'), '2025-12-99');
	assert.deepEqual(
		groupByYear(events).map((g) => g.year),
		['2025', '2026'],
	);
});

test('timeline: the real events are in order, with no month-only event before a dated one of its month', () => {
	const { dataset } = validateDataset('content/data');
	const events = [...dataset.events].map(([id, data]) => ({ id, data }));
	const sorted = groupByYear(events).flatMap((g) => g.events);
	for (let i = 1; i < sorted.length; i++) {
		const [prev, next] = [sorted[i - 1]!.data.date, sorted[i]!.data.date];
		if (prev.length === 7 && next.length === 10 && next.startsWith(prev)) assert.fail(`${sorted[i - 1]!.id} (${prev}) sorts before ${sorted[i]!.id} (${next})`);
	}
});

const update = (date: string, sections: string[]): Update => ({ date, title: 'A change', summary: 'What changed, in a sentence or two.', sections });

test('change log: newest first, and a page gets the newest update that touched it', () => {
	const updates = [
		{ id: '2026-11-30-story', data: update('2026-11-30', ['/h200/export-status/#limits', '/what-it-means/']) },
		{ id: '2026-12-05-specs', data: update('2026-12-05', ['/h200/specs/#more-chips']) },
		{ id: '2026-10-01-old', data: update('2026-10-01', ['/h200/export-status/']) },
	];
	assert.deepEqual(
		sortUpdates(updates).map((u) => u.id),
		['2026-12-05-specs', '2026-11-30-story', '2026-10-01-old'],
	);
	assert.equal(latestUpdateFor('/h200/export-status/', updates)?.id, '2026-11-30-story');
	assert.equal(latestUpdateFor('/what-it-means/', updates)?.id, '2026-11-30-story');
	assert.equal(latestUpdateFor('/h200/', updates), undefined);
	assert.equal(pageOfSection('/h200/specs/#more-chips'), '/h200/specs/');
	assert.equal(pagePathOfEntry('index'), '/');
	assert.equal(pagePathOfEntry('h200/index'), '/h200/');
	assert.equal(pagePathOfEntry('h200/specs'), '/h200/specs/');
});

/**
 * The data gate: each kind of bad record is fed to the validator and must produce a message
 * naming the file, the record, the field and the fix. The real data set must pass clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssues, validateDataset, type DataIssue } from '../../src/lib/data/validate.ts';

type Files = Partial<Record<'sources' | 'chips' | 'events' | 'series' | 'glossary' | 'charts' | 'status' | 'updates', Record<string, unknown>>>;

const source = {
	publisher: 'Bureau of Industry and Security (BIS)',
	label: 'BIS rule',
	grade: 'primary',
	title: 'A rule',
	url: 'https://www.bis.gov/a',
	published: '2023-10-17',
	accessed: '2026-11-28',
	kind: 'regulation',
};
const chip = {
	name: 'Test GPU',
	vendor: 'NVIDIA',
	family: 'Hopper',
	market: 'global',
	summary: 'A chip used only in tests.',
	memoryCapacity: { value: 141, unit: 'GB', source: 'bis-rule' },
	throughput: { fp8: { value: 1979, unit: 'TFLOPS', source: 'bis-rule' } },
	dieArea: { value: 814, unit: 'mm²', source: 'bis-rule' },
};

/** Writes a small data set (one valid source and chip unless overridden) and validates it. */
function check(files: Files): DataIssue[] {
	const dir = mkdtempSync(join(tmpdir(), 'data-'));
	const all: Files = { sources: { 'bis-rule': source }, chips: { 'test-gpu': chip }, ...files };
	for (const [kind, records] of Object.entries(all)) {
		mkdirSync(join(dir, kind), { recursive: true });
		for (const [id, record] of Object.entries(records ?? {}))
			writeFileSync(join(dir, kind, `${id}.json`), typeof record === 'string' ? record : JSON.stringify(record));
	}
	return validateDataset(dir, dir).issues;
}

function only(issues: DataIssue[]): DataIssue {
	assert.equal(issues.length, 1, `expected one issue, got:\n${formatIssues(issues)}`);
	return issues[0]!;
}

test('a valid data set passes', () => {
	assert.deepEqual(check({}), []);
});

test('the project data set passes', () => {
	const { issues, dataset } = validateDataset('content/data');
	assert.equal(issues.length, 0, formatIssues(issues));
	assert.ok(dataset.sources.size > 0, 'has sources');
});

test('malformed JSON names the file', () => {
	const issue = only(check({ chips: { 'test-gpu': chip, broken: '{ "name": ' } }));
	assert.equal(issue.file, 'chips/broken.json');
	assert.equal(issue.field, '(file)');
	assert.match(issue.problem, /not valid JSON/);
});

test('a figure without a source names the field and asks for a source id', () => {
	const issue = only(check({ chips: { 'test-gpu': { ...chip, memoryCapacity: { value: 141, unit: 'GB' } } } }));
	assert.equal(issue.record, 'test-gpu');
	assert.equal(issue.field, 'memoryCapacity.source');
	assert.match(issue.fix, /content\/data\/sources/);
});

test('an unknown source id is caught across collections', () => {
	const issue = only(check({ chips: { 'test-gpu': { ...chip, memoryCapacity: { value: 141, unit: 'GB', source: 'nope' } } } }));
	assert.equal(issue.field, 'memoryCapacity.source');
	assert.match(issue.problem, /unknown source "nope"/);
	assert.match(issue.fix, /content\/data\/sources\/nope\.json/);
});

test('a unit-less number is rejected', () => {
	const issue = only(check({ chips: { 'test-gpu': { ...chip, memoryCapacity: { value: 141, source: 'bis-rule' } } } }));
	assert.equal(issue.field, 'memoryCapacity.unit');
	assert.match(issue.fix, /unit-less/);
});

test('a wrong unit is rejected with the unit to use', () => {
	const issue = only(check({ chips: { 'test-gpu': { ...chip, memoryCapacity: { value: 141, unit: 'GiB', source: 'bis-rule' } } } }));
	assert.equal(issue.field, 'memoryCapacity.unit');
	assert.match(issue.fix, /"GB"/);
});

test('a negative number is rejected', () => {
	const issue = only(check({ chips: { 'test-gpu': { ...chip, memoryCapacity: { value: -1, unit: 'GB', source: 'bis-rule' } } } }));
	assert.equal(issue.field, 'memoryCapacity.value');
	assert.match(issue.fix, /negative/);
});

test('a date that does not exist is rejected', () => {
	const issue = only(check({ sources: { 'bis-rule': { ...source, published: '2023-02-30' } } }));
	assert.equal(issue.field, 'published');
	assert.match(issue.problem, /calendar/);
	assert.match(issue.fix, /ISO date/);
});

test('a date in the wrong format is rejected', () => {
	const issue = only(check({ sources: { 'bis-rule': { ...source, published: '17/10/2023' } } }));
	assert.equal(issue.field, 'published');
});

test('an unknown field is rejected by name', () => {
	const issue = only(check({ chips: { 'test-gpu': { ...chip, memoryGB: 141 } } }));
	assert.match(issue.fix, /"memoryGB"/);
});

test('a file name that is not a slug is rejected (ids are URLs)', () => {
	const issue = only(check({ chips: { 'test-gpu': chip, 'H200 SXM': chip } }));
	assert.equal(issue.field, '(file)');
	assert.match(issue.fix, /lower-case ASCII slug/);
});

test('two sources with the same URL are duplicates', () => {
	const issue = only(check({ sources: { 'bis-rule': source, 'bis-rule-again': source } }));
	assert.equal(issue.record, 'bis-rule-again');
	assert.match(issue.problem, /duplicates the URL of source "bis-rule"/);
});

test('an event citing no source is rejected', () => {
	const event = {
		date: '2023-10-17',
		authority: 'BIS',
		side: 'us',
		kind: 'rule',
		title: 'A rule',
		summary: 'A rule changed something important.',
		sources: [],
	};
	const issue = only(check({ events: { '2023-10-17-rule': event } }));
	assert.equal(issue.field, 'sources');
});

test('an event naming an unknown chip is rejected', () => {
	const event = {
		date: '2023-10-17',
		authority: 'BIS',
		side: 'us',
		kind: 'rule',
		title: 'A rule',
		summary: 'A rule changed something important.',
		sources: ['bis-rule'],
		chips: ['h999'],
	};
	const issue = only(check({ events: { '2023-10-17-rule': event } }));
	assert.equal(issue.field, 'chips.0');
	assert.match(issue.problem, /unknown chips record "h999"/);
});

test('a chart naming a record that does not exist is rejected', () => {
	const chart = {
		title: 'Memory compared',
		takeaway: 'More memory is better here.',
		asOf: '2026-11-28',
		data: { kind: 'chip-bars', chips: ['test-gpu', 'ghost'], fields: ['memoryCapacity'] },
	};
	const issue = only(check({ charts: { memory: chart } }));
	assert.equal(issue.file, 'charts/memory.json');
	assert.equal(issue.field, 'data.chips.1');
	assert.match(issue.fix, /content\/data\/chips/);
});

test('a chart mixing units is rejected', () => {
	const chart = {
		title: 'Mixed chart',
		takeaway: 'This should not build at all.',
		asOf: '2026-11-28',
		data: { kind: 'chip-bars', chips: ['test-gpu'], fields: ['memoryCapacity', 'tdp'] },
	};
	const issue = only(check({ charts: { mixed: chart } }));
	assert.equal(issue.field, 'data.fields');
	assert.match(issue.problem, /mixes units/);
});

test('a density chart needs die areas', () => {
	const { dieArea: _omit, ...noDie } = chip;
	const chart = {
		title: 'TPP vs density',
		takeaway: 'Thresholds drawn as lines.',
		asOf: '2026-11-28',
		data: { kind: 'tpp-density', chips: ['test-gpu', 'no-die'] },
	};
	const issue = only(check({ chips: { 'test-gpu': chip, 'no-die': noDie }, charts: { tpp: chart } }));
	assert.equal(issue.field, 'data.chips.1');
	assert.match(issue.problem, /no dieArea/);
});

test('messages are formatted with file, record, field and fix', () => {
	const text = formatIssues(check({ chips: { 'test-gpu': { ...chip, memoryCapacity: { value: 141, unit: 'GB' } } } }));
	assert.match(text, /chips\/test-gpu\.json › record "test-gpu" › field "memoryCapacity\.source": .*\n {2}Fix: /);
});

// ─── grades, relays, status and updates ─────────────────────────────────────────────────

test('a source without a grade names the field and lists the grades', () => {
	const { grade: _, ...ungraded } = source;
	const issue = only(check({ sources: { 'bis-rule': ungraded } }));
	assert.equal(issue.field, 'grade');
	assert.match(issue.fix, /"primary".*"established".*"other"/);
});

test('a source without a short label asks for one', () => {
	const { label: _, ...unlabelled } = source;
	const issue = only(check({ sources: { 'bis-rule': unlabelled } }));
	assert.equal(issue.field, 'label');
	assert.match(issue.fix, /short citation/);
});

test('a relay without its original outlet names relay.outlet', () => {
	const relay = { ...source, grade: 'established', relay: { headline: 'US clears exports', published: '2026-05-14' } };
	const issue = only(check({ sources: { 'bis-rule': relay } }));
	assert.equal(issue.field, 'relay.outlet');
	assert.match(issue.fix, /outlet/);
});

test('a relay graded "other" is refused: it is graded by what it relays', () => {
	const relay = { ...source, grade: 'other', relay: { outlet: 'Reuters', headline: 'US clears exports', published: '2026-05-14' } };
	const issue = only(check({ sources: { 'bis-rule': relay } }));
	assert.equal(issue.field, 'grade');
	assert.match(issue.problem, /relays Reuters/);
});

const status = {
	question: 'Have test chips reached buyers?',
	answer: 'Yes',
	detail: 'The test filing says some were delivered.',
	sources: ['bis-rule'],
	checked: '2026-11-30',
	statedAs: ['\\bno test chips? (have|has) been delivered'],
	history: [{ until: '2026-08-01', answer: 'No', detail: 'Nothing had been delivered then.', sources: ['bis-rule'] }],
};

test('a valid status record passes', () => {
	assert.deepEqual(check({ status: { 'test-deliveries': status } }), []);
});

test('a status record citing an unknown source names the history entry', () => {
	const issue = only(check({ status: { 'test-deliveries': { ...status, history: [{ ...status.history[0], sources: ['ghost'] }] } } }));
	assert.equal(issue.field, 'history.0.sources.0');
	assert.match(issue.fix, /content\/data\/sources\/ghost\.json/);
});

test('a status record needs a full checked day', () => {
	const issue = only(check({ status: { 'test-deliveries': { ...status, checked: '2026-11' } } }));
	assert.equal(issue.field, 'checked');
});

test('status history out of order is refused', () => {
	const history = [status.history[0], { ...status.history[0], until: '2026-09-01' }];
	const issue = only(check({ status: { 'test-deliveries': { ...status, history } } }));
	assert.equal(issue.field, 'history');
	assert.match(issue.fix, /newest first/);
});

test('a statedAs pattern that is not a regular expression names its index', () => {
	const issue = only(check({ status: { 'test-deliveries': { ...status, statedAs: ['(unclosed'] } } }));
	assert.equal(issue.field, 'statedAs.0');
});

test('an update must point at site sections', () => {
	const update = { date: '2026-11-30', title: 'A change', summary: 'What changed, in a sentence or two.', sections: ['h200/specs#more-chips'] };
	const issue = only(check({ updates: { '2026-11-30-a-change': update } }));
	assert.equal(issue.field, 'sections.0');
	assert.match(issue.fix, /trailing slash/);
	assert.deepEqual(check({ updates: { '2026-11-30-a-change': { ...update, sections: ['/#start', '/h200/specs/#more-chips', '/h200/'] } } }), []);
});

test('two sources that share a label are told apart by date, or must be relabelled', () => {
	const other = { ...source, url: 'https://www.bis.gov/b' };
	assert.deepEqual(check({ sources: { 'bis-rule': source, 'bis-rule-2': { ...other, published: '2024-12-02' } } }), []);
	const issue = only(check({ sources: { 'bis-rule': source, 'bis-rule-2': other } }));
	assert.equal(issue.field, 'label');
	assert.match(issue.fix, /more specific/);
});

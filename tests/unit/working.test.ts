/**
 * The working behind <Classification> (src/lib/export-control/working.ts), built from the chip
 * records, and the calculator's form logic for the third rule version (src/lib/calculator/form.ts).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Chip } from '../../src/lib/data/schemas.ts';
import { buildWorking } from '../../src/lib/export-control/working.ts';
import { rule2026, ruleVersions, type RuleVersion } from '../../src/lib/export-control/thresholds.ts';
import { ruleDescription, verdictText } from '../../src/lib/export-control/wording.ts';
import { evaluate, queryFromState, stateFromQuery, type FormValues } from '../../src/lib/calculator/form.ts';

const chipsDir = fileURLToPath(new URL('../../content/data/chips/', import.meta.url));
const load = (id: string) => JSON.parse(readFileSync(`${chipsDir}${id}.json`, 'utf8')) as Chip;
const usedIn = (id: string, rule: string) => `<Classification chip="${id}" rule="${rule}"> on /test/`;
const build = (id: string, rule: RuleVersion) => buildWorking(id, load(id), rule, usedIn(id, rule));

describe('Classification working', () => {
	test('H200 under the October 2023 rule: TPP rows, density, verdict, sources', () => {
		const w = build('h200', '2023-10');
		const record = load('h200');
		assert.deepEqual(
			w.rows.map((r) => r.precision),
			['fp64', 'tf32', 'fp16', 'fp8', 'int8'],
		);
		assert.equal(w.result.tpp, record.throughput.fp8!.value * 8);
		assert.deepEqual(
			w.rows.filter((r) => r.deciding).map((r) => r.precision),
			['fp8'],
		);
		assert.equal(w.ties, true, 'FP8 and INT8 give the same product');
		assert.equal(w.second.kind, 'density');
		if (w.second.kind === 'density') assert.equal(w.second.density, w.result.tpp / record.dieArea!.value);
		assert.equal(w.verdict.title, 'Controlled: ECCN 3A090.a');
		assert.equal(w.verdict.tone, 'controlled');
		assert.equal(w.thresholds.text, ruleDescription('2023-10'));
		assert.ok(w.inputSources.includes(record.dieArea!.source));
		assert.ok(!w.inputSources.includes(record.interconnect!.source), 'the interconnect is not an input of the 2023 rule');
		assert.equal(w.underRule, 'under the October 2023 rule');
	});

	test('H800 under the October 2022 rule: the interconnect step compares with the 600 GB/s floor', () => {
		const w = build('h800', '2022-10');
		assert.equal(w.second.kind, 'interconnect');
		if (w.second.kind === 'interconnect') assert.equal(w.second.comparison, ' — below 600 GB/s');
		assert.equal(w.verdict.title, 'Not controlled by ECCN 3A090');
		assert.equal(w.verdict.tone, 'clear');
	});

	test('H200 against the January 2026 ceiling: memory bandwidth in GB/s, below the ceiling', () => {
		const w = build('h200', '2026-01');
		const record = load('h200');
		assert.equal(w.second.kind, 'bandwidth');
		if (w.second.kind === 'bandwidth') {
			assert.equal(w.second.gbs, record.memoryBandwidth!.value * 1000);
			assert.equal(w.second.comparison, ' — below 6,500 GB/s');
		}
		assert.equal(w.result.status, 'below-ceiling');
		assert.equal(w.verdict.title, verdictText({ status: 'below-ceiling' }));
		assert.match(w.verdict.title, /Below the review ceiling/);
		assert.match(w.thresholds.text, /not whether a chip falls under ECCN 3A090/);
		assert.equal(w.thresholds.source, rule2026.source);
		assert.ok(w.inputSources.includes(record.memoryBandwidth!.source));
		assert.equal(w.underRule, 'against the January 2026 review ceiling');
	});

	test('B200 against the ceiling: above it on TPP alone', () => {
		const w = build('b200', '2026-01');
		assert.equal(w.result.status, 'above-ceiling');
		assert.equal(w.verdict.tone, 'notifiable');
	});

	test('a record the rule cannot decide stops the build, naming the page, the file and the figure', () => {
		const chip = load('h200');
		delete chip.memoryBandwidth;
		assert.throws(
			() => buildWorking('h200', chip, '2026-01', usedIn('h200', '2026-01')),
			/<Classification chip="h200" rule="2026-01"> on \/test\/: .*content\/data\/chips\/h200\.json.*dramBandwidth/,
		);
	});

	test('an unknown rule version names the valid ones', () => {
		assert.throws(
			() => buildWorking('h200', load('h200'), '2024-12' as RuleVersion, usedIn('h200', '2024-12')),
			/unknown rule "2024-12". Use one of "2022-10", "2023-10", "2026-01"/,
		);
	});
});

describe('calculator form, every rule version', () => {
	const h200Like: FormValues = { tops: '1979', bits: '8', die: '814', io: '900', bw: '4800', dc: true };

	test('H200-like figures: 3A090.a under both texts, below the review ceiling', () => {
		const result = evaluate(h200Like);
		assert.equal(result.kind, 'result');
		if (result.kind !== 'result') return;
		assert.deepEqual(Object.keys(result.rules), [...ruleVersions]);
		const statuses = ruleVersions.map((v) => {
			const outcome = result.rules[v];
			return outcome.ok ? outcome.value.status : 'undecided';
		});
		assert.deepEqual(statuses, ['controlled', 'controlled', 'below-ceiling']);
	});

	test('no bandwidth: the ceiling asks for it by field name', () => {
		const result = evaluate({ ...h200Like, bw: '' });
		assert.equal(result.kind, 'result');
		if (result.kind !== 'result') return;
		const outcome = result.rules['2026-01'];
		assert.ok(!outcome.ok);
		if (!outcome.ok) {
			assert.equal(outcome.undecided.field, 'bw');
			assert.match(outcome.undecided.message, /^Memory bandwidth is needed/);
		}
	});

	test('a bad bandwidth is a message next to its field', () => {
		const result = evaluate({ ...h200Like, bw: '-1' });
		assert.equal(result.kind, 'invalid');
		if (result.kind === 'invalid') assert.match(result.errors.bw ?? '', /0 or more/);
		const text = evaluate({ ...h200Like, bw: '4.8 TB/s' });
		assert.ok(text.kind === 'invalid' && /not a number/.test(text.errors.bw ?? ''));
	});

	test('the bandwidth goes into the URL and back', () => {
		const query = queryFromState({ chip: null, values: h200Like });
		assert.match(query, /[?&]bw=4800(&|$)/);
		assert.deepEqual(stateFromQuery(query, new Map()), { chip: null, values: h200Like });
		assert.equal(stateFromQuery('?bw=4800', new Map())?.values.bw, '4800');
	});
});

/**
 * chipMetrics, the one place the site computes TPP, performance density and FLOP per byte, checked
 * against published figures through the validated chip records: a wrong record fails here as
 * surely as wrong arithmetic does.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { chipMetrics, ClassifierInputError, roundTo } from '../../src/lib/export-control/index.ts';
import type { Chip } from '../../src/lib/data/schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { dataset, issues } = validateDataset(`${root}content/data/`, root);
assert.deepEqual(issues, [], 'the records must validate before their metrics are tested');
const chip = (id: string): Chip => {
	const record = dataset.chips.get(id);
	assert.ok(record, `chip record ${id} is missing`);
	return record;
};

describe('chipMetrics on the records, against published figures', () => {
	// H100 SXM TPP 15,832 = 989.5 dense BF16/FP16 TFLOPS × 16 = 1,979 dense FP8 × 8 (BIS's own H100 figure; anewz.tv for the H200).
	test('H100 SXM: TPP 15,832, decided by FP8 on the FP8/FP16 tie, and every product shown', () => {
		const m = chipMetrics(chip('h100-sxm'));
		assert.ok(m.tpp && m.tppByPrecision.fp16);
		assert.equal(m.tpp.value, 15_832);
		assert.equal(m.tpp.precision, 'fp8');
		assert.equal(m.tpp.bits, 8);
		assert.equal(m.tpp.throughput, 1979);
		assert.equal(m.tppByPrecision.fp16.value, 989.5 * 16);
		assert.equal(m.tppByPrecision.fp16.value, 15_832);
		assert.equal(m.tppByPrecision.fp64?.value, 67 * 64);
		assert.equal(m.tppByPrecision.tf32?.value, 494.5 * 32);
		assert.deepEqual(m.tpp.sources, ['hpctech-h100']);
	});

	test('H100 SXM: density 15,832 ÷ 814 mm² = 19.45, citing both inputs', () => {
		const m = chipMetrics(chip('h100-sxm'));
		assert.ok(m.density);
		assert.equal(m.density.dieArea, 814);
		assert.equal(roundTo(m.density.value, 2), 19.45);
		assert.deepEqual(m.density.sources, ['hpctech-h100', 'tweaktown-2022-05-h100-sxm']);
	});

	test('H200: the H100’s compute (TPP 15,832) with 4.8 TB/s, so 206 FLOP per byte at BF16/FP16', () => {
		const m = chipMetrics(chip('h200'));
		assert.equal(m.tpp?.value, 15_832);
		assert.ok(m.flopPerByte.fp16);
		assert.equal(m.flopPerByte.fp16.value, 989.5 / 4.8);
		assert.equal(Math.round(m.flopPerByte.fp16.value), 206);
		assert.equal(Math.round(m.flopPerByte.fp8?.value ?? 0), 412);
		assert.deepEqual(m.flopPerByte.fp16.sources, ['hpctech-h100', 'anandtech-sc23-h200']);
	});

	// H20 TPP 2,368 (FP8 296 × 8), below the 2,400 floor of 3A090.b.1.
	test('H20: TPP 2,368 and density 2.91 on the full GH100 area', () => {
		const m = chipMetrics(chip('h20'));
		assert.equal(m.tpp?.value, 2_368);
		assert.equal(roundTo(m.density?.value ?? 0, 2), 2.91);
	});

	test('every chip record: TPP is the highest product, density and FLOP per byte agree with their inputs', () => {
		for (const [id, record] of dataset.chips) {
			const m = chipMetrics(record);
			const products = Object.values(m.tppByPrecision).map((t) => t.value);
			if (!m.tpp) {
				assert.equal(products.length, 0, id);
				continue;
			}
			assert.equal(m.tpp.value, Math.max(...products), id);
			assert.equal(m.tpp.value, m.tpp.throughput * m.tpp.bits, id);
			if (record.dieArea) assert.equal(m.density?.value, m.tpp.value / record.dieArea.value, id);
			else assert.equal(m.density, null, id);
			for (const f of Object.values(m.flopPerByte)) assert.equal(f.value, f.throughput / f.bandwidth, id);
		}
	});
});

describe('chipMetrics on made-up inputs', () => {
	const figure = (value: number, basis?: string) => ({ value, source: 'src-a', basis });

	test('no throughput: no TPP, no density, but nothing thrown', () => {
		const m = chipMetrics({ throughput: {}, dieArea: figure(100), memoryBandwidth: figure(2) });
		assert.deepEqual(m, { tpp: null, tppByPrecision: {}, density: null, flopPerByte: {} });
	});

	test('no die area: TPP but no density; no bandwidth: no FLOP per byte', () => {
		const m = chipMetrics({ throughput: { fp8: figure(1000) } });
		assert.equal(m.tpp?.value, 8000);
		assert.equal(m.density, null);
		assert.deepEqual(m.flopPerByte, {});
	});

	test('a roadmap or estimated input makes what is computed from it provisional', () => {
		const m = chipMetrics({ throughput: { fp8: figure(1000, 'roadmap') }, dieArea: figure(500), memoryBandwidth: figure(4, 'estimate') });
		assert.equal(m.tpp?.provisional, true);
		assert.equal(m.density?.provisional, true);
		assert.equal(m.flopPerByte.fp8?.provisional, true);
		const firm = chipMetrics({ throughput: { fp8: figure(1000, 'derived') }, dieArea: figure(500, 'reported') });
		assert.equal(firm.density?.provisional, false);
	});

	test('a unit slip is refused with the field named', () => {
		assert.throws(
			() => chipMetrics({ throughput: { fp8: figure(1979 * 1000 * 1000) } }),
			(error: unknown) => error instanceof ClassifierInputError && error.field === 'throughput.fp8',
		);
		assert.throws(
			() => chipMetrics({ throughput: { fp8: figure(1979) }, dieArea: figure(0) }),
			(error: unknown) => error instanceof ClassifierInputError && error.field === 'dieArea',
		);
	});

	test('roundTo rounds as shown', () => {
		assert.equal(roundTo(19.4496, 2), 19.45);
		assert.equal(roundTo(206.14, 0), 206);
		assert.equal(roundTo(2.905, 1), 2.9);
	});
});

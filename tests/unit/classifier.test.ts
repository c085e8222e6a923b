/**
 * ECCN 3A090 classifier and the January 2026 review ceiling. Published outcomes are checked against the chip records themselves,
 * so a wrong figure in a record fails here as surely as wrong logic does.
 * Run: node --test tests/unit/
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	classify,
	tryClassify,
	ClassifierInputError,
	inputFromChip,
	metricsFromChip,
	rule2026,
	performanceDensity,
	totalProcessingPerformance,
	type ChipRecordFigures,
	type ClassifierInput,
	type RuleVersion,
} from '../../src/lib/export-control/index.ts';

const chipsDir = fileURLToPath(new URL('../../content/data/chips/', import.meta.url));

function loadChip(id: string): ChipRecordFigures {
	const path = `${chipsDir}${id}.json`;
	assert.ok(existsSync(path), `chip record ${id}.json is missing`);
	return JSON.parse(readFileSync(path, 'utf8')) as ChipRecordFigures;
}
const fromChip = (id: string) => inputFromChip(loadChip(id));

/** A data-centre chip with one FP16 figure: TPP = fp16 × 16. */
const chip = (fp16: number, extra: Partial<ClassifierInput> = {}): ClassifierInput => ({
	throughput: { fp16 },
	datacenter: true,
	...extra,
});

/** Asserts that `fn` throws a ClassifierInputError on `field` whose message matches `pattern`. */
function assertInputError(fn: () => unknown, field: string, pattern: RegExp): void {
	assert.throws(fn, (error: unknown) => {
		assert.ok(error instanceof ClassifierInputError, `expected ClassifierInputError, got ${String(error)}`);
		assert.equal(error.field, field);
		assert.match(error.message, new RegExp(`^${field.replace('.', '\\.')}: `));
		assert.match(error.message, pattern);
		return true;
	});
}

describe('published outcomes, from the chip records', () => {
	// H200 TPP "15,832": https://anewz.tv/science/innovations-technology/17629/china-clears-first-orders-for-nvidia-h200-chip-imports/news
	test('H200 TPP is 15,832 (FP8 1,979 dense × 8)', () => {
		const tpp = totalProcessingPerformance(fromChip('h200').throughput);
		assert.equal(tpp.tpp, 15_832);
		assert.equal(tpp.precision, 'fp8');
	});

	// H20 TPP 2,368: https://in.whatpsu.com/articles/1176-NVIDIA-will-sell-more-than-one-million-H20-GPUs-to-China-resulting-in-12-billion-in-revenue
	test('H20 TPP is 2,368 (FP8 296 dense × 8)', () => {
		const tpp = totalProcessingPerformance(fromChip('h20').throughput);
		assert.equal(tpp.tpp, 2_368);
		assert.equal(tpp.precision, 'fp8');
	});

	// A100 and H100 were the chips the October 2022 rule was drawn around (licence letters of
	// Aug 2022: https://www.design-reuse.com/news/52595/usa-rule-china-s-ai-progress.html); NVIDIA's
	// Oct 2023 SEC filing lists A100, A800, H100, H800 as caught by the 2023 rule
	// (https://videocardz.com/newz/u-s-to-restrict-shipment-of-nvidia-h800-and-rtx-4090-gpus-to-china).
	// H200 came after both rules (announced Nov 2023); its 2022 result is what that text would give.
	for (const id of ['a100', 'h100-sxm', 'h200']) {
		for (const rule of ['2022-10', '2023-10'] as const) {
			test(`${id} is controlled under 3A090.a (${rule})`, () => {
				const result = classify(fromChip(id), rule);
				assert.equal(result.status, 'controlled');
				assert.equal(result.clause, '3A090.a');
			});
		}
	}

	// A800 and H800: NVLink cut to 400 GB/s to pass the 2022 test (https://aiwiki.ai/wiki/nvidia_a800,
	// https://aiwiki.ai/wiki/nvidia_h800); caught in 2023 (SEC filing above).
	for (const id of ['a800', 'h800']) {
		test(`${id} is not controlled under 2022: interconnect below 600 GB/s`, () => {
			const metrics = fromChip(id);
			assert.ok(metrics.interconnectGBs !== undefined && metrics.interconnectGBs < 600, 'record interconnect < 600');
			const result = classify(metrics, '2022-10');
			assert.equal(result.status, 'not-controlled');
			assert.equal(result.clause, null);
			assert.ok(result.tpp >= 4800, 'its TPP alone would have been caught');
			assert.match(result.reason, /below 600 GB\/s/);
		});
		test(`${id} is controlled under 3A090.a in 2023`, () => {
			const result = classify(fromChip(id), '2023-10');
			assert.equal(result.status, 'controlled');
			assert.equal(result.clause, '3A090.a');
		});
	}

	// H20: built for the 2023 rule and sold without a licence until April 2025 (facts B3, B5).
	for (const rule of ['2022-10', '2023-10'] as const) {
		test(`h20 is not controlled (${rule})`, () => {
			const result = classify(fromChip('h20'), rule);
			assert.equal(result.status, 'not-controlled');
			assert.equal(result.clause, null);
			assert.ok(result.tpp < 2400, 'below the b.1 TPP floor');
			if (rule === '2023-10') assert.ok(result.density !== null && result.density < 3.2, 'below the b.2 density floor');
		});
	}

	test('metricsFromChip keeps the source id of every input', () => {
		const metrics = fromChip('h200');
		const record = loadChip('h200');
		assert.equal(metrics.sources.throughput.fp8, record.throughput?.fp8?.source);
		assert.equal(metrics.sources.interconnect, record.interconnect?.source);
		assert.equal(metrics.datacenter, true);
		assert.equal(metricsFromChip(record, { datacenter: false }).datacenter, false);
	});
});

describe('TPP and density', () => {
	test('TPP is the highest throughput × bit length over the precisions given', () => {
		const result = totalProcessingPerformance({ fp64: 10, tf32: 100, fp16: 250, fp8: 400, int8: 300, fp4: 700 });
		assert.equal(result.tpp, 4000); // fp16 250 × 16 beats fp8 3,200, tf32 3,200, fp4 2,800, int8 2,400, fp64 640
		assert.equal(result.precision, 'fp16');
		assert.deepEqual(result.byPrecision, { fp8: 3200, fp16: 4000, int8: 2400, fp4: 2800, tf32: 3200, fp64: 640 });
	});

	test('TF32 counts 32 bits and FP64 64 bits', () => {
		assert.equal(totalProcessingPerformance({ tf32: 200 }).tpp, 6400);
		assert.equal(totalProcessingPerformance({ fp64: 100 }).tpp, 6400);
	});

	test('on a tie FP8, then FP16, is reported, never TF32 (A100: 312 × 16 = 156 × 32 = 624 × 8)', () => {
		const result = totalProcessingPerformance({ tf32: 156, int8: 624, fp16: 312 });
		assert.equal(result.tpp, 4992);
		assert.equal(result.precision, 'fp16');
	});

	test('density is TPP ÷ die area', () => {
		assert.equal(performanceDensity(15_832, 814), 15_832 / 814);
		assert.equal(performanceDensity(2960, 500), 5.92);
	});
});

describe('thresholds, exactly at and just below each line', () => {
	const status = (input: ClassifierInput, rule: RuleVersion) => classify(input, rule).status;

	test('2022: TPP 4,800 with 600 GB/s is controlled; just under either is not', () => {
		assert.equal(status(chip(300, { interconnectGBs: 600 }), '2022-10'), 'controlled');
		assert.equal(status(chip(299.99, { interconnectGBs: 600 }), '2022-10'), 'not-controlled');
		assert.equal(status(chip(300, { interconnectGBs: 599.9 }), '2022-10'), 'not-controlled');
	});

	test('2023 a.1: TPP 4,800 is controlled without any density', () => {
		const result = classify(chip(300), '2023-10');
		assert.equal(result.status, 'controlled');
		assert.equal(result.density, null);
		assert.match(result.reason, /\(a\.1\)/);
	});

	test('2023 a.2: TPP 1,600 with density 5.92 is controlled; TPP just under 1,600 is not', () => {
		assert.equal(status(chip(100, { dieAreaMm2: 1600 / 6.4 }), '2023-10'), 'controlled');
		const atLine = classify(chip(185, { dieAreaMm2: 500 }), '2023-10'); // TPP 2,960 / 500 = 5.92
		assert.equal(atLine.density, 5.92);
		assert.equal(atLine.status, 'controlled');
		assert.match(atLine.reason, /\(a\.2\)/);
		assert.equal(status(chip(99.99, { dieAreaMm2: 250 }), '2023-10'), 'not-controlled'); // density 6.4 but TPP 1,599.84
	});

	test('2023 b.1: TPP 2,400 with density 1.6 is notifiable; just under either is not', () => {
		const atLine = classify(chip(150, { dieAreaMm2: 1500 }), '2023-10'); // 2,400 / 1,500 = 1.6
		assert.equal(atLine.status, 'notifiable');
		assert.equal(atLine.clause, '3A090.b');
		assert.match(atLine.reason, /\(b\.1\)/);
		assert.equal(status(chip(150, { dieAreaMm2: 1500.1 }), '2023-10'), 'not-controlled');
		assert.equal(status(chip(149.99, { dieAreaMm2: 1000 }), '2023-10'), 'not-controlled'); // TPP 2,399.84, density 2.4
	});

	test('2023 b.2: TPP 1,600 with density 3.2 is notifiable; density just under 3.2 is not', () => {
		const atLine = classify(chip(100, { dieAreaMm2: 500 }), '2023-10'); // 1,600 / 500 = 3.2
		assert.equal(atLine.status, 'notifiable');
		assert.match(atLine.reason, /\(b\.2\)/);
		assert.equal(status(chip(100, { dieAreaMm2: 500.1 }), '2023-10'), 'not-controlled');
	});

	test('2023: density just under 5.92 drops from a.2 to b, and the reason does not round it to 5.92', () => {
		const result = classify(chip(185, { dieAreaMm2: 500.1 }), '2023-10'); // density 5.9188
		assert.equal(result.status, 'notifiable');
		assert.match(result.reason, /performance density 5\.919 /);
	});

	test('2023: TPP just under 4,800 with low density is not controlled, and reads 4,799.8', () => {
		const result = classify(chip(299.99, { dieAreaMm2: 4000 }), '2023-10'); // density 1.2
		assert.equal(result.status, 'not-controlled');
		assert.match(result.reason, /^TPP 4,799\.8 is below 4,800/);
	});

	test('2023 Note 2: a non-data-centre part under 4,800 is excluded; at 4,800 it is still 3A090.a', () => {
		assert.equal(status(chip(250, { dieAreaMm2: 100, datacenter: false }), '2023-10'), 'not-controlled');
		assert.equal(status(chip(250, { dieAreaMm2: 100 }), '2023-10'), 'controlled'); // same part, data-centre
		assert.equal(status(chip(300, { datacenter: false }), '2023-10'), 'controlled');
	});

	test('reasons give the numbers in en-US format', () => {
		const result = classify({ throughput: { fp8: 1979 }, interconnectGBs: 900, datacenter: true }, '2022-10');
		assert.equal(
			result.reason,
			'TPP 15,832 is at or above 4,800 and its interconnect of 900 GB/s is at or above 600 GB/s, so under the October 2022 rule it falls under 3A090.a.',
		);
		assert.equal(
			classify({ throughput: { fp8: 1979 }, datacenter: true }, '2023-10').reason,
			'TPP 15,832 is at or above 4,800, so it falls under 3A090.a (a.1); performance density does not matter.',
		);
		assert.match(classify(chip(148, { dieAreaMm2: 814 }), '2023-10').reason, /performance density 2\.91 /);
	});
});

describe('inputs the classifier refuses', () => {
	test('negative, NaN and infinite throughput', () => {
		assertInputError(() => classify(chip(-0.5), '2023-10'), 'throughput.fp16', /0 or more/);
		assertInputError(() => classify(chip(Number.NaN), '2023-10'), 'throughput.fp16', /not a number/);
		assertInputError(() => classify(chip(Number.POSITIVE_INFINITY), '2023-10'), 'throughput.fp16', /finite/);
	});

	test('missing or empty throughput, and unknown precisions', () => {
		const noThroughput = { datacenter: true } as unknown as ClassifierInput;
		assertInputError(() => classify(noThroughput, '2023-10'), 'throughput', /is missing/);
		assertInputError(() => classify({ throughput: {}, datacenter: true }, '2023-10'), 'throughput', /no figures/);
		const bf16 = { throughput: { bf16: 989 }, datacenter: true } as unknown as ClassifierInput;
		assertInputError(() => classify(bf16, '2023-10'), 'throughput.bf16', /Put BF16 under fp16/);
	});

	test('absurd TPP (a unit slip) is refused', () => {
		assertInputError(() => classify({ throughput: { fp8: 1_979_000 }, datacenter: true }, '2023-10'), 'throughput.fp8', /plausible maximum/);
	});

	test('die area: zero, negative, absurd', () => {
		assertInputError(() => classify(chip(150, { dieAreaMm2: 0 }), '2023-10'), 'dieArea', /greater than 0/);
		assertInputError(() => classify(chip(150, { dieAreaMm2: -814 }), '2023-10'), 'dieArea', /greater than 0/);
		assertInputError(() => classify(chip(150, { dieAreaMm2: 814_000_000 }), '2023-10'), 'dieArea', /plausible maximum/);
		// A bad figure is refused even where the rule would not use it.
		assertInputError(() => classify(chip(300, { dieAreaMm2: Number.NaN }), '2022-10'), 'dieArea', /not a number/);
	});

	test('2023: die area is required only when TPP is between 1,600 and 4,800', () => {
		assertInputError(() => classify(chip(150), '2023-10'), 'dieArea', /between 1,600 and 4,800.*mm²/);
		assert.equal(classify(chip(300), '2023-10').status, 'controlled');
		assert.equal(classify(chip(99), '2023-10').status, 'not-controlled');
	});

	test('2022: interconnect is required only when TPP is 4,800 or more', () => {
		assertInputError(() => classify(chip(300), '2022-10'), 'interconnect', /GB\/s/);
		assert.equal(classify(chip(299), '2022-10').status, 'not-controlled');
		assertInputError(() => classify(chip(100, { interconnectGBs: -400 }), '2022-10'), 'interconnect', /0 or more/);
		assertInputError(() => classify(chip(100, { interconnectGBs: 400_000 }), '2023-10'), 'interconnect', /plausible maximum/);
	});

	test('2023: data-centre flag is required when TPP is under 4,800', () => {
		const noFlag = { throughput: { fp16: 150 }, dieAreaMm2: 500 } as unknown as ClassifierInput;
		assertInputError(() => classify(noFlag, '2023-10'), 'datacenter', /Note 2/);
	});

	test('unknown rule version', () => {
		assertInputError(() => classify(chip(300), '2024-12' as RuleVersion), 'ruleVersion', /2022-10, 2023-10, 2026-01/);
		assertInputError(() => classify(chip(300), 'toString' as RuleVersion), 'ruleVersion', /Use one of/);
	});

	test('tryClassify returns the error instead of throwing', () => {
		const result = tryClassify(chip(150), '2023-10');
		assert.equal(result.ok, false);
		if (!result.ok) assert.equal(result.error.field, 'dieArea');
		const ok = tryClassify(chip(300), '2023-10');
		assert.ok(ok.ok && ok.value.status === 'controlled');
	});
});

describe('January 2026 review ceiling (91 FR 1684)', () => {
	// 91 FR 1684 (source fr-2026-00789; event 2026-01-13-bis-h200-case-by-case-rule) names the H200
	// and AMD's MI325X as chips below the ceiling; the B200 and B300 (Blackwell) were left out of the
	// December 2025 decision and exceed it (chart memory-bandwidth-vs-2025-2026-lines).
	for (const id of ['h200', 'mi325x']) {
		test(`${id} is below the ceiling, from its record`, () => {
			const input = fromChip(id);
			const result = classify(input, '2026-01');
			assert.equal(result.status, 'below-ceiling');
			assert.equal(result.clause, null);
			assert.ok(result.tpp < rule2026.maxTpp && input.dramBandwidthGBs! < rule2026.maxDramBandwidthGBs);
			assert.match(result.reason, /below the January 2026 review ceiling \(91 FR 1684\)/);
			assert.match(result.reason, /reviewed case by case/);
			assert.match(result.reason, /not the ECCN/);
		});
	}
	for (const id of ['b200', 'b300']) {
		test(`${id} is above the ceiling, from its record`, () => {
			const result = classify(fromChip(id), '2026-01');
			assert.equal(result.status, 'above-ceiling');
			assert.ok(result.tpp >= rule2026.maxTpp, 'its TPP alone exceeds the ceiling');
		});
	}

	test('the H200 is below the ceiling and still 3A090.a: the ceiling does not change the ECCN', () => {
		assert.equal(classify(fromChip('h200'), '2023-10').clause, '3A090.a');
		assert.equal(classify(fromChip('h200'), '2026-01').status, 'below-ceiling');
	});

	test('memory bandwidth is read from the record in GB/s', () => {
		const record = loadChip('h200');
		assert.equal(record.memoryBandwidth?.unit, 'TB/s');
		assert.equal(fromChip('h200').dramBandwidthGBs, record.memoryBandwidth.value * 1000);
		assert.equal(fromChip('h200').sources.memoryBandwidth, record.memoryBandwidth.source);
		assert.equal(inputFromChip({ memoryBandwidth: { value: 3.35, unit: 'TB/s', source: 'x' } }).dramBandwidthGBs, 3350);
	});

	const status = (input: ClassifierInput) => classify(input, '2026-01').status;
	test('TPP 21,000 is at the ceiling (not below it); just under is below when bandwidth is too', () => {
		assert.equal(status(chip(21000 / 16, { dramBandwidthGBs: 1000 })), 'above-ceiling');
		assert.equal(status(chip(21000 / 16 - 0.01, { dramBandwidthGBs: 1000 })), 'below-ceiling');
	});

	test('bandwidth 6,500 GB/s is at the ceiling; 6,499.9 is below', () => {
		assert.equal(status(chip(100, { dramBandwidthGBs: 6500 })), 'above-ceiling');
		assert.equal(status(chip(100, { dramBandwidthGBs: 6499.9 })), 'below-ceiling');
		assert.match(classify(chip(100, { dramBandwidthGBs: 6499.9 }), '2026-01').reason, /6,499\.9 GB\/s is below 6,500 GB\/s/);
	});

	test('bandwidth is needed only below the TPP ceiling', () => {
		assert.equal(status(chip(2000)), 'above-ceiling');
		assertInputError(() => classify(chip(1000), '2026-01'), 'dramBandwidth', /below 21,000.*GB\/s/);
	});

	test('bad bandwidth figures are refused, under every rule', () => {
		assertInputError(() => classify(chip(100, { dramBandwidthGBs: -1 }), '2023-10'), 'dramBandwidth', /0 or more/);
		assertInputError(() => classify(chip(100, { dramBandwidthGBs: Number.NaN }), '2026-01'), 'dramBandwidth', /not a number/);
		assertInputError(() => classify(chip(100, { dramBandwidthGBs: 4_800_000 }), '2026-01'), 'dramBandwidth', /plausible maximum/);
	});
});

/**
 * The classifier's sentences (src/lib/export-control/wording.ts) print only numbers that are an
 * input or a threshold from thresholds.ts: a threshold typed into a sentence, or a wrong one,
 * fails here. Checked over every chip record under every rule version, over inputs at and
 * around every line, and over every sentence template called directly.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	classify,
	ClassifierInputError,
	inputFromChip,
	rules,
	ruleVersions,
	type ChipRecordFigures,
	type ClassifierInput,
} from '../../src/lib/export-control/index.ts';
import { needs, reasons, ruleDescription, shortVerdict, verdictText } from '../../src/lib/export-control/wording.ts';

/** Every number in thresholds.ts's rule objects. */
function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
	return [];
}
const thresholds = new Set(numbersIn(rules));

/** Words with digits that are names, not quantities: clauses, rule dates, citations, notes. */
const names = [
	/\b3A090(\.[ab](\.[12])?)?/g,
	/\b[ab]\.[12]\b/g,
	/\bNote 2\b/g,
	/\b(January|October) \d{4}\b/g,
	/\b\d+ FR \d+\b/g,
	/\b(19|20)\d\d\b(?= rule)/g,
	/\(20\d\d\)/g,
];

/** The numbers a sentence prints, with the decimals it prints them to. */
function numbersOf(sentence: string): { value: number; decimals: number; text: string }[] {
	let text = sentence;
	for (const pattern of names) text = text.replace(pattern, ' ');
	return [...text.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => ({
		value: Number(m[0].replace(/,/g, '')),
		decimals: m[1] ? m[1].length - 1 : 0,
		text: m[0],
	}));
}

/** Fails unless every number printed is a threshold or one of `inputs` as rounded for print. */
function assertNumbersKnown(sentence: string, inputs: readonly number[], where: string): void {
	for (const n of numbersOf(sentence)) {
		if (thresholds.has(n.value)) continue;
		const tolerance = 0.5 * 10 ** -n.decimals + 1e-9;
		const input = inputs.find((i) => Math.abs(i - n.value) <= tolerance);
		assert.ok(input !== undefined, `${where}: "${n.text}" is neither a threshold nor an input (${inputs.join(', ')}) in: ${sentence}`);
	}
}

/** The inputs a classification could print: the figures given and what the classifier derived. */
function inputsOf(input: ClassifierInput, tpp?: number, density?: number | null): number[] {
	const bits: Record<string, number> = { fp64: 64, tf32: 32, fp16: 16, fp8: 8, int8: 8, fp4: 4 };
	const products = Object.entries(input.throughput).map(([p, v]) => (v ?? 0) * bits[p]!);
	return [
		...Object.values(input.throughput).filter((v): v is number => v !== undefined),
		...products,
		...[input.dieAreaMm2, input.interconnectGBs, input.dramBandwidthGBs, tpp, density ?? undefined].filter((v): v is number => v !== undefined),
	];
}

/** Classifies and checks the sentence, or the input error's sentence; returns the status reached. */
function check(input: ClassifierInput, where: string): string {
	for (const rule of ruleVersions) {
		try {
			const result = classify(input, rule);
			assertNumbersKnown(result.reason, inputsOf(input, result.tpp, result.density), `${where} (${rule})`);
			assert.ok(verdictText(result).length > 0 && shortVerdict(result).length > 0);
			seen.add(`${rule}:${result.status}`);
		} catch (error) {
			if (!(error instanceof ClassifierInputError)) throw error;
			// The error may come before TPP is known; every product is among the inputs anyway.
			assertNumbersKnown(error.message, inputsOf(input), `${where} (${rule}, input error)`);
			seen.add(`${rule}:needs ${error.field}`);
		}
	}
	return where;
}
const seen = new Set<string>();

const chipsDir = fileURLToPath(new URL('../../content/data/chips/', import.meta.url));
const chipIds = readdirSync(chipsDir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -'.json'.length));

describe('every number in a reason is an input or a threshold', () => {
	test('every chip record, under every rule version, as data-centre part and not', () => {
		assert.ok(chipIds.length > 10, 'the chip records were found');
		for (const id of chipIds) {
			const record = JSON.parse(readFileSync(`${chipsDir}${id}.json`, 'utf8')) as ChipRecordFigures;
			if (!record.throughput || Object.keys(record.throughput).length === 0) continue;
			for (const datacenter of [true, false]) check(inputFromChip(record, { datacenter }), `${id}, datacenter ${datacenter}`);
		}
	});

	test('inputs at, just under and just over every threshold', () => {
		// TPP from FP16 rates; a die area that puts density at, under or over each density line.
		const tpps = [...thresholds].flatMap((t) => [t, t - 0.4, t - 0.01, t + 0.01]).filter((t) => t > 0);
		const densities = [0.5, 1.5999, 1.6, 2.4, 3.2, 3.1999, 4, 5.9188, 5.92, 6.4];
		const bandwidths = [undefined, 400, 599.9, 600, 6499.6, 6500, 8000];
		for (const tpp of tpps) {
			for (const density of densities) {
				for (const bw of bandwidths) {
					for (const datacenter of [true, false]) {
						const input: ClassifierInput = { throughput: { fp16: tpp / 16 }, dieAreaMm2: tpp / density, datacenter };
						if (bw !== undefined) {
							input.interconnectGBs = bw;
							input.dramBandwidthGBs = bw;
						}
						check(input, `TPP ${tpp}, density ${density}, bandwidth ${bw}`);
					}
				}
			}
			check({ throughput: { fp16: tpp / 16 }, datacenter: true }, `TPP ${tpp}, no die area or bandwidth`);
		}
	});

	test('the edge inputs reach every outcome and every missing-figure message', () => {
		const expected = [
			...['2022-10:controlled', '2022-10:not-controlled', '2022-10:needs interconnect'],
			...['2023-10:controlled', '2023-10:notifiable', '2023-10:not-controlled', '2023-10:needs dieArea'],
			...['2026-01:below-ceiling', '2026-01:above-ceiling', '2026-01:needs dramBandwidth'],
		];
		for (const outcome of expected) assert.ok(seen.has(outcome), `no input reached ${outcome}`);
	});

	test('every sentence template, called directly', () => {
		// Values just off each line, so a template that printed a rounded or typed number would show it.
		const [t, d, io, bw] = [4799.6, 5.9188, 599.9, 6499.6];
		const r22 = reasons['2022-10'];
		const r23 = reasons['2023-10'];
		const r26 = reasons['2026-01'];
		const sentences: Record<string, string> = {
			'2022 belowTpp': r22.belowTpp(t),
			'2022 controlled': r22.controlled(t, io),
			'2022 lowInterconnect': r22.lowInterconnect(t, io),
			'2023 a1': r23.a1(t, true) + r23.a1(t, false),
			'2023 note2': r23.note2(t),
			'2023 belowFloor': r23.belowFloor(t),
			'2023 a2': r23.a2(t, d),
			'2023 b1': r23.b1(t, d),
			'2023 b2': r23.b2(t, d),
			'2023 none': r23.none(t, d) + r23.none(2399.6, d),
			'2026 highTpp': r26.highTpp(20999.6),
			'2026 highBandwidth': r26.highBandwidth(t, bw),
			'2026 below': r26.below(t, bw),
			'needs interconnect': needs.interconnect(t),
			'needs datacenter': needs.datacenter(t),
			'needs dieArea': needs.dieArea(t),
			'needs dramBandwidth': needs.dramBandwidth(t),
		};
		const templates = [...Object.values(r22), ...Object.values(r23), ...Object.values(r26), ...Object.values(needs)];
		assert.equal(Object.keys(sentences).length, templates.length, 'every template is called above');
		for (const [name, sentence] of Object.entries(sentences)) assertNumbersKnown(sentence, [t, d, io, bw, 2399.6, 20999.6], name);
		for (const rule of ruleVersions) assertNumbersKnown(ruleDescription(rule), [], `ruleDescription(${rule})`);
	});
});

describe('the parser itself', () => {
	test('a typed number that is not a threshold is caught', () => {
		assert.throws(() => assertNumbersKnown('TPP 15,832 is at or above 4,801.', [15832], 'test'), /"4,801" is neither/);
		assert.doesNotThrow(() => assertNumbersKnown('TPP 15,832 is at or above 4,800 (3A090.a, a.1), October 2023 rule.', [15832], 'test'));
	});
});

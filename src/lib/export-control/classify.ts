/**
 * Classifies a chip under each rule version in thresholds.ts: ECCN 3A090 as the October 2022 and
 * October 2023 rule texts stood, and the January 2026 ceiling for case-by-case licence review.
 * Answers only what the numbers decide: destinations, licence conditions and the letters of 2025
 * are out of scope. The words of every answer come from wording.ts.
 */
import type { Precision } from '../data/schemas.ts';
import {
	checkQuantity,
	ClassifierInputError,
	limits,
	metricsFromChip,
	performanceDensity,
	totalProcessingPerformance,
	type ChipFigures,
	type ChipMetrics,
	type Throughput,
} from './metrics.ts';
import { rule2022, rule2023, rule2026, rules, ruleVersions, type RuleVersion } from './thresholds.ts';
import { needs, reasons } from './wording.ts';

export { ClassifierInputError };

export interface ClassifierInput {
	throughput: Throughput;
	/** Applicable die area, mm². Needed under the October 2023 rule only for a TPP between its a.2 and a.1 floors. */
	dieAreaMm2?: number;
	/** Aggregate bidirectional chip-to-chip GB/s. Needed under the October 2022 rule only at or above its TPP floor. */
	interconnectGBs?: number;
	/** Total DRAM (memory) bandwidth, GB/s. Needed under the January 2026 ceiling only below its TPP ceiling. */
	dramBandwidthGBs?: number;
	/** Designed or marketed for use in data centres. Matters under the October 2023 rule only below the a.1 floor (Note 2). */
	datacenter: boolean;
}

interface Computed {
	rule: RuleVersion;
	tpp: number;
	tppPrecision: Precision;
	/** TPP ÷ die area, or null when no die area was given. */
	density: number | null;
}

/** A rule version's answer for one chip: its status, the clause where 3A090 decides, and why. */
export type ClassificationResult = Computed &
	(
		| { status: 'controlled'; clause: '3A090.a'; reason: string }
		| { status: 'notifiable'; clause: '3A090.b'; reason: string }
		| { status: 'not-controlled'; clause: null; reason: string }
		/** January 2026: eligible for case-by-case licence review (China); says nothing about the ECCN. */
		| { status: 'below-ceiling'; clause: null; reason: string }
		| { status: 'above-ceiling'; clause: null; reason: string }
	);
export type Verdict = ClassificationResult['status'];

/** Largest plausible DRAM bandwidth, GB/s: about 10× the 8 TB/s of a 2025 B300; TB/s typed as MB/s fails. */
const maxDramBandwidthGBs = 100_000;

export function classify(input: ClassifierInput, ruleVersion: RuleVersion): ClassificationResult {
	if (typeof ruleVersion !== 'string' || !Object.hasOwn(rules, ruleVersion)) {
		throw new ClassifierInputError('ruleVersion', `got "${String(ruleVersion)}". Use one of ${ruleVersions.join(', ')}.`);
	}
	if (typeof input !== 'object' || input === null) {
		throw new ClassifierInputError('input', 'is missing. Pass { throughput, dieAreaMm2?, interconnectGBs?, dramBandwidthGBs?, datacenter }.');
	}
	const { tpp, precision } = totalProcessingPerformance(input.throughput);
	// Validate every figure given, even one this rule ignores: a bad figure is a bad record.
	const density = input.dieAreaMm2 === undefined ? null : performanceDensity(tpp, input.dieAreaMm2);
	if (input.interconnectGBs !== undefined) {
		checkQuantity('interconnect', input.interconnectGBs, 'GB/s', limits.maxInterconnectGBs);
	}
	if (input.dramBandwidthGBs !== undefined) {
		checkQuantity('dramBandwidth', input.dramBandwidthGBs, 'GB/s', maxDramBandwidthGBs);
	}
	const computed: Computed = { rule: ruleVersion, tpp, tppPrecision: precision, density };
	switch (ruleVersion) {
		case '2022-10':
			return classify2022(input, computed);
		case '2023-10':
			return classify2023(input, computed);
		case '2026-01':
			return classify2026(input, computed);
	}
}

function classify2022(input: ClassifierInput, c: Computed): ClassificationResult {
	const { minTpp, minInterconnectGBs } = rule2022;
	const words = reasons['2022-10'];
	if (c.tpp < minTpp) {
		return { ...c, status: 'not-controlled', clause: null, reason: words.belowTpp(c.tpp) };
	}
	if (input.interconnectGBs === undefined) {
		throw new ClassifierInputError('interconnect', needs.interconnect(c.tpp));
	}
	if (input.interconnectGBs >= minInterconnectGBs) {
		return { ...c, status: 'controlled', clause: '3A090.a', reason: words.controlled(c.tpp, input.interconnectGBs) };
	}
	return { ...c, status: 'not-controlled', clause: null, reason: words.lowInterconnect(c.tpp, input.interconnectGBs) };
}

function classify2023(input: ClassifierInput, c: Computed): ClassificationResult {
	const { a1, a2, b1, b2, nonDatacenterMinTpp } = rule2023;
	const words = reasons['2023-10'];
	// a.1 needs no density: TPP alone decides, for data-centre and other parts alike.
	if (c.tpp >= a1.minTpp) {
		return { ...c, status: 'controlled', clause: '3A090.a', reason: words.a1(c.tpp, input.datacenter) };
	}
	if (typeof input.datacenter !== 'boolean') {
		throw new ClassifierInputError('datacenter', needs.datacenter(c.tpp));
	}
	if (!input.datacenter && c.tpp < nonDatacenterMinTpp) {
		return { ...c, status: 'not-controlled', clause: null, reason: words.note2(c.tpp) };
	}
	if (c.tpp < a2.minTpp) {
		return { ...c, status: 'not-controlled', clause: null, reason: words.belowFloor(c.tpp) };
	}
	if (c.density === null) {
		throw new ClassifierInputError('dieArea', needs.dieArea(c.tpp));
	}
	if (c.density >= a2.minDensity) {
		return { ...c, status: 'controlled', clause: '3A090.a', reason: words.a2(c.tpp, c.density) };
	}
	if (c.tpp >= b1.minTpp && c.density >= b1.minDensity) {
		return { ...c, status: 'notifiable', clause: '3A090.b', reason: words.b1(c.tpp, c.density) };
	}
	if (c.density >= b2.minDensity) {
		return { ...c, status: 'notifiable', clause: '3A090.b', reason: words.b2(c.tpp, c.density) };
	}
	return { ...c, status: 'not-controlled', clause: null, reason: words.none(c.tpp, c.density) };
}

/** The January 2026 ceiling: both TPP and total DRAM bandwidth must be below their limits. */
function classify2026(input: ClassifierInput, c: Computed): ClassificationResult {
	const { maxTpp, maxDramBandwidthGBs } = rule2026;
	const words = reasons['2026-01'];
	if (c.tpp >= maxTpp) {
		return { ...c, status: 'above-ceiling', clause: null, reason: words.highTpp(c.tpp) };
	}
	if (input.dramBandwidthGBs === undefined) {
		throw new ClassifierInputError('dramBandwidth', needs.dramBandwidth(c.tpp));
	}
	if (input.dramBandwidthGBs >= maxDramBandwidthGBs) {
		return { ...c, status: 'above-ceiling', clause: null, reason: words.highBandwidth(c.tpp, input.dramBandwidthGBs) };
	}
	return { ...c, status: 'below-ceiling', clause: null, reason: words.below(c.tpp, input.dramBandwidthGBs) };
}

/** Like `classify`, but returns input errors instead of throwing (for tables that skip incomplete rows). */
export function tryClassify(
	input: ClassifierInput,
	ruleVersion: RuleVersion,
): { ok: true; value: ClassificationResult } | { ok: false; error: ClassifierInputError } {
	try {
		return { ok: true, value: classify(input, ruleVersion) };
	} catch (error) {
		if (error instanceof ClassifierInputError) return { ok: false, error };
		throw error;
	}
}

/** What the classifier reads from a chip record: metrics.ts's figures plus memory bandwidth. */
export interface ChipRecordFigures extends ChipFigures {
	memoryBandwidth?: { value: number; unit: string; source: string } | undefined;
}
export interface ChipInput extends ChipMetrics {
	dramBandwidthGBs?: number;
	sources: ChipMetrics['sources'] & { memoryBandwidth?: string };
}

/** TB/s and GB/s to GB/s, rounded to 1 MB/s so 3.35 TB/s reads 3,350 and not 3,350.0000000000005. */
export function toGBs(figure: { value: number; unit: string }, field = 'memoryBandwidth'): number {
	if (figure.unit === 'GB/s') return figure.value;
	if (figure.unit === 'TB/s') return Math.round(figure.value * 1_000_000) / 1000;
	throw new ClassifierInputError(field, `has unit "${figure.unit}"; use TB/s or GB/s.`);
}

/**
 * The classifier inputs of a chip record with their source ids: metricsFromChip's figures and the
 * memory bandwidth the January 2026 ceiling reads, in GB/s.
 */
export function inputFromChip(chip: ChipRecordFigures, options: { datacenter?: boolean } = {}): ChipInput {
	const metrics = metricsFromChip(chip, options);
	const input: ChipInput = { ...metrics, sources: { ...metrics.sources } };
	if (chip.memoryBandwidth) {
		input.dramBandwidthGBs = toGBs(chip.memoryBandwidth);
		input.sources.memoryBandwidth = chip.memoryBandwidth.source;
	}
	return input;
}

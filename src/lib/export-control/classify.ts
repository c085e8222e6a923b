/**
 * Classifies a chip under ECCN 3A090 as the October 2022 or October 2023 rule text stood.
 * Answers only what the numbers decide: licence policy, destinations and later rules
 * (2024 HBM, 2025 H20 letters, 2026 case-by-case review) are out of scope.
 */
import type { Precision } from '../data/schemas.ts';
import {
	checkQuantity,
	ClassifierInputError,
	limits,
	performanceDensity,
	totalProcessingPerformance,
	type Throughput,
} from './metrics.ts';
import { rule2022, rule2023, rules, type RuleVersion } from './thresholds.ts';

export { ClassifierInputError };

export interface ClassifierInput {
	throughput: Throughput;
	/** Applicable die area, mm². Needed under 2023 only when 1,600 ≤ TPP < 4,800. */
	dieAreaMm2?: number;
	/** Aggregate bidirectional chip-to-chip GB/s. Needed under 2022 only when TPP ≥ 4,800. */
	interconnectGBs?: number;
	/** Designed or marketed for use in data centres. Matters under 2023 only when TPP < 4,800. */
	datacenter: boolean;
}

interface Computed {
	rule: RuleVersion;
	tpp: number;
	tppPrecision: Precision;
	/** TPP ÷ die area, or null when no die area was given. */
	density: number | null;
}

export type Classification = Computed &
	(
		| { status: 'controlled'; clause: '3A090.a'; reason: string }
		| { status: 'notifiable'; clause: '3A090.b'; reason: string }
		| { status: 'not-controlled'; clause: null; reason: string }
	);

const formatters = new Map<number, Intl.NumberFormat>();
function format(value: number, digits: number): string {
	let formatter = formatters.get(digits);
	if (!formatter) {
		formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
		formatters.set(digits, formatter);
	}
	return formatter.format(value);
}

/**
 * Formats with `digits` decimals, adding more only where rounding would make a value look equal
 * to a threshold it is not equal to (4,799.6 must not read "4,800 is below 4,800").
 */
function show(value: number, digits: number, thresholds: readonly number[]): string {
	let d = digits;
	while (d < 6 && thresholds.some((t) => t !== value && format(t, d) === format(value, d))) d++;
	return format(value, d);
}
const tppText = (tpp: number) => `TPP ${show(tpp, 0, [4800, 2400, 1600])}`;
const densityText = (density: number) => `performance density ${show(density, 2, [5.92, 3.2, 1.6])}`;

export function classify(input: ClassifierInput, ruleVersion: RuleVersion): Classification {
	if (typeof ruleVersion !== 'string' || !Object.hasOwn(rules, ruleVersion)) {
		throw new ClassifierInputError('ruleVersion', `got "${String(ruleVersion)}". Use one of ${Object.keys(rules).join(', ')}.`);
	}
	if (typeof input !== 'object' || input === null) {
		throw new ClassifierInputError('input', 'is missing. Pass { throughput, dieAreaMm2?, interconnectGBs?, datacenter }.');
	}
	const { tpp, precision } = totalProcessingPerformance(input.throughput);
	// Validate every figure given, even one this rule ignores: a bad figure is a bad record.
	const density = input.dieAreaMm2 === undefined ? null : performanceDensity(tpp, input.dieAreaMm2);
	if (input.interconnectGBs !== undefined) {
		checkQuantity('interconnect', input.interconnectGBs, 'GB/s', limits.maxInterconnectGBs);
	}
	const computed: Computed = { rule: ruleVersion, tpp, tppPrecision: precision, density };
	return ruleVersion === '2022-10' ? classify2022(input, computed) : classify2023(input, computed);
}

function classify2022(input: ClassifierInput, c: Computed): Classification {
	const { minTpp, minInterconnectGBs } = rule2022;
	if (c.tpp < minTpp) {
		return {
			...c,
			status: 'not-controlled',
			clause: null,
			reason: `${tppText(c.tpp)} is below 4,800, so the October 2022 rule does not control it, whatever its interconnect.`,
		};
	}
	if (input.interconnectGBs === undefined) {
		throw new ClassifierInputError(
			'interconnect',
			`is needed: ${tppText(c.tpp)} is at or above 4,800, and the October 2022 rule then turns on the chip-to-chip transfer rate. Add the aggregate bidirectional GB/s.`,
		);
	}
	const io = `${format(input.interconnectGBs, 0)} GB/s`;
	if (input.interconnectGBs >= minInterconnectGBs) {
		return {
			...c,
			status: 'controlled',
			clause: '3A090.a',
			reason: `${tppText(c.tpp)} is at or above 4,800 and its interconnect of ${io} is at or above 600 GB/s, so under the October 2022 rule it falls under 3A090.a.`,
		};
	}
	return {
		...c,
		status: 'not-controlled',
		clause: null,
		reason: `${tppText(c.tpp)} is at or above 4,800, but its interconnect of ${io} is below 600 GB/s. The October 2022 rule required both, so it is not controlled.`,
	};
}

function classify2023(input: ClassifierInput, c: Computed): Classification {
	const { a1, a2, b1, b2, nonDatacenterMinTpp } = rule2023;
	// a.1 needs no density: TPP alone decides, for data-centre and other parts alike.
	if (c.tpp >= a1.minTpp) {
		const nac = input.datacenter ? '' : ' As it is not a data-centre part, the NAC notification route is open to it.';
		return {
			...c,
			status: 'controlled',
			clause: '3A090.a',
			reason: `${tppText(c.tpp)} is at or above 4,800, so it falls under 3A090.a (a.1); performance density does not matter.${nac}`,
		};
	}
	if (typeof input.datacenter !== 'boolean') {
		throw new ClassifierInputError(
			'datacenter',
			`is needed: ${tppText(c.tpp)} is below 4,800, and Note 2 to 3A090 then exempts parts not designed or marketed for data centres. Set true or false.`,
		);
	}
	if (!input.datacenter && c.tpp < nonDatacenterMinTpp) {
		return {
			...c,
			status: 'not-controlled',
			clause: null,
			reason: `${tppText(c.tpp)} is below 4,800 and the chip is not designed or marketed for data centres, so Note 2 to 3A090 excludes it.`,
		};
	}
	if (c.tpp < a2.minTpp) {
		return {
			...c,
			status: 'not-controlled',
			clause: null,
			reason: `${tppText(c.tpp)} is below 1,600, the lowest floor in 3A090, so it is not controlled whatever its performance density.`,
		};
	}
	if (c.density === null) {
		throw new ClassifierInputError(
			'dieArea',
			`is needed: ${tppText(c.tpp)} is between 1,600 and 4,800, where the October 2023 rule turns on performance density. Add the applicable die area in mm².`,
		);
	}
	const tpp = tppText(c.tpp);
	const pd = densityText(c.density);
	if (c.density >= a2.minDensity) {
		return {
			...c,
			status: 'controlled',
			clause: '3A090.a',
			reason: `${tpp} is at or above 1,600 and ${pd} is at or above 5.92, so it falls under 3A090.a (a.2).`,
		};
	}
	if (c.tpp >= b1.minTpp && c.density >= b1.minDensity) {
		return {
			...c,
			status: 'notifiable',
			clause: '3A090.b',
			reason: `${tpp} is between 2,400 and 4,800 and ${pd} is between 1.6 and 5.92, so it falls under 3A090.b (b.1).`,
		};
	}
	if (c.density >= b2.minDensity) {
		return {
			...c,
			status: 'notifiable',
			clause: '3A090.b',
			reason: `${tpp} is at or above 1,600 and ${pd} is between 3.2 and 5.92, so it falls under 3A090.b (b.2).`,
		};
	}
	const b1Miss = c.tpp < b1.minTpp ? 'TPP is below 2,400' : 'density is below 1.6';
	return {
		...c,
		status: 'not-controlled',
		clause: null,
		reason: `${tpp} is below 4,800 and ${pd} is below 5.92, so 3A090.a does not apply; ${b1Miss} (ruling out 3A090.b.1) and density is below 3.2 (ruling out 3A090.b.2), so it is not controlled.`,
	};
}

/** Like `classify`, but returns input errors instead of throwing (for tables that skip incomplete rows). */
export function tryClassify(
	input: ClassifierInput,
	ruleVersion: RuleVersion,
): { ok: true; value: Classification } | { ok: false; error: ClassifierInputError } {
	try {
		return { ok: true, value: classify(input, ruleVersion) };
	} catch (error) {
		if (error instanceof ClassifierInputError) return { ok: false, error };
		throw error;
	}
}

/**
 * Every word the site uses for the rules: rule names, what each rule decides, verdicts (short
 * and long), the classifier's reasons and the sentences asking for a missing figure. Threshold
 * numbers are read from thresholds.ts and formatted here, never typed.
 */
import { formatNumber } from '../format.ts';
import type { ClassificationResult, Verdict } from './classify.ts';
import { bandwidthThresholds, densityThresholds, rule2022, rule2023, rule2026, rules, tppThresholds, type RuleVersion } from './thresholds.ts';

// ─── numbers ─────────────────────────────────────────────────────────────────────────

/**
 * A number with `digits` decimals, adding more only where rounding would make it read as equal
 * to a threshold it is not equal to (TPP 4,799.6 must not read "4,800 is below 4,800").
 */
export function showNear(value: number, digits: number, thresholds: readonly number[]): string {
	let d = digits;
	while (d < 6 && thresholds.some((t) => t !== value && formatNumber(t, d) === formatNumber(value, d))) d++;
	return formatNumber(value, d);
}
export const showTpp = (tpp: number): string => showNear(tpp, 0, tppThresholds);
export const showDensity = (density: number): string => showNear(density, 2, densityThresholds);
/** A GB/s figure without its unit. */
export const showGBs = (gbs: number): string => showNear(gbs, 0, bandwidthThresholds);

/** Thresholds as they read in sentences. */
const tpp = (value: number) => formatNumber(value, 0);
const density = (value: number) => formatNumber(value, 2);
const gbs = (value: number) => `${formatNumber(value, 0)} GB/s`;

const tppText = (value: number) => `TPP ${showTpp(value)}`;
const densityText = (value: number) => `performance density ${showDensity(value)}`;

// ─── rules ───────────────────────────────────────────────────────────────────────────

/** The name of each rule version, as every view prints it. */
export const ruleNames: Record<RuleVersion, string> = {
	'2022-10': 'October 2022 rule',
	'2023-10': 'October 2023 rule',
	'2026-01': 'January 2026 review ceiling',
};

/** "under the October 2023 rule", "against the January 2026 review ceiling". */
export const underRule = (version: RuleVersion): string => `${rules[version].kind === 'eccn' ? 'under' : 'against'} the ${ruleNames[version]}`;

/** What each rule version decides, in a few words (table headings, calculator boxes). */
export const ruleDecides: Record<RuleVersion, string> = {
	'2022-10': 'ECCN 3A090',
	'2023-10': 'ECCN 3A090',
	'2026-01': 'licence review for China, not the ECCN',
};

/** The conditions of the January 2026 rule that the site does not compute, in words. */
export const ceilingConditions =
	'Only exports from the US to China or Macau are covered, and only if the rule’s certifications and conditions are met (among them US availability, independent testing in the US and a cap of half the volume shipped to US customers).';

/** The thresholds of a rule version in one paragraph. */
export function ruleDescription(version: RuleVersion): string {
	switch (version) {
		case '2022-10':
			return `3A090.a: bit length × TOPS of ${tpp(rule2022.minTpp)} or more AND an aggregate bidirectional transfer rate of ${gbs(rule2022.minInterconnectGBs)} or more to or from chips other than volatile memory.`;
		case '2023-10': {
			const { a1, a2, b1, b2 } = rule2023;
			return (
				`3A090.a: TPP of ${tpp(a1.minTpp)} or more, or TPP of ${tpp(a2.minTpp)} or more with performance density of ${density(a2.minDensity)} or more. ` +
				`3A090.b: TPP of ${tpp(b1.minTpp)} to under ${tpp(b1.maxTpp)} with density of ${density(b1.minDensity)} to under ${density(b1.maxDensity)}, or TPP of ${tpp(b2.minTpp)} or more with density of ${density(b2.minDensity)} to under ${density(b2.maxDensity)}.`
			);
		}
		case '2026-01':
			return `Licence applications for chips with a TPP below ${tpp(rule2026.maxTpp)} and total DRAM bandwidth below ${gbs(rule2026.maxDramBandwidthGBs)} are reviewed case by case instead of under a presumption of denial. ${ceilingConditions} The ceiling decides how an application is reviewed, not whether a chip falls under ECCN 3A090.`;
	}
}

/** The second test a rule applies after TPP, as a step heading (Classification's working). */
export function secondTest(version: RuleVersion): string {
	switch (version) {
		case '2022-10':
			return `Chip-to-chip interconnect (the 2022 rule’s second test: ${gbs(rule2022.minInterconnectGBs)} or more)`;
		case '2023-10':
			return 'Performance density = TPP ÷ applicable die area';
		case '2026-01':
			return `Total DRAM bandwidth (the ceiling’s second test: below ${gbs(rule2026.maxDramBandwidthGBs)})`;
	}
}

/** Why a rule did not need the figure a record lacks (Classification's working). */
export function secondTestNotNeeded(version: RuleVersion): string {
	switch (version) {
		case '2022-10':
			return `No sourced interconnect figure; with a TPP below ${tpp(rule2022.minTpp)} the 2022 rule does not need it.`;
		case '2023-10':
			return `No sourced die area, so density is not computed; with a TPP of ${tpp(rule2023.a1.minTpp)} or more the 2023 rule does not need it.`;
		case '2026-01':
			return `No sourced memory bandwidth; with a TPP of ${tpp(rule2026.maxTpp)} or more the ceiling does not need it.`;
	}
}

/** " — at or above 600 GB/s" after an interconnect figure; " — below 6,500 GB/s" after a bandwidth. */
export function comparedWith(value: number, threshold: number, unit: 'GB/s'): string {
	return value >= threshold ? ` — at or above ${formatNumber(threshold, 0)} ${unit}` : ` — below ${formatNumber(threshold, 0)} ${unit}`;
}

// ─── verdicts ────────────────────────────────────────────────────────────────────────

/** The verdict in words; the clause is always in the text, never only in a colour. */
export function verdictText(result: Pick<ClassificationResult, 'status'>): string {
	return longVerdicts[result.status];
}
const longVerdicts: Record<Verdict, string> = {
	controlled: 'Controlled: ECCN 3A090.a',
	notifiable: 'Notifiable: ECCN 3A090.b',
	'not-controlled': 'Not controlled by ECCN 3A090',
	'below-ceiling': 'Below the review ceiling: case-by-case licence review',
	'above-ceiling': 'At or above the review ceiling: no case-by-case review',
};

/** The verdict for a crowded table cell. */
export function shortVerdict(result: Pick<ClassificationResult, 'status'>): string {
	return shortVerdicts[result.status];
}
const shortVerdicts: Record<Verdict, string> = {
	controlled: 'Controlled: 3A090.a',
	notifiable: 'Notifiable: 3A090.b',
	'not-controlled': 'Not controlled',
	'below-ceiling': 'Below the review ceiling',
	'above-ceiling': 'At or above the review ceiling',
};

/** The verdict box when the inputs cannot decide a rule. */
export const undecidedVerdict = (version: RuleVersion): string => `Cannot decide ${underRule(version)}`;

/** A table cell when a record lacks a figure the rule needs. */
export const notEnoughData = (missing: string): string => `Not enough data: ${missing}`;

// ─── reasons (one per outcome the classifier can reach) ─────────────────────────────

const r22 = rule2022;
const r23 = rule2023;
const r26 = rule2026;
const ceilingName = `the January 2026 review ceiling (${r26.citation})`;
const ceilingNote = 'This decides how a licence application is reviewed, not the ECCN.';

export const reasons = {
	'2022-10': {
		belowTpp: (t: number) => `${tppText(t)} is below ${tpp(r22.minTpp)}, so the ${ruleNames['2022-10']} does not control it, whatever its interconnect.`,
		controlled: (t: number, io: number) =>
			`${tppText(t)} is at or above ${tpp(r22.minTpp)} and its interconnect of ${showGBs(io)} GB/s is at or above ${gbs(r22.minInterconnectGBs)}, so under the ${ruleNames['2022-10']} it falls under 3A090.a.`,
		lowInterconnect: (t: number, io: number) =>
			`${tppText(t)} is at or above ${tpp(r22.minTpp)}, but its interconnect of ${showGBs(io)} GB/s is below ${gbs(r22.minInterconnectGBs)}. The ${ruleNames['2022-10']} required both, so it is not controlled.`,
	},
	'2023-10': {
		a1: (t: number, datacenter: boolean) =>
			`${tppText(t)} is at or above ${tpp(r23.a1.minTpp)}, so it falls under 3A090.a (a.1); performance density does not matter.${datacenter ? '' : ' As it is not a data-centre part, the NAC notification route is open to it.'}`,
		note2: (t: number) =>
			`${tppText(t)} is below ${tpp(r23.nonDatacenterMinTpp)} and the chip is not designed or marketed for data centres, so Note 2 to 3A090 excludes it.`,
		belowFloor: (t: number) =>
			`${tppText(t)} is below ${tpp(r23.a2.minTpp)}, the lowest floor in 3A090, so it is not controlled whatever its performance density.`,
		a2: (t: number, d: number) =>
			`${tppText(t)} is at or above ${tpp(r23.a2.minTpp)} and ${densityText(d)} is at or above ${density(r23.a2.minDensity)}, so it falls under 3A090.a (a.2).`,
		b1: (t: number, d: number) =>
			`${tppText(t)} is between ${tpp(r23.b1.minTpp)} and ${tpp(r23.b1.maxTpp)} and ${densityText(d)} is between ${density(r23.b1.minDensity)} and ${density(r23.b1.maxDensity)}, so it falls under 3A090.b (b.1).`,
		b2: (t: number, d: number) =>
			`${tppText(t)} is at or above ${tpp(r23.b2.minTpp)} and ${densityText(d)} is between ${density(r23.b2.minDensity)} and ${density(r23.b2.maxDensity)}, so it falls under 3A090.b (b.2).`,
		none: (t: number, d: number) => {
			const b1Miss = t < r23.b1.minTpp ? `TPP is below ${tpp(r23.b1.minTpp)}` : `density is below ${density(r23.b1.minDensity)}`;
			return `${tppText(t)} is below ${tpp(r23.a1.minTpp)} and ${densityText(d)} is below ${density(r23.a2.minDensity)}, so 3A090.a does not apply; ${b1Miss} (ruling out 3A090.b.1) and density is below ${density(r23.b2.minDensity)} (ruling out 3A090.b.2), so it is not controlled.`;
		},
	},
	'2026-01': {
		highTpp: (t: number) =>
			`${tppText(t)} is at or above ${tpp(r26.maxTpp)}, so whatever its memory bandwidth the chip is above ${ceilingName}: that rule’s case-by-case review of licences for China does not cover it. ${ceilingNote}`,
		highBandwidth: (t: number, bw: number) =>
			`${tppText(t)} is below ${tpp(r26.maxTpp)}, but its total DRAM bandwidth of ${showGBs(bw)} GB/s is at or above ${gbs(r26.maxDramBandwidthGBs)}, so the chip is above ${ceilingName}: that rule’s case-by-case review of licences for China does not cover it. ${ceilingNote}`,
		below: (t: number, bw: number) =>
			`${tppText(t)} is below ${tpp(r26.maxTpp)} and its total DRAM bandwidth of ${showGBs(bw)} GB/s is below ${gbs(r26.maxDramBandwidthGBs)}, so the chip is below ${ceilingName}: a licence application to export it from the US to China or Macau is reviewed case by case instead of under a presumption of denial, if the rule’s conditions are met. ${ceilingNote}`,
	},
} as const;

/** The sentences asking for a figure a rule needs (the classifier's input errors). */
export const needs = {
	interconnect: (t: number) =>
		`is needed: ${tppText(t)} is at or above ${tpp(r22.minTpp)}, and the ${ruleNames['2022-10']} then turns on the chip-to-chip transfer rate. Add the aggregate bidirectional GB/s.`,
	datacenter: (t: number) =>
		`is needed: ${tppText(t)} is below ${tpp(r23.nonDatacenterMinTpp)}, and Note 2 to 3A090 then exempts parts not designed or marketed for data centres. Set true or false.`,
	dieArea: (t: number) =>
		`is needed: ${tppText(t)} is between ${tpp(r23.a2.minTpp)} and ${tpp(r23.a1.minTpp)}, where the ${ruleNames['2023-10']} turns on performance density. Add the applicable die area in mm².`,
	dramBandwidth: (t: number) =>
		`is needed: ${tppText(t)} is below ${tpp(r26.maxTpp)}, and ${ceilingName} then turns on total DRAM bandwidth. Add the memory bandwidth in GB/s.`,
} as const;

// ─── chart lines ─────────────────────────────────────────────────────────────────────

/** Reference lines of the TPP-vs-density chart: the 3A090 lines of the rules that set them. */
export function tppDensityLines(): { axis: 'x' | 'y'; value: number; label: string }[] {
	return [
		{ axis: 'x', value: r22.minTpp, label: `TPP ${tpp(r22.minTpp)}: 3A090 (2022) and 3A090.a (2023)` },
		{ axis: 'x', value: r23.a2.minTpp, label: `TPP ${tpp(r23.a2.minTpp)}` },
		{ axis: 'y', value: r23.a2.minDensity, label: `Density ${density(r23.a2.minDensity)} (3A090.a, 2023)` },
		{ axis: 'y', value: r23.b2.minDensity, label: `Density ${density(r23.b2.minDensity)} (3A090.b)` },
	];
}

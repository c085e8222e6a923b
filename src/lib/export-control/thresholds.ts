/**
 * The numeric tests of the US rules on AI chips that this site computes, per rule version, as
 * data. Every threshold number in src/ lives here; wording.ts turns them into sentences and
 * tests/unit/threshold-literals.test.ts fails if one is typed anywhere else.
 *
 * Every number here was checked against the rule text as quoted verbatim in several
 * independent write-ups (each citing the Federal Register / govinfo text); see the source
 * records fr-2022-21658, fr-2023-23055 and fr-2026-00789. Nothing here is an estimate.
 * Comparisons in the rules are "or more" (≥) for floors and "less than" (<) for ceilings, and
 * the classifier keeps exactly that.
 */

/** Oldest first; every view loops over this list rather than naming versions. */
export const ruleVersions = ['2022-10', '2023-10', '2026-01'] as const;
export type RuleVersion = (typeof ruleVersions)[number];

/**
 * What a rule version decides. `eccn`: whether a chip falls under ECCN 3A090 (and which
 * paragraph). `review-ceiling`: whether a licence application for China may be reviewed case by
 * case; it does not change the ECCN.
 */
export type RuleKind = 'eccn' | 'review-ceiling';

/** October 2022 rule (87 FR 62186): both conditions had to hold. */
export const rule2022 = {
	version: '2022-10',
	kind: 'eccn',
	source: 'fr-2022-21658',
	citation: '87 FR 62186',
	/** Supplement no. 1 to part 774 (the CCL, incl. 3A090) took effect on the day of release. */
	effective: '2022-10-07',
	/** "bit length per operation multiplied by processing performance measured in TOPS … of 4800 or more" */
	minTpp: 4800,
	/** "aggregate bidirectional transfer rate over all inputs and outputs of 600 Gbyte/s or more" */
	minInterconnectGBs: 600,
} as const;

/**
 * October 2023 rule (88 FR 73458): interconnect dropped, performance density added.
 * .a needs a licence; .b (the "gray zone") is eligible for the NAC notification route.
 */
export const rule2023 = {
	version: '2023-10',
	kind: 'eccn',
	source: 'fr-2023-23055',
	citation: '88 FR 73458',
	effective: '2023-11-17',
	/** a.1: TPP ≥ 4800. */
	a1: { minTpp: 4800 },
	/** a.2: TPP ≥ 1600 and density ≥ 5.92. */
	a2: { minTpp: 1600, minDensity: 5.92 },
	/** b.1: 2400 ≤ TPP < 4800 and 1.6 ≤ density < 5.92. */
	b1: { minTpp: 2400, maxTpp: 4800, minDensity: 1.6, maxDensity: 5.92 },
	/** b.2: TPP ≥ 1600 and 3.2 ≤ density < 5.92. */
	b2: { minTpp: 1600, minDensity: 3.2, maxDensity: 5.92 },
	/**
	 * Note 2 to 3A090: the entry "does not apply to items that are not designed or marketed for
	 * use in datacenters and do not have a 'total processing performance' of 4800 or more".
	 */
	nonDatacenterMinTpp: 4800,
} as const;

/**
 * January 2026 rule (91 FR 1684, "Revision to License Review Policy for Advanced Computing
 * Commodities", effective 15 January 2026): licence applications for exports from the US to China
 * or Macau of chips with a TPP below 21,000 AND total DRAM bandwidth below 6,500 GB/s are reviewed
 * case by case instead of under a presumption of denial, if the rule's certifications and
 * conditions are met. Only the numeric ceiling is modelled; the conditions are stated in words
 * (wording.ts) with the citation. It decides the review policy, not the ECCN.
 */
export const rule2026 = {
	version: '2026-01',
	kind: 'review-ceiling',
	source: 'fr-2026-00789',
	citation: '91 FR 1684',
	effective: '2026-01-15',
	/** "a TPP below 21,000" */
	maxTpp: 21000,
	/** "total DRAM bandwidth below 6,500 GB/s" */
	maxDramBandwidthGBs: 6500,
} as const;

export const rules = { '2022-10': rule2022, '2023-10': rule2023, '2026-01': rule2026 } as const satisfies Record<
	RuleVersion,
	{ version: RuleVersion; kind: RuleKind; source: string; citation: string; effective: string }
>;

/** TPP lines of every rule, for showing a TPP with enough decimals never to read as equal to one. */
export const tppThresholds: readonly number[] = [rule2022.minTpp, rule2023.b1.minTpp, rule2023.a2.minTpp, rule2026.maxTpp];
/** Performance density lines (October 2023 rule). */
export const densityThresholds: readonly number[] = [rule2023.a2.minDensity, rule2023.b2.minDensity, rule2023.b1.minDensity];
/** GB/s lines: the 2022 interconnect floor and the 2026 DRAM bandwidth ceiling. */
export const bandwidthThresholds: readonly number[] = [rule2022.minInterconnectGBs, rule2026.maxDramBandwidthGBs];

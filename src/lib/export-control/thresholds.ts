/**
 * The numeric tests of ECCN 3A090 (US Commerce Control List), per rule version, as data.
 *
 * Every number here was checked against the rule text as quoted verbatim in several
 * independent write-ups (each citing the Federal Register / govinfo text); see the source
 * records fr-2022-21658 and fr-2023-23055. Nothing here is an estimate. Comparisons in the
 * rule are "or more" (≥) for floors and "less than" (<) for ceilings, and the classifier keeps
 * exactly that.
 */

export type RuleVersion = '2022-10' | '2023-10';
export const ruleVersions: readonly RuleVersion[] = ['2022-10', '2023-10'];

/** October 2022 rule (87 FR 62186): both conditions had to hold. */
export const rule2022 = {
	version: '2022-10',
	source: 'fr-2022-21658',
	/** Supplement no. 1 to part 774 (the CCL, incl. 3A090) took effect on the day of release. */
	effective: '2022-10-07',
	description:
		'3A090.a: bit length × TOPS of 4,800 or more AND an aggregate bidirectional transfer rate of 600 GB/s or more to or from chips other than volatile memory.',
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
	source: 'fr-2023-23055',
	effective: '2023-11-17',
	description:
		'3A090.a: TPP of 4,800 or more, or TPP of 1,600 or more with performance density of 5.92 or more. 3A090.b: TPP of 2,400 to under 4,800 with density of 1.6 to under 5.92, or TPP of 1,600 or more with density of 3.2 to under 5.92.',
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

export const rules = { '2022-10': rule2022, '2023-10': rule2023 } as const;

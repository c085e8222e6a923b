/**
 * The working behind <Classification>: one chip record under one rule version, step by step.
 * Pure: record in, model out; the component only renders it. A record the classifier cannot
 * decide stops the build with a message naming the page, the record and the missing figure.
 */
import type { Chip, NumericFigure, Precision } from '../data/schemas.ts';
import { ClassifierInputError, classify, inputFromChip, toGBs, type ClassificationResult } from './classify.ts';
import { bitLengths } from './metrics.ts';
import { rule2022, rule2026, rules, ruleVersions, type RuleVersion } from './thresholds.ts';
import { comparedWith, ruleDescription, ruleNames, secondTest, secondTestNotNeeded, underRule, verdictText } from './wording.ts';

/** Rows of the TPP table, in the order readers know from datasheets. */
const displayOrder: readonly Precision[] = ['fp64', 'tf32', 'fp16', 'fp8', 'int8', 'fp4'];

/** The record field each rule reads after TPP. */
type SecondInput = 'interconnect' | 'dieArea' | 'memoryBandwidth';
const secondInputs: Record<RuleVersion, SecondInput> = {
	'2022-10': 'interconnect',
	'2023-10': 'dieArea',
	'2026-01': 'memoryBandwidth',
};

export interface TppRow {
	precision: Precision;
	figure: NumericFigure;
	bits: number;
	product: number;
	/** The row that gives the TPP. */
	deciding: boolean;
}

/** The step after TPP: the figure read, what it gives, and how it compares. */
export type SecondStep =
	| { kind: 'density'; figure: NumericFigure; density: number }
	| { kind: 'interconnect'; figure: NumericFigure; comparison: string }
	| { kind: 'bandwidth'; figure: NumericFigure; gbs: number; comparison: string }
	| { kind: 'not-needed'; text: string };

export interface ClassificationWorking {
	chipName: string;
	rule: RuleVersion;
	ruleName: string;
	/** "under the October 2023 rule" / "against the January 2026 review ceiling". */
	underRule: string;
	/** ISO date the rule took effect. */
	effective: string;
	rows: TppRow[];
	/** Several formats give the same TPP (rates halve as bit length doubles). */
	ties: boolean;
	result: ClassificationResult;
	secondHeading: string;
	second: SecondStep;
	thresholds: { text: string; source: string };
	verdict: { title: string; tone: 'controlled' | 'notifiable' | 'clear' };
	/** Notes on the figures used, by input: a precision's throughput or the rule's second figure. */
	inputNotes: { input: Precision | SecondInput; note: string }[];
	/** Source ids of every figure shown, in order. */
	inputSources: string[];
}

const tones: Record<ClassificationResult['status'], ClassificationWorking['verdict']['tone']> = {
	controlled: 'controlled',
	notifiable: 'notifiable',
	'not-controlled': 'clear',
	'below-ceiling': 'clear',
	'above-ceiling': 'notifiable',
};

/**
 * @param usedIn where the component is used, for error messages (e.g. `<Classification chip="h200" rule="2023-10"> on /h200/`).
 */
export function buildWorking(chipId: string, chip: Chip, ruleVersion: RuleVersion, usedIn: string): ClassificationWorking {
	if (!Object.hasOwn(rules, ruleVersion)) {
		throw new Error(
			`${usedIn}: unknown rule "${String(ruleVersion)}". Use one of ${ruleVersions.map((v) => `"${v}"`).join(', ')} (src/lib/export-control/thresholds.ts).`,
		);
	}
	let result: ClassificationResult;
	try {
		result = classify(inputFromChip(chip), ruleVersion);
	} catch (error) {
		if (error instanceof ClassifierInputError) {
			throw new Error(`${usedIn}: the classifier cannot decide from content/data/chips/${chipId}.json — ${error.message}`, { cause: error });
		}
		throw error;
	}

	const rows = displayOrder.flatMap((precision): TppRow[] => {
		const figure = chip.throughput[precision];
		if (!figure) return [];
		const product = figure.value * bitLengths[precision];
		return [{ precision, figure, bits: bitLengths[precision], product, deciding: precision === result.tppPrecision }];
	});

	const input = secondInputs[ruleVersion];
	const secondFigure: NumericFigure | undefined = chip[input];
	const second = secondStep(ruleVersion, secondFigure, result);

	const decidingNotes = rows.filter((r) => r.deciding && r.figure.note).map((r) => ({ input: r.precision, note: r.figure.note! }));
	const inputNotes = [...decidingNotes, ...(secondFigure?.note ? [{ input, note: secondFigure.note }] : [])];
	const inputSources = [...new Set([...rows.map((r) => r.figure.source), ...(secondFigure ? [secondFigure.source] : [])])];

	return {
		chipName: chip.name,
		rule: ruleVersion,
		ruleName: ruleNames[ruleVersion],
		underRule: underRule(ruleVersion),
		effective: rules[ruleVersion].effective,
		rows,
		ties: rows.filter((r) => r.product === result.tpp).length > 1,
		result,
		secondHeading: secondTest(ruleVersion),
		second,
		thresholds: { text: ruleDescription(ruleVersion), source: rules[ruleVersion].source },
		verdict: { title: verdictText(result), tone: tones[result.status] },
		inputNotes,
		inputSources,
	};
}

function secondStep(rule: RuleVersion, figure: NumericFigure | undefined, result: ClassificationResult): SecondStep {
	if (!figure) return { kind: 'not-needed', text: secondTestNotNeeded(rule) };
	switch (rule) {
		case '2022-10':
			return { kind: 'interconnect', figure, comparison: comparedWith(figure.value, rule2022.minInterconnectGBs, 'GB/s') };
		case '2023-10':
			// The classifier computed density from this same figure.
			return result.density === null ? { kind: 'not-needed', text: secondTestNotNeeded(rule) } : { kind: 'density', figure, density: result.density };
		case '2026-01': {
			const gbs = toGBs(figure);
			return { kind: 'bandwidth', figure, gbs, comparison: comparedWith(gbs, rule2026.maxDramBandwidthGBs, 'GB/s') };
		}
	}
}

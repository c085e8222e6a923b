/**
 * Figures computed from the records for prose (<Derived>), named by a path that the page carries in
 * data-derived so the tests can recompute every one from the validated records:
 *
 *   h200.tpp                   the deciding TPP (chipMetrics)
 *   h100-sxm.tpp.fp16          throughput × bit length at one precision
 *   h20.density                TPP ÷ die area
 *   h200.flopPerByte.fp16      dense throughput ÷ memory bandwidth at a precision
 *   h100-sxm.dieArea           a record figure (any numeric chip field), as an operand
 *   rule:2023-10.b1.minTpp     a threshold of ECCN 3A090 (src/lib/export-control/thresholds.ts)
 *
 * and at most one operation between two of them: "h200.tpp / h20.tpp" (how many times),
 * "rule:2023-10.b1.minTpp - h20.tpp" (how far short), "rule:2023-10.a2.minDensity × h100-sxm.dieArea".
 * The arithmetic is chipMetrics'; this file only names it.
 */
import type { Chip } from './schemas.ts';
import { chipFieldFigure, isNumericChipField, precisions, type Precision } from './chip-fields.ts';
import { isProvisional } from './basis.ts';
import { chipMetrics, defaultFlopPerBytePrecision, metricInfo, type MetricName } from '../export-control/metrics.ts';
import { rules, ruleVersions, type RuleVersion } from '../export-control/thresholds.ts';

export interface DerivedValue {
	value: number;
	/** Source ids of every input, in order, without repeats. */
	sources: string[];
	/** Rests on a roadmap figure, vendor claim or estimate. */
	provisional: boolean;
	/** Decimals it is shown with unless the page asks otherwise. */
	digits: number;
}

/** Thrown for a path that names nothing: the message says what is wrong and what would work. */
export class DerivedPathError extends Error {
	constructor(path: string, problem: string) {
		super(`data-derived "${path}": ${problem}`);
		this.name = 'DerivedPathError';
	}
}

const operators = { '/': (a: number, b: number) => a / b, '-': (a: number, b: number) => a - b, '×': (a: number, b: number) => a * b } as const;
type Operator = keyof typeof operators;
const isOperator = (s: string | undefined): s is Operator => s !== undefined && s in operators;
const isPrecision = (s: string | undefined): s is Precision => (precisions as readonly string[]).includes(s ?? '');
const isMetric = (s: string): s is MetricName => s in metricInfo;
const isRuleVersion = (s: string): s is RuleVersion => (ruleVersions as readonly string[]).includes(s);

/** The path of a chip metric, as <Derived chip metric precision> writes it. */
export function metricPath(chip: string, metric: MetricName, precision?: Precision): string {
	const p = metric === 'flopPerByte' ? (precision ?? defaultFlopPerBytePrecision) : precision;
	return p ? `${chip}.${metric}.${p}` : `${chip}.${metric}`;
}

function ruleTerm(path: string, term: string): DerivedValue {
	const [version = '', ...keys] = term.slice('rule:'.length).split('.');
	if (!isRuleVersion(version)) throw new DerivedPathError(path, `unknown rule version "${version}"; use one of ${ruleVersions.join(', ')}.`);
	const rule = rules[version];
	let node: unknown = rule;
	for (const key of keys) node = typeof node === 'object' && node !== null && key in node ? (node as Record<string, unknown>)[key] : undefined;
	if (typeof node !== 'number')
		throw new DerivedPathError(path, `"${term}" is not a number in the ${version} rule (src/lib/export-control/thresholds.ts), e.g. rule:2023-10.b1.minTpp.`);
	return { value: node, sources: [rule.source], provisional: false, digits: 2 };
}

function chipTerm(path: string, term: string, chips: ReadonlyMap<string, Chip>): DerivedValue {
	const dot = term.indexOf('.');
	const id = dot < 0 ? term : term.slice(0, dot);
	const rest = dot < 0 ? '' : term.slice(dot + 1);
	const chip = chips.get(id);
	if (!chip) throw new DerivedPathError(path, `unknown chip "${id}"; use a file name from content/data/chips/.`);
	if (isNumericChipField(rest)) {
		const figure = chipFieldFigure(chip, rest);
		if (!figure) throw new DerivedPathError(path, `chip "${id}" has no numeric ${rest}; add it to content/data/chips/${id}.json.`);
		return { value: figure.value, sources: [figure.source], provisional: isProvisional(figure.basis), digits: 2 };
	}
	const [metric = '', precision, extra] = rest.split('.');
	if (!isMetric(metric) || extra !== undefined || (precision !== undefined && !isPrecision(precision)))
		throw new DerivedPathError(path, `"${rest}" is not a metric; use tpp, tpp.<precision>, density, flopPerByte.<precision> or a numeric chip field.`);
	const m = chipMetrics(chip);
	const found =
		metric === 'tpp'
			? precision === undefined
				? m.tpp
				: m.tppByPrecision[precision]
			: metric === 'density'
				? precision === undefined
					? m.density
					: null
				: m.flopPerByte[precision ?? defaultFlopPerBytePrecision];
	if (!found) throw new DerivedPathError(path, `chip "${id}" lacks the figures for ${rest} (see content/data/chips/${id}.json).`);
	return { value: found.value, sources: found.sources, provisional: found.provisional, digits: metricInfo[metric].digits };
}

const term = (path: string, t: string, chips: ReadonlyMap<string, Chip>) => (t.startsWith('rule:') ? ruleTerm(path, t) : chipTerm(path, t, chips));

/** Evaluates a derived path against the chip records. Throws DerivedPathError for a path that names nothing. */
export function evaluateDerived(path: string, chips: ReadonlyMap<string, Chip>): DerivedValue {
	const parts = path.trim().split(/\s+/);
	if (parts.length === 1) return term(path, parts[0]!, chips);
	const [left, op, right] = parts;
	if (parts.length !== 3 || !left || !right || !isOperator(op)) throw new DerivedPathError(path, 'write one term, or two joined by " / ", " - " or " × ".');
	const a = term(path, left, chips);
	const b = term(path, right, chips);
	return {
		value: operators[op](a.value, b.value),
		sources: [...new Set([...a.sources, ...b.sources])],
		provisional: a.provisional || b.provisional,
		digits: op === '/' ? 1 : 0,
	};
}

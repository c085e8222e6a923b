/**
 * The calculator's form logic, free of the DOM: text fields in, classifier results or
 * per-field messages out. All classification is done by src/lib/export-control/; this file only
 * turns typed text into numbers and asks the classifier (verdicts and reasons are worded in
 * src/lib/export-control/wording.ts).
 * A figure the classifier refuses becomes a message next to its field, never a result.
 */
import {
	ClassifierInputError,
	classify,
	performanceDensity,
	ruleVersions,
	totalProcessingPerformance,
	tryClassify,
	type ClassificationResult,
	type ClassifierInput,
	type RuleVersion,
	type TppResult,
} from '../export-control/index.ts';
import { showDensity, showTpp } from '../export-control/wording.ts';
import type { Precision } from '../data/schemas.ts';
import { formatNumber } from '../format.ts';

/** The form as typed. Numbers stay text until evaluate() so nothing is lost or guessed. */
export interface FormValues {
	tops: string;
	bits: string;
	die: string;
	io: string;
	/** Total DRAM bandwidth, GB/s (the January 2026 review ceiling). */
	bw: string;
	dc: boolean;
}
export type FieldName = 'tops' | 'bits' | 'die' | 'io' | 'bw';
type NumberField = Exclude<FieldName, 'bits'>;
/** The text fields, in form order; also the URL parameters. */
export const numberFields: readonly NumberField[] = ['tops', 'die', 'io', 'bw'];

/** Bit lengths offered, and the precision each stands for in the classifier (8 covers FP8 and INT8). */
export const bitChoices = [
	{ bits: '4', precision: 'fp4', label: '4 (FP4)' },
	{ bits: '8', precision: 'fp8', label: '8 (FP8 or INT8)' },
	{ bits: '16', precision: 'fp16', label: '16 (FP16 or BF16)' },
	{ bits: '32', precision: 'tf32', label: '32 (TF32 or FP32)' },
	{ bits: '64', precision: 'fp64', label: '64 (FP64)' },
] as const satisfies readonly { bits: string; precision: Precision; label: string }[];

export const fieldLabels: Record<FieldName, string> = {
	tops: 'Dense throughput',
	bits: 'Bit length',
	die: 'Die area',
	io: 'Chip-to-chip interconnect',
	bw: 'Memory bandwidth',
};

const examples: Record<NumberField, string> = { tops: '1979', die: '814', io: '900', bw: '3350' };

type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

/** "1,979", " 814 " and "1e3" are numbers; "", "abc", "12 TB" and "Infinity" are not. */
export function parseNumber(raw: string, field: NumberField): Parsed {
	const text = raw.trim();
	const compact = text.replace(/[\s\u00a0\u202f_]/g, '');
	if (compact === '') return { ok: true, value: undefined };
	const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) {
		return { ok: false, message: `“${text}” is not a number. Type digits only, for example ${examples[field]}.` };
	}
	return { ok: true, value: Number(plain) };
}

/** The classifier's message without its field prefix, as a sentence. */
export function errorText(error: ClassifierInputError): string {
	const prefix = `${error.field}: `;
	const text = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The calculator field a classifier error is about. */
export function fieldOf(error: ClassifierInputError): FieldName | null {
	if (error.field === 'throughput' || error.field.startsWith('throughput.')) return 'tops';
	if (error.field === 'dieArea') return 'die';
	if (error.field === 'interconnect') return 'io';
	if (error.field === 'dramBandwidth') return 'bw';
	return null;
}

/** A rule the inputs cannot decide: which figure it still needs, in words. */
export interface Undecided {
	field: FieldName | null;
	message: string;
}
export type RuleOutcome = { ok: true; value: ClassificationResult } | { ok: false; undecided: Undecided };

export type Evaluation =
	| { kind: 'empty' }
	| { kind: 'invalid'; errors: Partial<Record<FieldName, string>> }
	| {
			kind: 'result';
			input: ClassifierInput;
			tpp: TppResult;
			bits: number;
			throughput: number;
			density: number | null;
			rules: Record<RuleVersion, RuleOutcome>;
	  };

export function evaluate(values: FormValues): Evaluation {
	if (numberFields.every((f) => values[f].trim() === '')) return { kind: 'empty' };
	const errors: Partial<Record<FieldName, string>> = {};
	const tops = parseNumber(values.tops, 'tops');
	const die = parseNumber(values.die, 'die');
	const io = parseNumber(values.io, 'io');
	const bw = parseNumber(values.bw, 'bw');
	const choice = bitChoices.find((c) => c.bits === values.bits);
	if (!choice) errors.bits = 'Choose the bit length the throughput figure is quoted at.';

	let tpp: TppResult | undefined;
	if (!tops.ok) errors.tops = tops.message;
	else if (tops.value === undefined) errors.tops = 'Enter the dense throughput in TOPS or TFLOPS; the calculator needs it.';
	else if (choice) tpp = capture('tops', errors, () => totalProcessingPerformance({ [choice.precision]: tops.value }));

	if (!die.ok) errors.die = die.message;
	else if (die.value !== undefined) capture('die', errors, () => performanceDensity(0, die.value!));

	if (!io.ok) errors.io = io.message;
	else if (io.value !== undefined) {
		// The classifier checks an interconnect figure whenever one is given; a zero-TPP part
		// isolates that check from the others.
		capture('io', errors, () => classify({ throughput: { fp16: 0 }, interconnectGBs: io.value!, datacenter: true }, ruleVersions[0]));
	}
	if (!bw.ok) errors.bw = bw.message;
	else if (bw.value !== undefined) {
		capture('bw', errors, () => classify({ throughput: { fp16: 0 }, dramBandwidthGBs: bw.value!, datacenter: true }, ruleVersions[0]));
	}

	if (Object.keys(errors).length > 0 || !tpp || !choice || !tops.ok || tops.value === undefined || !die.ok || !io.ok || !bw.ok) {
		return { kind: 'invalid', errors };
	}
	const input: ClassifierInput = { throughput: { [choice.precision]: tops.value }, datacenter: values.dc };
	if (die.value !== undefined) input.dieAreaMm2 = die.value;
	if (io.value !== undefined) input.interconnectGBs = io.value;
	if (bw.value !== undefined) input.dramBandwidthGBs = bw.value;

	const rules = {} as Record<RuleVersion, RuleOutcome>;
	for (const rule of ruleVersions) {
		const outcome = tryClassify(input, rule);
		rules[rule] = outcome.ok
			? { ok: true, value: outcome.value }
			: { ok: false, undecided: { field: fieldOf(outcome.error), message: undecidedText(outcome.error) } };
	}
	const density = input.dieAreaMm2 === undefined ? null : performanceDensity(tpp.tpp, input.dieAreaMm2);
	return { kind: 'result', input, tpp, bits: Number(choice.bits), throughput: tops.value, density, rules };
}

function capture<T>(field: FieldName, errors: Partial<Record<FieldName, string>>, run: () => T): T | undefined {
	try {
		return run();
	} catch (error) {
		if (!(error instanceof ClassifierInputError)) throw error;
		errors[field] = errorText(error);
		return undefined;
	}
}

function undecidedText(error: ClassifierInputError): string {
	const field = fieldOf(error);
	const prefix = `${error.field}: `;
	const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
	return field ? `${fieldLabels[field]} ${rest}` : errorText(error);
}

// ─── working ─────────────────────────────────────────────────────────────────────────

/** "1,979 × 8 bits = 15,832" */
export function tppWorking(throughput: number, bits: number, tpp: number): string {
	return `${formatNumber(throughput, 6)} × ${bits} bits = ${showTpp(tpp)}`;
}
/** "15,832 ÷ 814 mm² = 19.45" */
export function densityWorking(tpp: number, dieArea: number, density: number): string {
	return `${showTpp(tpp)} ÷ ${formatNumber(dieArea, 6)} mm² = ${showDensity(density)}`;
}

// ─── URL state ───────────────────────────────────────────────────────────────────────

export interface CalculatorState {
	/** A chip record id when the figures are that record's, else null. */
	chip: string | null;
	values: FormValues;
}

/** Reads ?chip=h20 or ?tops=1979&bits=8&die=814&io=900&bw=3350&dc=1; null when the query holds neither. */
export function stateFromQuery(search: string, presets: ReadonlyMap<string, FormValues>): CalculatorState | null {
	const params = new URLSearchParams(search);
	const chip = params.get('chip');
	if (chip !== null && presets.has(chip)) return { chip, values: { ...presets.get(chip)! } };
	if (![...numberFields, 'bits'].some((k) => params.has(k))) return null;
	return {
		chip: null,
		values: {
			tops: params.get('tops') ?? '',
			bits: params.get('bits') ?? '',
			die: params.get('die') ?? '',
			io: params.get('io') ?? '',
			bw: params.get('bw') ?? '',
			dc: params.get('dc') !== '0',
		},
	};
}

export function queryFromState(state: CalculatorState): string {
	if (state.chip) return `?chip=${encodeURIComponent(state.chip)}`;
	const params = new URLSearchParams();
	for (const key of ['tops', 'bits', 'die', 'io', 'bw'] as const) {
		const value = state.values[key].trim();
		if (value) params.set(key, value);
	}
	params.set('dc', state.values.dc ? '1' : '0');
	return `?${params.toString().replace(/%2C/g, ',')}`;
}

export function sameValues(a: FormValues, b: FormValues): boolean {
	return a.bits === b.bits && a.dc === b.dc && numberFields.every((f) => a[f].trim() === b[f].trim());
}

/**
 * The calculator's form logic, free of the DOM: text fields in, classifier results or
 * per-field messages out. All classification is done by src/lib/export-control/; this file only
 * turns typed text into numbers, asks the classifier, and words its answers for the page.
 * A figure the classifier refuses becomes a message next to its field, never a result.
 */
import {
	ClassifierInputError,
	classify,
	performanceDensity,
	rule2022,
	rule2023,
	ruleVersions,
	totalProcessingPerformance,
	tryClassify,
	type Classification,
	type ClassifierInput,
	type RuleVersion,
	type TppResult,
} from '../export-control/index.ts';
import type { Precision } from '../data/schemas.ts';
import { formatNumber } from '../format.ts';

/** The form as typed. Numbers stay text until evaluate() so nothing is lost or guessed. */
export interface FormValues {
	tops: string;
	bits: string;
	die: string;
	io: string;
	dc: boolean;
}
export type FieldName = 'tops' | 'bits' | 'die' | 'io';

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
};

const examples: Record<'tops' | 'die' | 'io', string> = { tops: '1979', die: '814', io: '900' };

type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

/** "1,979", " 814 " and "1e3" are numbers; "", "abc", "12 TB" and "Infinity" are not. */
export function parseNumber(raw: string, field: 'tops' | 'die' | 'io'): Parsed {
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
	return null;
}

/** A rule the inputs cannot decide: which figure it still needs, in words. */
export interface Undecided {
	field: FieldName | null;
	message: string;
}
export type RuleOutcome = { ok: true; value: Classification } | { ok: false; undecided: Undecided };

export type Evaluation =
	| { kind: 'empty' }
	| { kind: 'invalid'; errors: Partial<Record<FieldName, string>> }
	| { kind: 'result'; input: ClassifierInput; tpp: TppResult; bits: number; throughput: number; density: number | null; rules: Record<RuleVersion, RuleOutcome> };

export function evaluate(values: FormValues): Evaluation {
	if ([values.tops, values.die, values.io].every((v) => v.trim() === '')) return { kind: 'empty' };
	const errors: Partial<Record<FieldName, string>> = {};
	const tops = parseNumber(values.tops, 'tops');
	const die = parseNumber(values.die, 'die');
	const io = parseNumber(values.io, 'io');
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
		capture('io', errors, () => classify({ throughput: { fp16: 0 }, interconnectGBs: io.value!, datacenter: true }, '2022-10'));
	}

	if (Object.keys(errors).length > 0 || !tpp || !choice || !tops.ok || tops.value === undefined || !die.ok || !io.ok) {
		return { kind: 'invalid', errors };
	}
	const input: ClassifierInput = { throughput: { [choice.precision]: tops.value }, datacenter: values.dc };
	if (die.value !== undefined) input.dieAreaMm2 = die.value;
	if (io.value !== undefined) input.interconnectGBs = io.value;

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

// ─── wording ─────────────────────────────────────────────────────────────────────────

/** Verdict in words; the clause is always in the text, never only in a colour. */
export function verdictText(result: Classification): string {
	if (result.status === 'controlled') return 'Controlled: ECCN 3A090.a';
	if (result.status === 'notifiable') return 'Notifiable band: ECCN 3A090.b';
	return 'Not controlled by ECCN 3A090';
}

export const ruleNames: Record<RuleVersion, string> = {
	'2022-10': 'October 2022 text',
	'2023-10': 'October 2023 text',
};

/**
 * A number with enough decimals that it never reads as equal to a threshold it is not equal
 * to (density 5.9188 shows as 5.919, not 5.92), as the classifier's reasons do.
 */
export function showNear(value: number, digits: number, thresholds: readonly number[]): string {
	let d = digits;
	while (d < 6 && thresholds.some((t) => t !== value && formatNumber(t, d) === formatNumber(value, d))) d++;
	return formatNumber(value, d);
}
const tppLines = [rule2022.minTpp, rule2023.b1.minTpp, rule2023.a2.minTpp];
const densityLines = [rule2023.a2.minDensity, rule2023.b2.minDensity, rule2023.b1.minDensity];
export const showTpp = (tpp: number) => showNear(tpp, 0, tppLines);
export const showDensity = (density: number) => showNear(density, 2, densityLines);

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

/** Reads ?chip=h20 or ?tops=1979&bits=8&die=814&io=900&dc=1; null when the query holds neither. */
export function stateFromQuery(search: string, presets: ReadonlyMap<string, FormValues>): CalculatorState | null {
	const params = new URLSearchParams(search);
	const chip = params.get('chip');
	if (chip !== null && presets.has(chip)) return { chip, values: { ...presets.get(chip)! } };
	if (!['tops', 'bits', 'die', 'io'].some((k) => params.has(k))) return null;
	return {
		chip: null,
		values: {
			tops: params.get('tops') ?? '',
			bits: params.get('bits') ?? '',
			die: params.get('die') ?? '',
			io: params.get('io') ?? '',
			dc: params.get('dc') !== '0',
		},
	};
}

export function queryFromState(state: CalculatorState): string {
	if (state.chip) return `?chip=${encodeURIComponent(state.chip)}`;
	const params = new URLSearchParams();
	for (const key of ['tops', 'bits', 'die', 'io'] as const) {
		const value = state.values[key].trim();
		if (value) params.set(key, value);
	}
	params.set('dc', state.values.dc ? '1' : '0');
	return `?${params.toString().replace(/%2C/g, ',')}`;
}

export function sameValues(a: FormValues, b: FormValues): boolean {
	return a.tops.trim() === b.tops.trim() && a.bits === b.bits && a.die.trim() === b.die.trim() && a.io.trim() === b.io.trim() && a.dc === b.dc;
}

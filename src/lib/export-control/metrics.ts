/**
 * The two metrics of ECCN 3A090: total processing performance (TPP) and performance density.
 *
 * Rule text (88 FR 73458, Technical Notes to 3A090): "'TPP' is 2 x 'MacTOPS' x 'bit length of the
 * operation', aggregated over all processing units on the integrated circuit"; BIS adds that
 * 2 x MacTOPS "may correspond to the reported TOPS or FLOPS on a datasheet", counted dense (no
 * sparsity). So TPP = dense datasheet TOPS/TFLOPS × bit length, and a chip that supports several
 * precisions takes the highest product. "'Performance density' is 'TPP' divided by 'applicable
 * die area'", in mm², counting all logic dies on a non-planar (FinFET/GAA) process; HBM stacks
 * are memory, not logic, and are left out.
 */
import type { Precision } from '../data/chip-fields.ts';
import { isProvisional } from '../data/basis.ts';

/**
 * Bit length per precision. TF32: the rule text we could check never names TF32. It is held in a
 * 32-bit register but carries 19 significant bits; we count 32, the width the data occupies and
 * the value the analyses we found use. It never decides a result on this site: NVIDIA's dense
 * TF32 rate is half its FP16 rate, so TF32 × 32 equals FP16 × 16 at most, and the precision that
 * gave the maximum is returned so readers can see it.
 */
export const bitLengths = {
	fp64: 64,
	tf32: 32,
	fp16: 16,
	fp8: 8,
	int8: 8,
	fp4: 4,
} as const satisfies Record<Precision, number>;

/**
 * Order of evaluation, which settles ties. Ties are common because datasheet rates halve as bits
 * double (H20: FP8 296 × 8 = FP16 148 × 16 = 2,368). FP8 then FP16 come first, the formats our
 * sources quote TPP in; TF32, whose bit length is our reading, and FP64 come last.
 */
const knownPrecisions: readonly Precision[] = ['fp8', 'fp16', 'int8', 'fp4', 'tf32', 'fp64'];

/** Dense throughput per precision: TFLOPS, or TOPS for int8. */
export type Throughput = Partial<Record<Precision, number>>;

/**
 * Upper bounds that catch unit slips rather than real chips.
 * - TPP 10,000,000: about 180× the largest data-centre GPU of 2025 (B300, ≈56,000); datasheet
 *   GFLOPS typed as TFLOPS lands near H100 × 1,000 ≈ 15.8 million and is rejected.
 * - 70,686 mm²: the area of a whole 300 mm wafer (π × 150²); no package can hold more logic.
 *   This still admits wafer-scale engines (≈46,000 mm²) and mm² typed as µm² fails.
 * - 100,000 GB/s: about 55× NVLink 5 (1,800 GB/s); a value in Mb/s fails.
 */
export const limits = { maxTpp: 10_000_000, maxDieAreaMm2: 70_686, maxInterconnectGBs: 100_000 } as const;

/** Thrown for input the classifier will not guess about. `field` names the offending input. */
export class ClassifierInputError extends Error {
	readonly field: string;
	constructor(field: string, message: string) {
		super(`${field}: ${message}`);
		this.name = 'ClassifierInputError';
		this.field = field;
	}
}

/** Rejects NaN, ±Infinity, negatives (or zero where `positive`), non-numbers and values above `max`. */
export function checkQuantity(field: string, value: unknown, unit: string, max: number, positive = false): number {
	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new ClassifierInputError(field, `got ${String(value)}, which is not a number. Enter a number in ${unit}.`);
	}
	if (!Number.isFinite(value)) {
		throw new ClassifierInputError(field, `got ${value}. Enter a finite number in ${unit}.`);
	}
	if (value < 0 || (positive && value === 0)) {
		throw new ClassifierInputError(field, `got ${value}; it must be ${positive ? 'greater than 0' : '0 or more'}. Enter the ${unit} figure from the source.`);
	}
	if (value > max) {
		throw new ClassifierInputError(field, `got ${value}, above the plausible maximum of ${max} ${unit}. Check the unit (e.g. GFLOPS entered as TFLOPS).`);
	}
	return value;
}

export interface TppResult {
	/** The highest dense throughput × bit length over the precisions given. */
	tpp: number;
	/** The precision that gave it (on a tie, the first in the evaluation order below). */
	precision: Precision;
	/** Throughput × bit length for each precision given, for showing the working. */
	byPrecision: Partial<Record<Precision, number>>;
}

/** TPP = 2 × MacTOPS × bit length = dense datasheet TOPS/TFLOPS × bit length, maximised over precisions. */
export function totalProcessingPerformance(throughput: Throughput): TppResult {
	if (typeof throughput !== 'object' || throughput === null) {
		throw new ClassifierInputError('throughput', 'is missing. Give at least one dense figure, e.g. { fp8: 1979 }.');
	}
	for (const key of Object.keys(throughput)) {
		if (!(knownPrecisions as readonly string[]).includes(key)) {
			throw new ClassifierInputError(
				`throughput.${key}`,
				`is not a precision the classifier knows (${knownPrecisions.join(', ')}). Put BF16 under fp16; leave FP32 (non-tensor) out.`,
			);
		}
	}
	let best: { tpp: number; precision: Precision } | undefined;
	const byPrecision: Partial<Record<Precision, number>> = {};
	for (const precision of knownPrecisions) {
		const raw = throughput[precision];
		if (raw === undefined) continue;
		const unit = precision === 'int8' ? 'TOPS' : 'TFLOPS';
		const value = checkQuantity(`throughput.${precision}`, raw, unit, limits.maxTpp);
		const product = value * bitLengths[precision];
		checkQuantity(`throughput.${precision}`, product, `TPP (${value} ${unit} × ${bitLengths[precision]} bits)`, limits.maxTpp);
		byPrecision[precision] = product;
		if (best === undefined || product > best.tpp) best = { tpp: product, precision };
	}
	if (best === undefined) {
		throw new ClassifierInputError('throughput', 'has no figures. Give at least one dense figure, e.g. { fp8: 1979 }.');
	}
	return { ...best, byPrecision };
}

/** Performance density = TPP ÷ applicable die area (mm²). */
export function performanceDensity(tpp: number, dieAreaMm2: number): number {
	checkQuantity('tpp', tpp, 'TPP', limits.maxTpp);
	checkQuantity('dieArea', dieAreaMm2, 'mm²', limits.maxDieAreaMm2, true);
	return tpp / dieAreaMm2;
}

/** What the classifier reads from a chip; a `Chip` record from schemas.ts satisfies it. */
interface Figure {
	value: number;
	source: string;
	/** How the figure came to be (schemas.ts `basis`); a roadmap figure, claim or estimate makes what is computed from it provisional. */
	basis?: string | undefined;
}
export interface ChipFigures {
	throughput?: Partial<Record<Precision, Figure | undefined>> | undefined;
	dieArea?: Figure | undefined;
	interconnect?: Figure | undefined;
}

export interface ChipMetrics {
	throughput: Throughput;
	dieAreaMm2?: number;
	interconnectGBs?: number;
	/** Designed or marketed for use in data centres (Note 2 to 3A090, October 2023). */
	datacenter: boolean;
	/** Source id behind each input, so a page can cite the working. */
	sources: { throughput: Partial<Record<Precision, string>>; dieArea?: string; interconnect?: string };
}

/**
 * The classifier inputs of a chip record, with their source ids. Chip records carry no
 * data-centre flag; every chip on this site is a data-centre accelerator, so `datacenter`
 * defaults to true. Pass { datacenter: false } for a consumer part.
 */
export function metricsFromChip(chip: ChipFigures, options: { datacenter?: boolean } = {}): ChipMetrics {
	const throughput: Throughput = {};
	const throughputSources: Partial<Record<Precision, string>> = {};
	for (const precision of knownPrecisions) {
		const figure = chip.throughput?.[precision];
		if (figure === undefined) continue;
		throughput[precision] = figure.value;
		throughputSources[precision] = figure.source;
	}
	const metrics: ChipMetrics = {
		throughput,
		datacenter: options.datacenter ?? true,
		sources: { throughput: throughputSources },
	};
	if (chip.dieArea) {
		metrics.dieAreaMm2 = chip.dieArea.value;
		metrics.sources.dieArea = chip.dieArea.source;
	}
	if (chip.interconnect) {
		metrics.interconnectGBs = chip.interconnect.value;
		metrics.sources.interconnect = chip.interconnect.source;
	}
	return metrics;
}

// ─── chipMetrics: every figure the site computes from a chip record ─────────────────────

/** A figure computed from record figures. */
export interface DerivedFigure {
	value: number;
	/** Source ids of the record figures it was computed from, in input order, without repeats. */
	sources: string[];
	/** Computed from a roadmap figure, vendor claim or estimate: drawn outlined and labelled. */
	provisional: boolean;
}

/** Throughput × bit length at one precision. */
export interface TppFigure extends DerivedFigure {
	precision: Precision;
	/** The dense throughput, TFLOPS (TOPS for INT8). */
	throughput: number;
	bits: number;
}

export interface DensityFigure extends DerivedFigure {
	tpp: number;
	/** Applicable die area, mm². */
	dieArea: number;
}

/** Dense throughput ÷ memory bandwidth: TFLOPS ÷ TB/s = FLOP per byte of memory traffic. */
export interface FlopPerByteFigure extends DerivedFigure {
	precision: Precision;
	throughput: number;
	/** Memory bandwidth, TB/s. */
	bandwidth: number;
}

export interface DerivedMetrics {
	/** The deciding TPP (the highest product; ties go to the first precision in evaluation order), or null without a throughput figure. */
	tpp: TppFigure | null;
	/** Throughput × bit length for every precision the record gives. */
	tppByPrecision: Partial<Record<Precision, TppFigure>>;
	/** The deciding TPP ÷ die area, or null without both. */
	density: DensityFigure | null;
	/** Compute per byte of memory at every precision the record gives, where it has a memory bandwidth. */
	flopPerByte: Partial<Record<Precision, FlopPerByteFigure>>;
}

/** What chipMetrics reads from a chip; a `Chip` record from schemas.ts satisfies it. */
export interface MetricInputs extends ChipFigures {
	memoryBandwidth?: Figure | undefined;
}

export type MetricName = 'tpp' | 'density' | 'flopPerByte';

/**
 * How each computed figure is named and shown, on every page, table and chart. Values are shown
 * (and written to <data value>) rounded to `digits`; density keeps two, the precision of the 5.92
 * and 3.2 lines it is compared with.
 */
export const metricInfo = {
	tpp: { label: 'Total Processing Performance (TPP)', hint: 'dense throughput × bit length', digits: 0 },
	density: { label: 'Performance density', hint: 'TPP per mm² of die', digits: 2 },
	flopPerByte: { label: 'Compute per byte of memory', hint: 'FLOP per byte', digits: 0 },
} as const satisfies Record<MetricName, { label: string; hint: string; digits: number }>;

/** The precision a bare "FLOP per byte" is quoted at: BF16/FP16, the format model training runs in. */
export const defaultFlopPerBytePrecision: Precision = 'fp16';

/** A value rounded as it is shown: to `digits` decimals. */
export function roundTo(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * TPP by precision, the deciding precision, performance density and FLOP per byte of a chip, each
 * with the sources of its inputs. The one place the site does this arithmetic: spec tables, charts,
 * the calculator and prose figures (<Derived>) all read it. Invalid figures throw
 * ClassifierInputError naming the field.
 */
export function chipMetrics(chip: MetricInputs): DerivedMetrics {
	const tppByPrecision: Partial<Record<Precision, TppFigure>> = {};
	const flopPerByte: Partial<Record<Precision, FlopPerByteFigure>> = {};
	const bandwidth = chip.memoryBandwidth;
	const throughput: Throughput = {};
	for (const precision of knownPrecisions) {
		const figure = chip.throughput?.[precision];
		if (figure === undefined) continue;
		throughput[precision] = figure.value;
		if (bandwidth && bandwidth.value > 0) {
			flopPerByte[precision] = {
				value: figure.value / bandwidth.value,
				precision,
				throughput: figure.value,
				bandwidth: bandwidth.value,
				sources: unique([figure.source, bandwidth.source]),
				provisional: isProvisional(figure.basis) || isProvisional(bandwidth.basis),
			};
		}
	}
	if (Object.keys(throughput).length === 0) return { tpp: null, tppByPrecision, density: null, flopPerByte };
	const result = totalProcessingPerformance(throughput);
	for (const precision of knownPrecisions) {
		const product = result.byPrecision[precision];
		const figure = chip.throughput?.[precision];
		if (product === undefined || !figure) continue;
		tppByPrecision[precision] = {
			value: product,
			precision,
			throughput: figure.value,
			bits: bitLengths[precision],
			sources: [figure.source],
			provisional: isProvisional(figure.basis),
		};
	}
	const tpp = tppByPrecision[result.precision] ?? null;
	const area = chip.dieArea;
	const density: DensityFigure | null =
		tpp && area
			? {
					value: performanceDensity(tpp.value, area.value),
					tpp: tpp.value,
					dieArea: area.value,
					sources: unique([...tpp.sources, area.source]),
					provisional: tpp.provisional || isProvisional(area.basis),
				}
			: null;
	return { tpp, tppByPrecision, density, flopPerByte };
}

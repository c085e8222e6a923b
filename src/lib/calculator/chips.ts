/**
 * What the calculator and its table take from the chip records: the figures a reader would
 * type for each chip (the precision that gives the highest TPP), and each chip's result under
 * every rule version, or what is missing to reach one. Runs at build time.
 */
import {
	bitLengths,
	inputFromChip,
	totalProcessingPerformance,
	tryClassify,
	ruleVersions,
	type ChipInput,
	type ChipRecordFigures,
	type ClassificationResult,
	type RuleVersion,
	type TppResult,
} from '../export-control/index.ts';
import type { FormValues } from './form.ts';

export type ChipResult = { ok: true; value: ClassificationResult } | { ok: false; missing: string };

export interface ChipRow {
	id: string;
	metrics: ChipInput;
	/** Null when the record has no dense throughput figure. */
	tpp: TppResult | null;
	density: number | null;
	results: Record<RuleVersion, ChipResult>;
	/** Source ids behind the figures used: the deciding throughput, die area, interconnect, memory bandwidth. */
	sources: string[];
}

const missingWords: Record<string, string> = {
	throughput: 'dense throughput',
	dieArea: 'die area',
	interconnect: 'interconnect',
	dramBandwidth: 'memory bandwidth',
};
const givenFigure: Record<string, (m: ChipInput) => number | undefined> = {
	dieArea: (m) => m.dieAreaMm2,
	interconnect: (m) => m.interconnectGBs,
	dramBandwidth: (m) => m.dramBandwidthGBs,
};

function tppOf(metrics: ChipInput): TppResult | null {
	if (Object.keys(metrics.throughput).length === 0) return null;
	return totalProcessingPerformance(metrics.throughput);
}

export function chipRow(id: string, chip: ChipRecordFigures): ChipRow {
	const metrics = inputFromChip(chip);
	const tpp = tppOf(metrics);
	const results = {} as Record<RuleVersion, ChipResult>;
	let density: number | null = null;
	for (const rule of ruleVersions) {
		const outcome = tryClassify(metrics, rule);
		if (outcome.ok) {
			results[rule] = { ok: true, value: outcome.value };
			density = outcome.value.density;
		} else {
			const field = outcome.error.field.split('.')[0]!;
			const words = missingWords[field] ?? field;
			const read = givenFigure[field];
			const given = read ? read(metrics) : tpp?.tpp;
			// Every record figure passed schema validation, so an error here is a missing figure;
			// say "invalid" rather than "missing" if that ever stops being true.
			results[rule] = { ok: false, missing: given === undefined || given === null ? `missing ${words}` : `invalid ${words} in the record` };
		}
	}
	const sources = [
		tpp ? metrics.sources.throughput[tpp.precision] : undefined,
		metrics.sources.dieArea,
		metrics.sources.interconnect,
		metrics.sources.memoryBandwidth,
	].filter((s): s is string => s !== undefined);
	return { id, metrics, tpp, density, results, sources: [...new Set(sources)] };
}

/** The figures a reader would type for a chip: the throughput at the precision with the highest TPP. */
export function chipFormValues(row: ChipRow): FormValues {
	const precision = row.tpp?.precision;
	return {
		tops: precision ? String(row.metrics.throughput[precision]) : '',
		bits: precision ? String(bitLengths[precision]) : '8',
		die: row.metrics.dieAreaMm2 === undefined ? '' : String(row.metrics.dieAreaMm2),
		io: row.metrics.interconnectGBs === undefined ? '' : String(row.metrics.interconnectGBs),
		bw: row.metrics.dramBandwidthGBs === undefined ? '' : String(row.metrics.dramBandwidthGBs),
		dc: row.metrics.datacenter,
	};
}

/** Table order: highest TPP first, chips without a throughput figure last, then by id. */
export function compareRows(a: ChipRow, b: ChipRow): number {
	const ta = a.tpp?.tpp ?? -1;
	const tb = b.tpp?.tpp ?? -1;
	return tb - ta || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

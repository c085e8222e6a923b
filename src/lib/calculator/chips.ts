/**
 * What the calculator and its table take from the chip records: the figures a reader would
 * type for each chip (the precision that gives the highest TPP), and each chip's result under
 * both rule texts, or what is missing to reach one. Runs at build time.
 */
import {
	bitLengths,
	metricsFromChip,
	totalProcessingPerformance,
	tryClassify,
	ruleVersions,
	type ChipFigures,
	type ChipMetrics,
	type Classification,
	type RuleVersion,
	type TppResult,
} from '../export-control/index.ts';
import type { FormValues } from './form.ts';

export type ChipResult = { ok: true; value: Classification } | { ok: false; missing: string };

export interface ChipRow {
	id: string;
	metrics: ChipMetrics;
	/** Null when the record has no dense throughput figure. */
	tpp: TppResult | null;
	density: number | null;
	results: Record<RuleVersion, ChipResult>;
	/** Source ids behind the figures used: the deciding throughput, die area, interconnect. */
	sources: string[];
}

const missingWords: Record<string, string> = {
	throughput: 'dense throughput',
	dieArea: 'die area',
	interconnect: 'interconnect',
};

function tppOf(metrics: ChipMetrics): TppResult | null {
	if (Object.keys(metrics.throughput).length === 0) return null;
	return totalProcessingPerformance(metrics.throughput);
}

export function chipRow(id: string, chip: ChipFigures): ChipRow {
	const metrics = metricsFromChip(chip);
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
			const given = field === 'dieArea' ? metrics.dieAreaMm2 : field === 'interconnect' ? metrics.interconnectGBs : tpp?.tpp;
			// Every record figure passed schema validation, so an error here is a missing figure;
			// say "invalid" rather than "missing" if that ever stops being true.
			results[rule] = { ok: false, missing: given === undefined || given === null ? `missing ${words}` : `invalid ${words} in the record` };
		}
	}
	const sources = [
		tpp ? metrics.sources.throughput[tpp.precision] : undefined,
		metrics.sources.dieArea,
		metrics.sources.interconnect,
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
		dc: row.metrics.datacenter,
	};
}

/** Table order: highest TPP first, chips without a throughput figure last, then by id. */
export function compareRows(a: ChipRow, b: ChipRow): number {
	const ta = a.tpp?.tpp ?? -1;
	const tb = b.tpp?.tpp ?? -1;
	return tb - ta || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Short verdict for the table: "3A090.a", "3A090.b", "Not controlled". */
export function shortVerdict(result: Classification): string {
	if (result.status === 'not-controlled') return 'Not controlled';
	return result.status === 'controlled' ? 'Controlled: 3A090.a' : 'Notifiable: 3A090.b';
}

/** The anchor of a chip's row in the table of every chip on the calculator page (/export-rules/calculator/#chip-h20). */
export const chipRowId = (chipId: string) => `chip-${chipId}`;

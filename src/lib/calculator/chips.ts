/**
 * What the calculator and its table take from the chip records: the figures a reader would
 * type for each chip (the precision that gives the highest TPP), and each chip's result under
 * every rule version, or what is missing to reach one. Runs at build time.
 */
import {
	chipMetrics,
	inputFromChip,
	tryClassify,
	ruleVersions,
	type ChipInput,
	type ChipRecordFigures,
	type ClassificationResult,
	type MetricInputs,
	type RuleVersion,
	type TppFigure,
} from '../export-control/index.ts';
import type { FormValues } from './form.ts';

export type ChipResult = { ok: true; value: ClassificationResult } | { ok: false; missing: string };

export interface ChipRow {
	id: string;
	metrics: ChipInput;
	/** The deciding TPP (chipMetrics); null when the record has no dense throughput figure. */
	tpp: TppFigure | null;
	/** Performance density (chipMetrics); null without a throughput figure and a die area. */
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

export function chipRow(id: string, chip: ChipRecordFigures & MetricInputs): ChipRow {
	const metrics = inputFromChip(chip);
	const derived = chipMetrics(chip);
	const tpp = derived.tpp;
	const density = derived.density?.value ?? null;
	const results = {} as Record<RuleVersion, ChipResult>;
	for (const rule of ruleVersions) {
		const outcome = tryClassify(metrics, rule);
		if (outcome.ok) {
			results[rule] = { ok: true, value: outcome.value };
		} else {
			const field = outcome.error.field.split('.')[0]!;
			const words = missingWords[field] ?? field;
			const read = givenFigure[field];
			const given = read ? read(metrics) : tpp?.value;
			// Every record figure passed schema validation, so an error here is a missing figure;
			// say "invalid" rather than "missing" if that ever stops being true.
			results[rule] = { ok: false, missing: given === undefined || given === null ? `missing ${words}` : `invalid ${words} in the record` };
		}
	}
	const sources = [...(tpp?.sources ?? []), metrics.sources.dieArea, metrics.sources.interconnect, metrics.sources.memoryBandwidth].filter(
		(s): s is string => s !== undefined,
	);
	return { id, metrics, tpp, density, results, sources: [...new Set(sources)] };
}

/** The figures a reader would type for a chip: the throughput at the precision with the highest TPP. */
export function chipFormValues(row: ChipRow): FormValues {
	const tpp = row.tpp;
	return {
		tops: tpp ? String(tpp.throughput) : '',
		bits: tpp ? String(tpp.bits) : '8',
		die: row.metrics.dieAreaMm2 === undefined ? '' : String(row.metrics.dieAreaMm2),
		io: row.metrics.interconnectGBs === undefined ? '' : String(row.metrics.interconnectGBs),
		bw: row.metrics.dramBandwidthGBs === undefined ? '' : String(row.metrics.dramBandwidthGBs),
		dc: row.metrics.datacenter,
	};
}

/** Table order: highest TPP first, chips without a throughput figure last, then by id. */
export function compareRows(a: ChipRow, b: ChipRow): number {
	const ta = a.tpp?.value ?? -1;
	const tb = b.tpp?.value ?? -1;
	return tb - ta || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The anchor of a chip's row in the table of every chip on the calculator page (/export-rules/calculator/#chip-h20). */
export const chipRowId = (chipId: string) => `chip-${chipId}`;

/** The title a chip's row goes by as a search answer: it says what the row answers. */
export const chipAnswerTitle = (chipName: string) => `${chipName} under the US export rules`;

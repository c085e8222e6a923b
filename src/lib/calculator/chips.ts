/**
 * What the calculator and its table take from the chip records: the figures a reader would
 * type for each chip (the precision that gives the highest TPP), and each chip's result under
 * both rule texts, or what is missing to reach one. Runs at build time.
 */
import {
	chipMetrics,
	metricsFromChip,
	tryClassify,
	ruleVersions,
	type ChipMetrics,
	type Classification,
	type MetricInputs,
	type RuleVersion,
	type TppFigure,
} from '../export-control/index.ts';
import type { FormValues } from './form.ts';

export type ChipResult = { ok: true; value: Classification } | { ok: false; missing: string };

export interface ChipRow {
	id: string;
	metrics: ChipMetrics;
	/** The deciding TPP (chipMetrics); null when the record has no dense throughput figure. */
	tpp: TppFigure | null;
	/** Performance density (chipMetrics); null without a throughput figure and a die area. */
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

export function chipRow(id: string, chip: MetricInputs): ChipRow {
	const metrics = metricsFromChip(chip);
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
			const given = field === 'dieArea' ? metrics.dieAreaMm2 : field === 'interconnect' ? metrics.interconnectGBs : tpp?.value;
			// Every record figure passed schema validation, so an error here is a missing figure;
			// say "invalid" rather than "missing" if that ever stops being true.
			results[rule] = { ok: false, missing: given === undefined || given === null ? `missing ${words}` : `invalid ${words} in the record` };
		}
	}
	const sources = [...(tpp?.sources ?? []), metrics.sources.dieArea, metrics.sources.interconnect].filter((s): s is string => s !== undefined);
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
		dc: row.metrics.datacenter,
	};
}

/** Table order: highest TPP first, chips without a throughput figure last, then by id. */
export function compareRows(a: ChipRow, b: ChipRow): number {
	const ta = a.tpp?.value ?? -1;
	const tb = b.tpp?.value ?? -1;
	return tb - ta || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Short verdict for the table: "3A090.a", "3A090.b", "Not controlled". */
export function shortVerdict(result: Classification): string {
	if (result.status === 'not-controlled') return 'Not controlled';
	return result.status === 'controlled' ? 'Controlled: 3A090.a' : 'Notifiable: 3A090.b';
}

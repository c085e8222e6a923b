/** Reading one numeric field of a chip record by its chart name, e.g. "throughput.fp8". */
import type { Chip, ChipField, NumericFigure } from './schemas.ts';

const units: Record<ChipField, string> = {
	memoryCapacity: 'GB',
	memoryBandwidth: 'TB/s',
	tdp: 'W',
	interconnect: 'GB/s',
	dieArea: 'mm²',
	'throughput.fp64': 'TFLOPS',
	'throughput.tf32': 'TFLOPS',
	'throughput.fp16': 'TFLOPS',
	'throughput.fp8': 'TFLOPS',
	'throughput.int8': 'TOPS',
	'throughput.fp4': 'TFLOPS',
};

/** Reader-facing names for each field. */
export const chipFieldLabel: Record<ChipField, string> = {
	memoryCapacity: 'Memory capacity',
	memoryBandwidth: 'Memory bandwidth',
	tdp: 'Power (TDP)',
	interconnect: 'Chip-to-chip interconnect',
	dieArea: 'Die area',
	'throughput.fp64': 'FP64',
	'throughput.tf32': 'TF32',
	'throughput.fp16': 'BF16/FP16',
	'throughput.fp8': 'FP8',
	'throughput.int8': 'INT8',
	'throughput.fp4': 'FP4',
};

/** TFLOPS and TOPS count the same thing (operations per second) at different number formats. */
export function chipFieldUnit(field: ChipField): string {
	return field.startsWith('throughput.') ? 'TFLOPS/TOPS' : units[field];
}

export function chipFieldExactUnit(field: ChipField): string {
	return units[field];
}

export function chipFieldFigure(chip: Chip, field: ChipField): NumericFigure | undefined {
	if (field.startsWith('throughput.')) {
		const precision = field.slice('throughput.'.length) as keyof Chip['throughput'];
		return chip.throughput[precision];
	}
	return chip[field as Exclude<ChipField, `throughput.${string}`>];
}

/**
 * The chip-field registry: every field of a chip record that a page can quote, with its reader-facing
 * label, its unit (fixed per field, so a chart never mixes them), the table group it belongs to and
 * its kind. The chip schema takes its units from here, the chart schema its field enum, and every
 * table, chart, prose figure and the Sources page their labels.
 */
import type { Chip, NumericFigure } from './schemas.ts';

/** The number formats a datasheet quotes dense throughput in. */
export const precisions = ['fp64', 'tf32', 'fp16', 'fp8', 'int8', 'fp4'] as const;
export type Precision = (typeof precisions)[number];

/** Each precision's name as readers see it, and the unit its throughput is quoted in. */
export const precisionInfo = {
	fp64: { label: 'FP64', unit: 'TFLOPS' },
	tf32: { label: 'TF32', unit: 'TFLOPS' },
	/** The record holds BF16 or FP16, whichever is higher where they differ (they rarely do). */
	fp16: { label: 'BF16/FP16', unit: 'TFLOPS' },
	fp8: { label: 'FP8', unit: 'TFLOPS' },
	int8: { label: 'INT8', unit: 'TOPS' },
	fp4: { label: 'FP4', unit: 'TFLOPS' },
} as const satisfies Record<Precision, { label: string; unit: string }>;

export const precisionLabel = (precision: Precision): string => precisionInfo[precision].label;

/** Table groups, in the words their headings use. */
export const chipFieldGroups = {
	memory: 'Memory',
	throughput: 'Dense throughput (TFLOPS; INT8 in TOPS)',
	silicon: 'Power, links and silicon',
	dates: 'Dates',
} as const;
export type ChipFieldGroup = keyof typeof chipFieldGroups;

interface FieldInfo {
	label: string;
	/** number: a NumericFigure with `unit`; text: a TextFigure; date: a DateFigure (ISO date). */
	kind: 'number' | 'text' | 'date';
	unit?: string;
	group: ChipFieldGroup;
}

const throughputField = <P extends Precision>(precision: P) =>
	({ label: precisionInfo[precision].label, kind: 'number', unit: precisionInfo[precision].unit, group: 'throughput' }) as const;

export const chipFields = {
	memoryCapacity: { label: 'Memory capacity', kind: 'number', unit: 'GB', group: 'memory' },
	memoryBandwidth: { label: 'Memory bandwidth', kind: 'number', unit: 'TB/s', group: 'memory' },
	memoryType: { label: 'Memory type', kind: 'text', group: 'memory' },
	tdp: { label: 'Power (TDP)', kind: 'number', unit: 'W', group: 'silicon' },
	interconnect: { label: 'Chip-to-chip interconnect', kind: 'number', unit: 'GB/s', group: 'silicon' },
	dieArea: { label: 'Die area', kind: 'number', unit: 'mm²', group: 'silicon' },
	transistors: { label: 'Transistors', kind: 'number', unit: 'billion', group: 'silicon' },
	process: { label: 'Process', kind: 'text', group: 'silicon' },
	announced: { label: 'Announced', kind: 'date', group: 'dates' },
	shipped: { label: 'First shipped', kind: 'date', group: 'dates' },
	'throughput.fp64': throughputField('fp64'),
	'throughput.tf32': throughputField('tf32'),
	'throughput.fp16': throughputField('fp16'),
	'throughput.fp8': throughputField('fp8'),
	'throughput.int8': throughputField('int8'),
	'throughput.fp4': throughputField('fp4'),
} as const satisfies Record<string, FieldInfo>;

type Registry = typeof chipFields;
/** Any quotable chip field. */
export type AnyChipField = keyof Registry;
type FieldsOfKind<K extends FieldInfo['kind']> = { [F in AnyChipField]: Registry[F]['kind'] extends K ? F : never }[AnyChipField];
/** Numeric fields: the ones charts draw and <Fig> formats with a unit (schemas.ts calls this enum ChipField). */
export type NumericChipField = FieldsOfKind<'number'>;
export type TextChipField = FieldsOfKind<'text'>;
export type DateChipField = FieldsOfKind<'date'>;

// Object.keys loses the key type; the registry's keys are exactly AnyChipField.
const fieldNames = Object.keys(chipFields) as AnyChipField[];
const isNumeric = (field: AnyChipField): field is NumericChipField => chipFields[field].kind === 'number';
const isText = (field: AnyChipField): field is TextChipField => chipFields[field].kind === 'text';
const isDate = (field: AnyChipField): field is DateChipField => chipFields[field].kind === 'date';

/** The chart schema's field enum. */
export const numericChipFields: readonly NumericChipField[] = fieldNames.filter(isNumeric);

export const isChipField = (field: string): field is AnyChipField => field in chipFields;
export const isNumericChipField = (field: string): field is NumericChipField => isChipField(field) && isNumeric(field);
export const isTextChipField = (field: string): field is TextChipField => isChipField(field) && isText(field);
export const isDateChipField = (field: string): field is DateChipField => isChipField(field) && isDate(field);

export const chipFieldLabel = (field: AnyChipField): string => chipFields[field].label;
export const chipFieldGroup = (field: AnyChipField): ChipFieldGroup => chipFields[field].group;

/** The unit charts group fields by: TFLOPS and TOPS count the same thing (operations per second) at different number formats. */
export function chipFieldUnit(field: NumericChipField): string {
	return field.startsWith('throughput.') ? 'TFLOPS/TOPS' : chipFields[field].unit;
}

export function chipFieldExactUnit(field: NumericChipField): string {
	return chipFields[field].unit;
}

export function chipFieldFigure(chip: Chip, field: NumericChipField): NumericFigure | undefined {
	if (field.startsWith('throughput.')) return chip.throughput[field.slice('throughput.'.length) as Precision];
	return chip[field as Exclude<NumericChipField, `throughput.${string}`>];
}

/**
 * The model of a spec table (SpecTable.astro): chip records → columns, grouped rows of cells,
 * notes and the legend lines the table needs. Pure; the component only renders it.
 */
import type { Chip, Source } from './schemas.ts';
import { marketLabel } from './schemas.ts';
import { chipFieldFigure, chipFieldGroup, chipFieldGroups, chipFieldLabel, precisionLabel, type NumericChipField, type TextChipField } from './chip-fields.ts';
import { basisExplanation, basisWord, isProvisional } from './basis.ts';
import { disagreeingAlternatives, isWeaklySourced } from './figure-grade.ts';
import { formatNumber, formatQuantity } from '../format.ts';
import { chipMetrics, defaultFlopPerBytePrecision, metricInfo, roundTo, type MetricName } from '../export-control/metrics.ts';

export type SpecField = NumericChipField | TextChipField;
export type SpecComputed = MetricName;

export interface SpecAlternative {
	text: string;
	source: string;
	note?: string | undefined;
}

export interface SpecCell {
	/** Machine value for <data value>. */
	value: string;
	text: string;
	/** chips/<id>/<field> for record rows; absent for computed rows. */
	record?: string;
	/** <chip>.<metric>[.<precision>] for computed rows: the path <Derived> and the dist check use. */
	derived?: string;
	sources: string[];
	/** The word shown under the value ("reported", "derived"…), when the basis has one. */
	basisWord?: string | undefined;
	/** A roadmap figure, vendor claim or estimate: its word is outlined. */
	provisional: boolean;
	/** Rests only on sources graded "other". */
	weak: boolean;
	/** Short qualifier under the value, e.g. "FP8 × 8 bits". */
	detail?: string;
	alternatives: SpecAlternative[];
}

export interface SpecRow {
	label: string;
	/** Unit hint next to the row label, e.g. "FLOP per byte". */
	hint?: string;
	cells: (SpecCell | null)[];
}

export interface SpecTableModel {
	columns: { id: string; name: string; vendor: string; market: string; formFactor?: string | undefined }[];
	groups: { title: string; rows: SpecRow[] }[];
	notes: { chip: string; field: string; text: string }[];
	hasAlternatives: boolean;
	hasWeak: boolean;
	/** Legend sentences for the basis words the table shows, in a fixed order. */
	basisNotes: string[];
}

export interface SpecTableInput {
	chips: { id: string; data: Chip }[];
	fields: readonly SpecField[];
	computed?: readonly SpecComputed[];
	/** The sources registry (for grades). */
	sources: ReadonlyMap<string, Pick<Source, 'grade'>>;
}

const isText = (field: SpecField): field is TextChipField => field === 'memoryType' || field === 'process';

export function buildSpecTable({ chips, fields, computed = [], sources }: SpecTableInput): SpecTableModel {
	const notes: SpecTableModel['notes'] = [];

	const recordCell = (chip: { id: string; data: Chip }, field: SpecField): SpecCell | null => {
		const figure = isText(field) ? chip.data[field] : chipFieldFigure(chip.data, field);
		if (!figure) return null;
		if (figure.note) notes.push({ chip: chip.data.name, field: chipFieldLabel(field), text: figure.note });
		const show = (v: string | number) => (typeof v === 'number' && 'unit' in figure ? formatQuantity(v, figure.unit) : String(v));
		return {
			value: String(figure.value),
			text: show(figure.value),
			record: `chips/${chip.id}/${field}`,
			sources: [figure.source],
			basisWord: basisWord(figure.basis),
			provisional: isProvisional(figure.basis),
			weak: isWeaklySourced([figure.source], sources),
			alternatives: disagreeingAlternatives<{ value: string | number; source: string; note?: string | undefined }>(figure, sources).map((a) => ({
				text: show(a.value),
				source: a.source,
				note: a.note,
			})),
		};
	};

	const computedCell = (chip: { id: string; data: Chip }, metric: SpecComputed): SpecCell | null => {
		const metrics = chipMetrics(chip.data);
		const digits = metricInfo[metric].digits;
		const derivedCell = (value: number, derived: string, sourceIds: string[], detail: string): SpecCell => ({
			value: String(roundTo(value, digits)),
			text: formatNumber(value, digits),
			derived,
			sources: sourceIds,
			basisWord: basisWord('derived'),
			provisional: false,
			weak: isWeaklySourced(sourceIds, sources),
			detail,
			alternatives: [],
		});
		if (metric === 'tpp') {
			const t = metrics.tpp;
			return t && derivedCell(t.value, `${chip.id}.tpp`, t.sources, `${precisionLabel(t.precision)} × ${t.bits} bits`);
		}
		if (metric === 'density') {
			const d = metrics.density;
			return d && derivedCell(d.value, `${chip.id}.density`, d.sources, `TPP ÷ ${formatNumber(d.dieArea, 0)} mm²`);
		}
		const precision = defaultFlopPerBytePrecision;
		const f = metrics.flopPerByte[precision];
		return f ? derivedCell(f.value, `${chip.id}.flopPerByte.${precision}`, f.sources, `${precisionLabel(precision)} ÷ bandwidth`) : null;
	};

	const groups: SpecTableModel['groups'] = [];
	for (const field of fields) {
		const title = chipFieldGroups[chipFieldGroup(field)];
		let group = groups.find((g) => g.title === title);
		if (!group) groups.push((group = { title, rows: [] }));
		group.rows.push({ label: chipFieldLabel(field), cells: chips.map((chip) => recordCell(chip, field)) });
	}
	if (computed.length) {
		groups.push({
			title: 'Computed by this site from the figures above',
			rows: computed.map((metric) => ({
				label: metricInfo[metric].label,
				hint: metricInfo[metric].hint,
				cells: chips.map((chip) => computedCell(chip, metric)),
			})),
		});
	}

	const cells = groups.flatMap((g) => g.rows.flatMap((r) => r.cells)).filter((c): c is SpecCell => c !== null);
	const shownWords = new Set(cells.map((c) => c.basisWord));
	return {
		columns: chips.map(({ id, data }) => ({ id, name: data.name, vendor: data.vendor, market: marketLabel[data.market], formFactor: data.formFactor })),
		groups,
		notes,
		hasAlternatives: cells.some((c) => c.alternatives.length > 0),
		hasWeak: cells.some((c) => c.weak),
		basisNotes: Object.entries(basisExplanation)
			.filter(([basis]) => shownWords.has(basisWord(basis)))
			.map(([, sentence]) => sentence),
	};
}

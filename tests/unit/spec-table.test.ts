/** The spec-table model (SpecTable.astro renders it), built from the validated records. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { buildSpecTable } from '../../src/lib/data/spec-table.ts';
import type { Chip, Source } from '../../src/lib/data/schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { dataset } = validateDataset(`${root}content/data/`, root);
const chips = (...ids: string[]) =>
	ids.map((id) => {
		const data = dataset.chips.get(id);
		assert.ok(data, id);
		return { id, data };
	});

test('columns carry the market in the shared words; rows are grouped and labelled from the field registry', () => {
	const model = buildSpecTable({
		chips: chips('h200', 'h20', 'ascend-910c'),
		fields: ['memoryCapacity', 'memoryType', 'throughput.fp16', 'dieArea'],
		sources: dataset.sources,
	});
	assert.deepEqual(
		model.columns.map((c) => c.market),
		['Sold worldwide', 'Cut down for China', 'Chinese design'],
	);
	assert.deepEqual(
		model.groups.map((g) => [g.title, g.rows.map((r) => r.label)]),
		[
			['Memory', ['Memory capacity', 'Memory type']],
			['Dense throughput (TFLOPS; INT8 in TOPS)', ['BF16/FP16']],
			['Power, links and silicon', ['Die area']],
		],
	);
	const capacity = model.groups[0]!.rows[0]!.cells[0]!;
	assert.equal(capacity.record, 'chips/h200/memoryCapacity');
	assert.equal(capacity.value, '141');
	assert.equal(capacity.text, '141\u00a0GB');
});

test('computed rows: TPP, density and FLOP per byte from chipMetrics, with their paths, working and sources', () => {
	const model = buildSpecTable({
		chips: chips('h200', 'h20'),
		fields: ['memoryBandwidth'],
		computed: ['tpp', 'density', 'flopPerByte'],
		sources: dataset.sources,
	});
	const group = model.groups.at(-1)!;
	assert.equal(group.title, 'Computed by this site from the figures above');
	const [tpp, density, ratio] = group.rows;
	assert.deepEqual(
		tpp!.cells.map((c) => [c?.derived, c?.value, c?.text, c?.detail]),
		[
			['h200.tpp', '15832', '15,832', 'FP8 × 8 bits'],
			['h20.tpp', '2368', '2,368', 'FP8 × 8 bits'],
		],
	);
	assert.deepEqual(
		density!.cells.map((c) => [c?.derived, c?.value, c?.text, c?.detail]),
		[
			['h200.density', '19.45', '19.45', 'TPP ÷ 814 mm²'],
			['h20.density', '2.91', '2.91', 'TPP ÷ 814 mm²'],
		],
	);
	assert.deepEqual(
		ratio!.cells.map((c) => [c?.derived, c?.value, c?.detail]),
		[
			['h200.flopPerByte.fp16', '206', 'BF16/FP16 ÷ bandwidth'],
			['h20.flopPerByte.fp16', '37', 'BF16/FP16 ÷ bandwidth'],
		],
	);
	assert.deepEqual(density!.cells[0]!.sources, ['hpctech-h100', 'tweaktown-2022-05-h100-sxm']);
	assert.ok(model.basisNotes.includes('“Derived” marks our own arithmetic on sourced figures.'));
});

test('a missing figure is an empty cell; provisional bases and weak sources are flagged; notes are collected', () => {
	const base = dataset.chips.get('h200')!;
	const made = (over: Partial<Chip>): { id: string; data: Chip } => ({ id: 'x', data: { ...base, name: 'X', ...over } });
	const sources = new Map<string, Pick<Source, 'grade'>>([
		['good', { grade: 'primary' }],
		['weak', { grade: 'other' }],
	]);
	const model = buildSpecTable({
		chips: [made({ tdp: { value: 1000, unit: 'W', source: 'weak', basis: 'roadmap', note: 'announced only' } }), made({ tdp: undefined })],
		fields: ['tdp'],
		sources,
	});
	const [roadmap, empty] = model.groups[0]!.rows[0]!.cells;
	assert.equal(empty, null);
	assert.equal(roadmap?.provisional, true);
	assert.equal(roadmap.basisWord, 'roadmap');
	assert.equal(roadmap.weak, true);
	assert.equal(model.hasWeak, true);
	assert.deepEqual(model.notes, [{ chip: 'X', field: 'Power (TDP)', text: 'announced only' }]);
	assert.deepEqual(model.basisNotes, ['“Roadmap” marks a figure announced for a product that has not shipped; it may change at launch.']);
});

test('alternatives from a weaker source are not shown; from one of the same grade they are', () => {
	const base = dataset.chips.get('h200')!;
	const sources = new Map<string, Pick<Source, 'grade'>>([
		['good', { grade: 'established' }],
		['peer', { grade: 'established' }],
		['weak', { grade: 'other' }],
	]);
	const data: Chip = {
		...base,
		tdp: {
			value: 700,
			unit: 'W',
			source: 'good',
			basis: 'vendor-spec',
			alternatives: [
				{ value: 1000, source: 'weak' },
				{ value: 750, source: 'peer' },
			],
		},
	};
	const model = buildSpecTable({ chips: [{ id: 'h200', data }], fields: ['tdp'], sources });
	assert.deepEqual(model.groups[0]!.rows[0]!.cells[0]!.alternatives, [{ text: '750\u00a0W', source: 'peer', note: undefined }]);
	assert.equal(model.hasAlternatives, true);
});

/**
 * Build-time gate for content/data/: schema errors, dangling references and inconsistent
 * charts become messages that name the file, the record, the field and the fix.
 *
 * Astro's content collections validate each record against its schema too, but they cannot
 * see across collections (a chip citing a source that does not exist) and their messages do
 * not say what to do. This runs first, from the integration in ./integration.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
	dataKinds,
	type ChartSpec,
	type Chip,
	type DataKind,
	type Event,
	type GlossaryEntry,
	type Series,
	type Source,
	type Status,
	type Update,
} from './schemas.ts';
import { chipFieldFigure, chipFieldUnit } from './chip-fields.ts';
import { ambiguousLabels } from './source-label.ts';

export interface DataIssue {
	/** Path relative to the project root, e.g. "content/data/chips/h200.json". */
	file: string;
	/** Record id (file name without .json). */
	record: string;
	/** Dotted path of the field, or "(file)" for problems with the file itself. */
	field: string;
	problem: string;
	fix: string;
}

export interface Dataset {
	sources: Map<string, Source>;
	chips: Map<string, Chip>;
	events: Map<string, Event>;
	series: Map<string, Series>;
	glossary: Map<string, GlossaryEntry>;
	charts: Map<string, ChartSpec>;
	status: Map<string, Status>;
	updates: Map<string, Update>;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and checks every record under `dataDir`. `root` only shortens paths in messages. */
export function validateDataset(dataDir: string, root = process.cwd()): { dataset: Dataset; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const dataset = {} as Dataset;
	const fileOf = (kind: DataKind, id: string) => relative(root, join(dataDir, kind, `${id}.json`));
	// Ids of every record file, valid or not, so one bad record is reported once, not again by each reference to it.
	const present = Object.fromEntries(Object.keys(dataKinds).map((k) => [k, new Set<string>()])) as Record<DataKind, Set<string>>;

	for (const kind of Object.keys(dataKinds) as DataKind[]) {
		const records = new Map<string, unknown>();
		(dataset as unknown as Record<DataKind, Map<string, unknown>>)[kind] = records;
		const dir = join(dataDir, kind);
		if (!existsSync(dir)) continue;
		const names = readdirSync(dir).sort((a, b) => a.replace(/\.json$/, '').localeCompare(b.replace(/\.json$/, '')));
		for (const name of names) {
			const file = relative(root, join(dir, name));
			const id = name.replace(/\.json$/, '');
			if (name.startsWith('.')) continue;
			if (!name.endsWith('.json')) {
				issues.push({
					file,
					record: id,
					field: '(file)',
					problem: 'is not a .json file',
					fix: 'Records are JSON files; move other files out of content/data/.',
				});
				continue;
			}
			if (!idPattern.test(id)) {
				issues.push({
					file,
					record: id,
					field: '(file)',
					problem: 'file name is not a valid id',
					fix: 'Rename the file to a lower-case ASCII slug such as "h200-sxm.json"; the name is the record id used in URLs.',
				});
				continue;
			}
			let json: unknown;
			try {
				json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
			} catch (error) {
				issues.push({
					file,
					record: id,
					field: '(file)',
					problem: `is not valid JSON (${(error as Error).message})`,
					fix: 'Fix the JSON syntax at the position given.',
				});
				continue;
			}
			present[kind].add(id);
			const parsed = dataKinds[kind].safeParse(json);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) issues.push(describeSchemaIssue(file, id, issue, json));
				continue;
			}
			records.set(id, parsed.data);
		}
	}

	checkReferences(dataset, present, fileOf, issues);
	return { dataset, issues };
}

/** Formats issues for the terminal, one block per problem. */
export function formatIssues(issues: DataIssue[]): string {
	return issues.map((i) => `✖ ${i.file} › record "${i.record}" › field "${i.field}": ${i.problem}\n  Fix: ${i.fix}`).join('\n');
}

function describeSchemaIssue(file: string, record: string, issue: z.core.$ZodIssue, json: unknown): DataIssue {
	const field = issue.path.length ? issue.path.join('.') : '(record)';
	const last = String(issue.path.at(-1) ?? '');
	const missing = valueAt(json, issue.path) === undefined;
	let fix = 'Correct the value so it matches the schema in src/lib/data/schemas.ts.';
	if (missing && issue.code !== 'unrecognized_keys') {
		fix =
			last === 'source' || last === 'sources'
				? `Add "${last}" with the id of a record in content/data/sources/ — every figure needs a source.`
				: last === 'unit'
					? 'Add "unit": numbers are never unit-less; the schema names the unit this field takes.'
					: last === 'grade'
						? 'Add "grade": "primary" (the document itself), "established" (an outlet with editorial standards) or "other" (aggregators, wikis, resellers, blogs); see sourceGrade in src/lib/data/schemas.ts.'
						: last === 'label'
							? 'Add "label": the short citation shown in the text, e.g. "NVIDIA 10-Q (Q1 FY2027)", "91 FR 1684" or "Reuters via Business Times".'
							: last === 'outlet' && issue.path[0] === 'relay'
								? 'A relay must name the outlet whose story it carries: add "outlet" (e.g. "Reuters"), with its "headline" and "published" date.'
								: `Add the required field "${last}".`;
	} else if (issue.code === 'invalid_value' && last === 'unit') {
		fix = `Write the value in ${issue.values.map((v) => `"${String(v)}"`).join(' or ')} (convert it if the source uses another unit).`;
	} else if (issue.code === 'too_small' && last === 'value') {
		fix = 'Figures cannot be negative; check the source.';
	} else if (issue.code === 'unrecognized_keys') {
		fix = `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed fields are listed in src/lib/data/schemas.ts.`;
	} else if (/site path/.test(issue.message)) {
		fix = 'Write a path from the site root with a trailing slash and an optional ASCII fragment, e.g. "/h200/specs/#more-chips" or "/#start".';
	} else if (/date/.test(issue.message) && (issue.code === 'invalid_format' || issue.code === 'custom')) {
		fix = 'Use an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists on the calendar.';
	}
	return { file, record, field, problem: issue.message, fix };
}

function valueAt(json: unknown, path: PropertyKey[]): unknown {
	let value = json;
	for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	return value;
}

type FileOf = (kind: DataKind, id: string) => string;

function checkReferences(data: Dataset, present: Record<DataKind, Set<string>>, fileOf: FileOf, issues: DataIssue[]): void {
	const needSource = (kind: DataKind, id: string, field: string, sourceId: string) => {
		if (!present.sources.has(sourceId))
			issues.push({
				file: fileOf(kind, id),
				record: id,
				field,
				problem: `cites unknown source "${sourceId}"`,
				fix: `Create content/data/sources/${sourceId}.json or use the id of an existing source.`,
			});
	};
	const needRecord = (kind: DataKind, id: string, field: string, target: 'chips' | 'series' | 'glossary', targetId: string) => {
		if (!present[target].has(targetId))
			issues.push({
				file: fileOf(kind, id),
				record: id,
				field,
				problem: `names unknown ${target} record "${targetId}"`,
				fix: `Use the id of a file in content/data/${target}/ (or create content/data/${target}/${targetId}.json).`,
			});
	};

	const seenUrls = new Map<string, string>();
	const duplicates = new Set<string>();
	for (const [id, source] of data.sources) {
		const other = seenUrls.get(source.url);
		if (other) duplicates.add(id);
		if (other)
			issues.push({
				file: fileOf('sources', id),
				record: id,
				field: 'url',
				problem: `duplicates the URL of source "${other}"`,
				fix: `Delete one of the two and cite "${other}" everywhere.`,
			});
		else seenUrls.set(source.url, id);
	}

	for (const [id, chip] of data.chips) {
		for (const [field, figure] of figuresOf(chip)) {
			needSource('chips', id, `${field}.source`, figure.source);
			figure.alternatives?.forEach((alt, i) => needSource('chips', id, `${field}.alternatives.${i}.source`, alt.source));
		}
	}
	for (const [id, event] of data.events) {
		event.sources.forEach((s, i) => needSource('events', id, `sources.${i}`, s));
		event.chips?.forEach((c, i) => needRecord('events', id, `chips.${i}`, 'chips', c));
	}
	for (const [id, series] of data.series) {
		series.points.forEach((p, i) => {
			needSource('series', id, `points.${i}.source`, p.source);
			p.alternatives?.forEach((alt, j) => needSource('series', id, `points.${i}.alternatives.${j}.source`, alt.source));
		});
	}
	for (const [id, entry] of data.glossary) {
		entry.sources.forEach((s, i) => needSource('glossary', id, `sources.${i}`, s));
		entry.related.forEach((r, i) => needRecord('glossary', id, `related.${i}`, 'glossary', r));
	}
	for (const [id, status] of data.status) {
		status.sources.forEach((s, i) => needSource('status', id, `sources.${i}`, s));
		status.history.forEach((h, i) => h.sources.forEach((s, j) => needSource('status', id, `history.${i}.sources.${j}`, s)));
		status.statedAs.forEach((pattern, i) => {
			try {
				new RegExp(pattern, 'i');
			} catch (error) {
				issues.push({
					file: fileOf('status', id),
					record: id,
					field: `statedAs.${i}`,
					problem: `is not a valid regular expression (${(error as Error).message})`,
					fix: 'Escape special characters or simplify the pattern.',
				});
			}
		});
		const newerFirst = status.history.every((h, i) => h.until <= (i === 0 ? status.checked : status.history[i - 1]!.until));
		if (!newerFirst)
			issues.push({
				file: fileOf('status', id),
				record: id,
				field: 'history',
				problem: 'earlier answers are not ordered newest first, or one ends after "checked"',
				fix: 'List history entries newest first, each "until" on or before the one above it and before "checked".',
			});
	}
	// A duplicate URL is reported above; its (equally duplicate) label need not be reported again.
	for (const [label, ids] of ambiguousLabels(data.sources))
		for (const id of ids.slice(1).filter((i) => !duplicates.has(i)))
			issues.push({
				file: fileOf('sources', id),
				record: id,
				field: 'label',
				problem: `"${label}" also names ${ids
					.filter((other) => other !== id)
					.map((o) => `"${o}"`)
					.join(', ')}, with the same date`,
				fix: 'Make the label more specific (e.g. add the topic: "Reuters via UDN (customs)") so readers can tell the citations apart.',
			});
	for (const [id, source] of data.sources) {
		if (source.grade === 'other' && source.relay)
			issues.push({
				file: fileOf('sources', id),
				record: id,
				field: 'grade',
				problem: `relays ${source.relay.outlet} but is graded "other"`,
				fix: 'Grade a faithful relay by what it relays ("established" for a wire or major-paper story), or drop "relay" if it is not one.',
			});
	}
	for (const [id, chart] of data.charts) checkChart(data, id, chart, fileOf, issues, needRecord);
}

function checkChart(
	data: Dataset,
	id: string,
	chart: ChartSpec,
	fileOf: FileOf,
	issues: DataIssue[],
	needRecord: (kind: DataKind, id: string, field: string, target: 'chips' | 'series' | 'glossary', targetId: string) => void,
): void {
	const spec = chart.data;
	const problem = (field: string, text: string, fix: string) => issues.push({ file: fileOf('charts', id), record: id, field, problem: text, fix });
	if (spec.kind === 'series') {
		spec.series.forEach((s, i) => needRecord('charts', id, `data.series.${i}`, 'series', s));
		const units = new Set(spec.series.map((s) => data.series.get(s)?.unit).filter(Boolean));
		if (units.size > 1) problem('data.series', `mixes units (${[...units].join(', ')})`, 'Put series with different units in separate charts.');
		return;
	}
	spec.chips.forEach((c, i) => needRecord('charts', id, `data.chips.${i}`, 'chips', c));
	if (spec.kind === 'chip-bars') {
		const units = new Set(spec.fields.map(chipFieldUnit));
		if (units.size > 1) problem('data.fields', `mixes units (${[...units].join(', ')})`, 'Chart fields must share one unit; split the chart.');
		spec.chips.forEach((c, i) => {
			const chip = data.chips.get(c);
			if (!chip) return;
			const missing = spec.fields.filter((f) => !chipFieldFigure(chip, f));
			if (missing.length === spec.fields.length)
				problem(
					`data.chips.${i}`,
					`chip "${c}" has none of the fields ${spec.fields.join(', ')}`,
					`Add a sourced figure to content/data/chips/${c}.json or remove the chip from the chart.`,
				);
		});
	}
	if (spec.kind === 'tpp-density' || spec.kind === 'ridge-point') {
		spec.chips.forEach((c, i) => {
			const chip = data.chips.get(c);
			if (!chip) return;
			const hasThroughput = Object.values(chip.throughput).some(Boolean);
			if (!hasThroughput)
				problem(
					`data.chips.${i}`,
					`chip "${c}" has no throughput figure`,
					`Add a dense throughput figure to content/data/chips/${c}.json or remove the chip from the chart.`,
				);
			if (spec.kind === 'tpp-density' && !chip.dieArea)
				problem(
					`data.chips.${i}`,
					`chip "${c}" has no dieArea, so its performance density cannot be computed`,
					`Add a sourced dieArea to content/data/chips/${c}.json or remove the chip from the chart.`,
				);
			if (spec.kind === 'ridge-point' && (!chip.memoryBandwidth || !chip.throughput[spec.precision]))
				problem(
					`data.chips.${i}`,
					`chip "${c}" lacks memoryBandwidth or throughput.${spec.precision}`,
					`Add both figures to content/data/chips/${c}.json or remove the chip from the chart.`,
				);
		});
	}
}

type AnyFigure = { source: string; alternatives?: { source: string }[] | undefined };

/** Every sourced figure in a chip record, with its dotted field path. */
export function figuresOf(chip: Chip): [string, AnyFigure][] {
	const out: [string, AnyFigure][] = [];
	for (const [key, value] of Object.entries(chip)) {
		if (key === 'throughput') {
			for (const [precision, figure] of Object.entries(value as Chip['throughput'])) if (figure) out.push([`throughput.${precision}`, figure]);
		} else if (value && typeof value === 'object' && 'source' in value) {
			out.push([key, value]);
		}
	}
	return out;
}

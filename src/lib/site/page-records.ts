/**
 * Which records a page shows, read from its MDX source, and the page's "Facts as of" date
 * computed from them. Nobody types an "as of" date: it is the oldest date on which any fact the
 * page shows was last checked —
 *   - a status record's `checked` day (the state-of-the-world answers),
 *   - a chart's `asOf`,
 *   - the `accessed` day of every source the page cites, directly or through the figures,
 *     events and glossary entries it renders.
 * Update a record's date and every page that shows it follows; a page cannot claim to be newer
 * than the oldest fact on it.
 */
import type { Dataset } from '../data/validate.ts';
import { figuresOf } from '../data/validate.ts';

export interface PageRecordRefs {
	status: Set<string>;
	charts: Set<string>;
	sources: Set<string>;
	chips: Set<string>;
	series: Set<string>;
	/** Collections a component on the page shows whole (the timeline shows every event). */
	whole: Set<'events' | 'glossary' | 'sources' | 'chips'>;
}

/** Components that render a whole collection, by tag name. */
const wholeCollections = {
	Timeline: 'events',
	GlossaryList: 'glossary',
	SourceList: 'sources',
	ChipClassificationTable: 'chips',
	ControlCalculator: 'chips',
	UnplacedChips: 'chips',
} as const;

/** The ids in an attribute value: `id="a"`, `id={['a', "b"]}` or `chips={["a"]}`. */
function attributeIds(tag: string, attribute: string): string[] {
	const value = tag.match(new RegExp(`\\s${attribute}=(\\{[^}]*\\}|"[^"]*"|'[^']*')`))?.[1];
	if (!value) return [];
	if (!value.startsWith('{')) return [value.slice(1, -1)];
	return [...value.matchAll(/["']([a-z0-9-]+)["']/g)].map((m) => m[1]!);
}

/** Reads the record references out of an MDX body. Unknown components are ignored. */
export function pageRecordRefs(body: string): PageRecordRefs {
	const refs: PageRecordRefs = { status: new Set(), charts: new Set(), sources: new Set(), chips: new Set(), series: new Set(), whole: new Set() };
	// One match per component tag, attributes included (attribute values never contain ">").
	for (const [tag, name] of body.matchAll(/<([A-Z][A-Za-z]*)\b[^>]*>/g) as Iterable<RegExpMatchArray & [string, string]>) {
		if (name in wholeCollections) refs.whole.add(wholeCollections[name as keyof typeof wholeCollections]);
		const add = (set: Set<string>, attribute: string) => attributeIds(tag, attribute).forEach((id) => set.add(id));
		if (name === 'Status') add(refs.status, 'id');
		else if (name === 'Chart') add(refs.charts, 'id');
		else if (name === 'Cite') add(refs.sources, 'id');
		else if (name === 'Fig') {
			add(refs.chips, 'chip');
			add(refs.series, 'series');
		} else if (name === 'SpecTable') add(refs.chips, 'chips');
		else if (name === 'Classification') add(refs.chips, 'chip');
	}
	return refs;
}

/** A dated fact behind the page: which record, and the day it was last checked. */
export interface CheckedDate {
	date: string;
	record: string;
}

/** Every "last checked" date behind the records a page shows. Unknown ids are skipped (the components report them). */
export function checkedDates(refs: PageRecordRefs, data: Dataset): CheckedDate[] {
	const out: CheckedDate[] = [];
	const sources = new Set(refs.sources);
	const chips = new Set(refs.chips);
	for (const id of refs.status) {
		const status = data.status.get(id);
		if (!status) continue;
		out.push({ date: status.checked, record: `status/${id}` });
		status.sources.forEach((s) => sources.add(s));
	}
	for (const id of refs.charts) {
		const chart = data.charts.get(id);
		if (!chart) continue;
		out.push({ date: chart.asOf, record: `charts/${id}` });
		if (chart.data.kind === 'series') chart.data.series.forEach((s) => refs.series.add(s));
		else chart.data.chips.forEach((c) => chips.add(c));
	}
	if (refs.whole.has('chips')) data.chips.forEach((_, id) => chips.add(id));
	for (const id of chips) {
		const chip = data.chips.get(id);
		if (chip) for (const [, figure] of figuresOf(chip)) sources.add(figure.source);
	}
	for (const id of refs.series) data.series.get(id)?.points.forEach((p) => sources.add(p.source));
	if (refs.whole.has('events')) data.events.forEach((e) => e.sources.forEach((s) => sources.add(s)));
	if (refs.whole.has('glossary')) data.glossary.forEach((g) => g.sources.forEach((s) => sources.add(s)));
	if (refs.whole.has('sources')) data.sources.forEach((_, id) => sources.add(id));
	for (const id of sources) {
		const source = data.sources.get(id);
		if (source) out.push({ date: source.accessed, record: `sources/${id}` });
	}
	return out;
}

/** The oldest checked date (ISO), or undefined for a page that shows no dated record. */
export function pageAsOf(body: string, data: Dataset): string | undefined {
	let oldest: string | undefined;
	for (const { date } of checkedDates(pageRecordRefs(body), data)) if (!oldest || date < oldest) oldest = date;
	return oldest;
}

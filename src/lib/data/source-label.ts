import type { Source, SourceGrade } from './schemas.ts';
import { formatIsoDate } from '../format.ts';

/**
 * The label a citation shows, for every source at once: the record's own short label ("NVIDIA 10-Q",
 * "Reuters via Business Times"), with the publication date added where two sources share a label,
 * so two citations on one page never read the same ("Reuters via UDN, 13 Jan 2026").
 */
export function citationLabels(sources: ReadonlyMap<string, Source>): Map<string, string> {
	const count = new Map<string, number>();
	for (const s of sources.values()) count.set(s.label, (count.get(s.label) ?? 0) + 1);
	const labels = new Map<string, string>();
	for (const [id, s] of sources) {
		const date = s.relay?.published ?? s.published;
		labels.set(id, (count.get(s.label) ?? 0) > 1 && date ? `${s.label}, ${formatIsoDate(date)}` : s.label);
	}
	return labels;
}

/** Labels that still name more than one source after dates are added: [label, ids]. */
export function ambiguousLabels(sources: ReadonlyMap<string, Source>): [string, string[]][] {
	const byLabel = new Map<string, string[]>();
	for (const [id, label] of citationLabels(sources)) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
	return [...byLabel].filter(([, ids]) => ids.length > 1);
}

/** Full citation for tooltips and the sources page: Publisher, “Title”, date — led by the original story for a relay. */
export function sourceCitation(source: Source): string {
	const date = source.published ? formatIsoDate(source.published) : 'n.d.';
	const own = `${source.publisher}, “${source.title}”, ${date}`;
	if (!source.relay) return own;
	return `${source.relay.outlet}, “${source.relay.headline}”, ${formatIsoDate(source.relay.published)}; via ${own}`;
}

/** What each grade means, in the words the Sources page and the weak-source marker use. */
export const gradeLabels = {
	primary: 'Primary document',
	established: 'Established outlet',
	other: 'Other source',
} as const satisfies Record<SourceGrade, string>;

export const gradeExplanations = {
	primary: 'the document itself: a rule text, official guidance or statement, a company filing, a vendor datasheet or product page',
	established: 'an outlet with editorial standards and corrections: a wire service, a major paper, trade press of record, a think tank or a law firm',
	other:
		'an aggregator, wiki, reseller, blog or similar page, used only where nothing better was found; figures that rest on one alone are marked as weakly sourced',
} as const satisfies Record<SourceGrade, string>;

/** Grades from best to weakest, for "same or higher grade" comparisons. */
export const gradeRank = { primary: 0, established: 1, other: 2 } as const satisfies Record<SourceGrade, number>;

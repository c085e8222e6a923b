/**
 * What a reader sees beside a figure, decided from the grades of its sources:
 * - alternatives are shown only when their source is of the same or a higher grade than the
 *   figure's own (a reseller does not get to contradict a datasheet);
 * - a figure whose every source is graded "other" is marked as weakly sourced.
 */
import type { Source } from './schemas.ts';
import { gradeRank } from './source-label.ts';

type Grades = ReadonlyMap<string, Pick<Source, 'grade'>>;

const rankOf = (sources: Grades, id: string) => gradeRank[sources.get(id)?.grade ?? 'other'];

/** The alternatives worth showing: those from a source at least as good as the figure's own. */
export function disagreeingAlternatives<A extends { source: string }>(figure: { source: string; alternatives?: A[] | undefined }, sources: Grades): A[] {
	const own = rankOf(sources, figure.source);
	return (figure.alternatives ?? []).filter((alt) => rankOf(sources, alt.source) <= own);
}

/** True when a figure rests only on sources graded "other". */
export function isWeaklySourced(sourceIds: readonly string[], sources: Grades): boolean {
	return sourceIds.length > 0 && sourceIds.every((id) => sources.get(id)?.grade === 'other');
}

/** Where the weak-source marker and the † note link for an explanation. */
export const weakSourcePath = '/sources/#grades';

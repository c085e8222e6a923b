/**
 * The citation mix of built pages: how many citation links go to each grade of source. One
 * definition serves the test that enforces the target and `npm run sources`, which prints it.
 */
import type { SourceGrade } from '../data/schemas.ts';

/** At most this share of citation links on reader pages may point to "other"-graded sources. */
export const maxOtherShare = 0.2;

/** Pages that are not read for their claims: the registry itself, the change log and the index of charts (each chart's own page cites its sources). */
export const nonReaderPages = new Set(['/sources/', '/changes/', '/404.html', '/charts/']);

export type Mix = Record<SourceGrade, number>;

export const emptyMix = (): Mix => ({ primary: 0, established: 0, other: 0 });

export function addGrade(mix: Mix, grade: string | undefined): void {
	if (grade === 'primary' || grade === 'established' || grade === 'other') mix[grade]++;
}

export const totalOf = (mix: Mix) => mix.primary + mix.established + mix.other;

export const otherShare = (mix: Mix) => (totalOf(mix) ? mix.other / totalOf(mix) : 0);

export function sumMixes(mixes: Iterable<Mix>): Mix {
	const sum = emptyMix();
	for (const m of mixes) for (const g of ['primary', 'established', 'other'] as const) sum[g] += m[g];
	return sum;
}

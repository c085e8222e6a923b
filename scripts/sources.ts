/**
 * `npm run sources`: the citation mix of every built page (run after `npm run build`): how many
 * citation links go to primary documents, established outlets and other sources, and the share of
 * "other" against the target the tests enforce. Also lists the most-cited "other" sources — the
 * best places to look for a better source.
 *   node scripts/sources.ts [distDir]
 */
import { builtPages } from '../tools/dist-html.ts';
import { addGrade, emptyMix, maxOtherShare, nonReaderPages, otherShare, sumMixes, totalOf, type Mix } from '../src/lib/site/citation-mix.ts';

const dist = process.argv[2] ?? 'dist';
const rows: { path: string; mix: Mix }[] = [];
const otherCounts = new Map<string, number>();
for (const page of builtPages(dist)) {
	if (nonReaderPages.has(page.path) || !page.path.endsWith('/')) continue;
	const mix = emptyMix();
	for (const link of page.root.querySelectorAll('main a[data-grade]')) {
		const grade = link.getAttribute('data-grade');
		addGrade(mix, grade);
		if (grade === 'other') {
			const id = link.getAttribute('href')!.replace(/^.*#/, '');
			otherCounts.set(id, (otherCounts.get(id) ?? 0) + 1);
		}
	}
	rows.push({ path: page.path, mix });
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log('page'.padEnd(34), 'links', 'primary', 'established', 'other', 'other share');
for (const { path, mix } of rows)
	console.log(
		path.padEnd(34),
		String(totalOf(mix)).padStart(5),
		String(mix.primary).padStart(7),
		String(mix.established).padStart(11),
		String(mix.other).padStart(5),
		pct(otherShare(mix)).padStart(11),
	);
const total = sumMixes(rows.map((r) => r.mix));
console.log(`\nreader pages: ${totalOf(total)} citation links, ${pct(otherShare(total))} to "other" sources (target ≤ ${pct(maxOtherShare)})`);
console.log('\nmost-cited "other" sources:');
for (const [id, n] of [...otherCounts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(3)}  ${id}`);

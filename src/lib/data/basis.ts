/**
 * Reader-facing words for how a figure came to be, and which bases are promises or guesses rather
 * than published facts about a shipping product. Tables, charts and downloads all read them here.
 */
import type { NumericFigure } from './schemas.ts';

export type Basis = NumericFigure['basis'];

/** Words shown beside a figure; datasheet and official figures need none. */
export const basisLabel: Readonly<Record<string, string | undefined>> = {
	'vendor-claim': 'vendor claim',
	roadmap: 'roadmap',
	reported: 'reported',
	estimate: 'estimate',
	derived: 'derived',
};

/** Figures a chart draws outlined, not solid: a promise or a guess, not a shipping product's published figure. */
const provisionalBases: ReadonlySet<string> = new Set<Basis>(['roadmap', 'vendor-claim', 'estimate']);

export const isProvisional = (basis: string | undefined): boolean => !!basis && provisionalBases.has(basis);

/** The legend and table note for provisional figures. */
export const provisionalLegend = 'Outlined: roadmap figure, vendor claim or estimate (not a shipping product’s published figure)';

/** The word a chart or table puts beside a provisional figure: its basis, or "from claims" for our arithmetic on them. */
export function provisionalQualifier(basis: string, provisional: boolean): string | undefined {
	if (!provisional) return undefined;
	return isProvisional(basis) ? basisLabel[basis] : 'from roadmap figures or claims';
}

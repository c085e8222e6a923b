/**
 * Reader-facing words for how a figure came to be, and which bases are promises or guesses rather
 * than published facts about a shipping product. Tables, charts and downloads all read them here.
 */
import type { NumericFigure } from './schemas.ts';

export type Basis = NumericFigure['basis'];

/** Words shown beside a figure; datasheet and official figures need none. */
export const basisLabel = {
	'vendor-spec': undefined,
	official: undefined,
	'vendor-claim': 'vendor claim',
	roadmap: 'roadmap',
	reported: 'reported',
	estimate: 'estimate',
	derived: 'derived',
} as const satisfies Record<Basis, string | undefined>;

/** The word for a basis, or undefined where none is shown (and for a string that is not a basis). */
export const basisWord = (basis: string | undefined): string | undefined =>
	basis !== undefined && basis in basisLabel ? basisLabel[basis as Basis] : undefined;

/** What each shown word means, as a table legend explains it. */
export const basisExplanation = {
	reported: '“Reported” figures come from press or analysts, not from the maker’s datasheet.',
	'vendor-claim': '“Vendor claim” marks a maker’s performance claim that no one has checked independently.',
	roadmap: '“Roadmap” marks a figure announced for a product that has not shipped; it may change at launch.',
	estimate: '“Estimate” marks a third party’s estimate.',
	derived: '“Derived” marks our own arithmetic on sourced figures.',
} as const satisfies Partial<Record<Basis, string>>;

/** Figures a chart draws outlined, not solid: a promise or a guess, not a shipping product's published figure. */
const provisionalBases: ReadonlySet<string> = new Set<Basis>(['roadmap', 'vendor-claim', 'estimate']);

export const isProvisional = (basis: string | undefined): boolean => !!basis && provisionalBases.has(basis);

/** The legend and table note for provisional figures. */
export const provisionalLegend = 'Outlined: roadmap figure, vendor claim or estimate (not a shipping product’s published figure)';

/** The word a chart or table puts beside a provisional figure: its basis, or "from claims" for our arithmetic on them. */
export function provisionalQualifier(basis: string, provisional: boolean): string | undefined {
	if (!provisional) return undefined;
	return isProvisional(basis) ? basisWord(basis) : 'from roadmap figures or claims';
}

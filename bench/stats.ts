/** Small numeric helpers shared by the bench modules. */

/** Median of a list (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
	const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** a / b, or null when either side is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
	if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
	return a / b;
}

export const round = (value: number, digits = 0): number => {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
};

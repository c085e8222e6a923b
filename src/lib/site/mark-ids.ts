/**
 * Unique, stable element ids for repeated marks on one page (the † notes): the first mark for a
 * record gets "alt-chips-h200-tdp", the next "alt-chips-h200-tdp-2". Counted per page request, so
 * ids do not depend on other pages or on build order across pages.
 */
const counters = new WeakMap<Request, Map<string, number>>();

export function nextMarkId(request: Request, key: string): string {
	let perPage = counters.get(request);
	if (!perPage) counters.set(request, (perPage = new Map<string, number>()));
	const base = key
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	const n = (perPage.get(base) ?? 0) + 1;
	perPage.set(base, n);
	return n === 1 ? base : `${base}-${n}`;
}

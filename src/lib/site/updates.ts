/**
 * The "What changed" log: update records, newest first, and which one is a page's latest.
 * One list feeds the changes page, the "Updated …" line under every page title and the feed.
 */
import type { Update } from '../data/schemas.ts';

export interface UpdateEntry {
	id: string;
	data: Update;
}

/** Newest first; on the same day, by id descending so the order never depends on file order. */
export function sortUpdates<T extends UpdateEntry>(updates: Iterable<T>): T[] {
	return [...updates].sort((a, b) => (a.data.date !== b.data.date ? (a.data.date < b.data.date ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** "/h200/specs/#more-chips" → "/h200/specs/". */
export const pageOfSection = (section: string) => section.replace(/#.*$/, '');

/** A page's path from its content id: "index" → "/", "h200/index" → "/h200/", "h200/specs" → "/h200/specs/". */
export function pagePathOfEntry(id: string): string {
	const path = id.replace(/(^|\/)index$/, '');
	return path ? `/${path}/` : '/';
}

/** The newest update that touched a page (by any of its sections), if any. */
export function latestUpdateFor<T extends UpdateEntry>(pagePath: string, updates: Iterable<T>): T | undefined {
	return sortUpdates(updates).find((u) => u.data.sections.some((s) => pageOfSection(s) === pagePath));
}

/** Anchor of an update on the changes page. */
export const updateAnchor = (id: string) => `update-${id}`;

/** Where the changes page lives. */
export const changesPath = '/changes/';

/**
 * The day a page last changed, as citations and link metadata give it: its latest logged change.
 * The changes page changes with every entry of the log.
 */
export function pageUpdatedDate(pagePath: string, updates: Iterable<UpdateEntry>): string | undefined {
	if (pagePath === changesPath) return sortUpdates(updates)[0]?.data.date;
	return latestUpdateFor(pagePath, updates)?.data.date;
}

/**
 * Typed access to the records for components. A lookup that fails stops the build with a
 * message naming the page, the id and where valid ids live — never a silently empty figure.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ChartSpec, Chip, Event, GlossaryEntry, Series, Source } from './schemas.ts';

type Kind = 'sources' | 'chips' | 'events' | 'series' | 'glossary' | 'charts';
interface RecordOf {
	sources: Source;
	chips: Chip;
	events: Event;
	series: Series;
	glossary: GlossaryEntry;
	charts: ChartSpec;
}

export async function requireRecord<K extends Kind>(kind: K, id: string, usedIn: string): Promise<RecordOf[K]> {
	const entry = await getEntry(kind, id);
	if (!entry) {
		const known = (await getCollection(kind)).map((e) => e.id).sort();
		throw new Error(
			`${usedIn}: unknown ${kind} id "${id}". Use one of the files in content/data/${kind}/ ` +
				`(${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}) or add content/data/${kind}/${id}.json.`,
		);
	}
	return entry.data as RecordOf[K];
}

export async function allRecords<K extends Kind>(kind: K): Promise<{ id: string; data: RecordOf[K] }[]> {
	const entries = await getCollection(kind);
	return entries.map((e) => ({ id: e.id, data: e.data as RecordOf[K] })).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Typed access to the records for components. A lookup that fails stops the build with a
 * message naming the page, the id and where valid ids live — never a silently empty figure.
 */
import { getCollection, getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { ChartSpec, Chip, Event, GlossaryEntry, Series, Source, Status, Update } from './schemas.ts';
import type { Dataset } from './validate.ts';
import { citationLabels } from './source-label.ts';

type Kind = 'sources' | 'chips' | 'events' | 'series' | 'glossary' | 'charts' | 'status' | 'updates';
interface RecordOf {
	sources: Source;
	chips: Chip;
	events: Event;
	series: Series;
	glossary: GlossaryEntry;
	charts: ChartSpec;
	status: Status;
	updates: Update;
}

export async function requireRecord<K extends Kind>(kind: K, id: string, usedIn: string): Promise<RecordOf[K]> {
	const entry = await getEntry(kind, id);
	if (!entry) {
		const known = (await getCollection(kind)).map((e) => e.id).sort();
		throw new AstroError(
			`${usedIn}: unknown ${kind} id "${id}".`,
			`Use one of the files in content/data/${kind}/ (${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}) or add content/data/${kind}/${id}.json.`,
		);
	}
	return entry.data as RecordOf[K];
}

export async function allRecords<K extends Kind>(kind: K): Promise<{ id: string; data: RecordOf[K] }[]> {
	const entries = await getCollection(kind);
	return entries.map((e) => ({ id: e.id, data: e.data as RecordOf[K] })).sort((a, b) => a.id.localeCompare(b.id));
}

async function readDataset(): Promise<Dataset> {
	const map = async <K extends Kind>(kind: K) => new Map((await allRecords(kind)).map((r) => [r.id, r.data] as const));
	const [sources, chips, events, series, glossary, charts, status, updates] = await Promise.all([
		map('sources'),
		map('chips'),
		map('events'),
		map('series'),
		map('glossary'),
		map('charts'),
		map('status'),
		map('updates'),
	]);
	return { sources, chips, events, series, glossary, charts, status, updates };
}

// Records cannot change during a build, so every component shares one load (hundreds of <Cite>,
// <Fig> and table cells per page used to rebuild these maps each). In dev they reload, so edits show.
let dataset: Promise<Dataset> | undefined;
let labels: Promise<Map<string, string>> | undefined;

/**
 * Every collection as id → record maps: the same shape the validator returns, for the pure functions
 * in src/lib. Shared between callers: treat the maps as read-only.
 */
export function loadDataset(): Promise<Dataset> {
	if (import.meta.env.DEV) return readDataset();
	return (dataset ??= readDataset());
}

/** The label each source's citation shows (citationLabels over the whole registry), loaded once per build. */
export function sourceCitationLabels(): Promise<Map<string, string>> {
	const load = async () => citationLabels((await loadDataset()).sources);
	if (import.meta.env.DEV) return load();
	return (labels ??= load());
}

/**
 * "Last updated" dates from git. Starlight's own lookup only searches src/content/docs/,
 * and this project keeps its pages in content/docs/, so the route middleware asks git directly.
 */
import { spawnSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/** Date of the newest commit touching `file` (a path relative to the project root), if any. */
export function lastCommitDate(file: string): Date | undefined {
	if (cache.has(file)) return cache.get(file);
	const result = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' });
	const stamp = result.status === 0 ? result.stdout.trim() : '';
	const date = stamp ? new Date(stamp) : undefined;
	cache.set(file, date);
	return date;
}

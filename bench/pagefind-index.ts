/** Size of a built site's Pagefind index: every file under <outDir>/pagefind/, recursively. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface IndexSize {
	bytes: number;
	files: number;
}

export function pagefindIndexSize(outDir: string): IndexSize | null {
	const dir = join(outDir, 'pagefind');
	if (!existsSync(dir)) return null;
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/**
 * Throw-away copies of a project for builds that must not touch the real one (synthetic pages,
 * the bare Starlight page). node_modules is linked, not copied: the copy gets its own real
 * node_modules/ folder whose entries are symlinks to the project's, so packages are shared but
 * Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) stay per copy.
 */
import { copyFileSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Top-level entries never copied: dependencies, build output, caches, history. */
const skipTop = new Set(['node_modules', 'dist', 'dist-subpath', '.git', '.astro', 'test-results']);
/** Deeper paths never copied (relative to the project root). */
const skipPaths = [join('bench', 'out')];

function skipped(rel: string): boolean {
	const top = rel.split(sep)[0] ?? '';
	if (skipTop.has(top)) return true;
	if (rel.endsWith('.log')) return true;
	return skipPaths.some((p) => rel === p || rel.startsWith(p + sep));
}

/** Copies `from` to `to` (emptied first), leaving out node_modules, build output, bench/out and .git. */
export function copyProject(from: string, to: string): void {
	rmSync(to, { recursive: true, force: true });
	const walk = (dir: string) => {
		mkdirSync(join(to, relative(from, dir)), { recursive: true });
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const src = join(dir, entry.name);
			const rel = relative(from, src);
			if (skipped(rel)) continue;
			if (entry.isDirectory()) walk(src);
			else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(src), join(to, rel));
			else if (entry.isFile()) copyFileSync(src, join(to, rel));
		}
	};
	walk(from);
}

/** Caches that must stay per copy. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);

/** Gives `root` a node_modules/ of symlinks to the project's packages (see above). */
export function linkNodeModules(projectRoot: string, root: string): void {
	const source = join(projectRoot, 'node_modules');
	const target = join(root, 'node_modules');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(source)) {
		if (ownCaches.has(name)) continue;
		symlinkSync(join(source, name), join(target, name));
	}
}

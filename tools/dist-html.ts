/** Reads the built site's HTML pages: their paths, ids and links, for checks that need no browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
	/** Site path, e.g. "/h200/specs/" ("/404.html" for the 404 page). */
	path: string;
	file: string;
	root: HTMLElement;
	ids: Set<string>;
}

/** The built HTML files under `dir` (Pagefind's own aside), sorted. */
export function builtHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
		.sort()
		.map((f) => join(dir, f));
}

export function builtPages(dir: string): BuiltPage[] {
	return builtHtmlFiles(dir).map((file) => {
		const root = parse(readFileSync(file, 'utf8'));
		const rel = relative(dir, file).split(sep).join('/');
		const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
		return { path, file, root, ids: new Set(root.querySelectorAll('[id]').map((e) => e.id)) };
	});
}

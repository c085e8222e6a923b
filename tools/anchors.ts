/**
 * Public anchors: the ids readers can link to — headings, charts (figures), timeline entries,
 * sources and search answers (elements with `data-pagefind-title`, such as a chip's row in the
 * calculator table) — page by page, read from the built HTML. Footnote ids (numbered by position)
 * and ids of form controls are not promises and are left out.
 */
import { readFileSync } from 'node:fs';
import type { BuiltPage } from './dist-html.ts';

export const manifestFile = 'content/anchors.json';

export interface AnchorManifest {
	$comment?: string;
	movedPages: Record<string, string>;
	movedAnchors: Record<string, string>;
	pages: Record<string, string[]>;
}

const publicSelector = ['h2[id]', 'h3[id]', 'h4[id]', 'h5[id]', 'h6[id]', 'figure[id]', '.source-list li[id]', '[data-pagefind-title][id]'].join(', ');

/** The public anchors of built pages (from `builtPages`), by site path. */
export function publicAnchors(pages: readonly BuiltPage[]): Map<string, string[]> {
	const result = new Map<string, string[]>();
	for (const page of pages) {
		if (!page.path.endsWith('/') || page.path.startsWith('/data/')) continue;
		const content = page.root.querySelector('.sl-markdown-content');
		if (!content) continue;
		const ids = content
			.querySelectorAll(publicSelector)
			.map((e) => e.id)
			.filter((id) => !id.startsWith('user-content-'));
		result.set(page.path, [...new Set(ids)].sort());
	}
	return result;
}

export function readManifest(): AnchorManifest {
	return JSON.parse(readFileSync(manifestFile, 'utf8')) as AnchorManifest;
}

/** Where the test run finds the built sites; scripts/test.ts builds both before the e2e tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = process.env['DIST_DIR'] ?? 'dist';
/** A second build under a sub-path, to prove the site deploys under `base`. */
export const subpathDistDir = process.env['SUBPATH_DIST_DIR'] ?? 'dist-subpath';
export const subpathBase = '/h200-explainer/';

/** Site-relative paths of every page in the sitemap (e.g. "/h200/"). */
export function sitemapPaths(dir = distDir): string[] {
	const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The chunk that imports Chart.js and draws (src/components/chart/render.ts), by file name or path. */
export const isChartChunk = (path: string) => /(^|\/)render\.[\w-]+\.js$/.test(path);

/** The built HTML file for a site path. */
export function htmlFile(path: string, dir = distDir): string {
	return join(dir, path, 'index.html');
}

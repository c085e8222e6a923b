/**
 * `npm run anchors`: records the public anchors of a fresh build in content/anchors.json.
 * It only ADDS: an anchor, once published, stays in the manifest; moving one means adding
 * a movedAnchors entry by hand (the test that checks the manifest explains how).
 */
import { writeFileSync } from 'node:fs';
import { manifestFile, publicAnchors, readManifest } from '../tools/anchors.ts';
import { builtPages } from '../tools/dist-html.ts';

const manifest = readManifest();
let added = 0;
for (const [page, ids] of publicAnchors(builtPages(process.env['DIST_DIR'] ?? 'dist'))) {
	const known = new Set(manifest.pages[page] ?? []);
	for (const id of ids) {
		if (known.has(id)) continue;
		known.add(id);
		added++;
	}
	manifest.pages[page] = [...known].sort();
}
manifest.pages = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, '\t')}\n`);
console.log(`${manifestFile}: ${added} new anchor(s) recorded.`);

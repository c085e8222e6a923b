/**
 * Links are promises: the anchor manifest (content/anchors.json) against the build, no browser.
 * Every recorded anchor still exists, or is recorded as moved to one that does; every public anchor
 * of the build is recorded; public anchors are short ASCII slugs; moved pages redirect to pages that
 * exist. (That a recorded move lands in a browser: tests/e2e/anchors.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFile, publicAnchors, readManifest } from '../../tools/anchors.ts';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';

const manifest = readManifest();
const pages = builtPages(distDir);
const built = publicAnchors(pages);
const idsByPage = new Map(pages.map((p) => [p.path, p.ids]));
/** "page" or "page#id" exists in the build. */
const exists = (target: string) => {
	const [page = '', id] = target.split('#');
	return idsByPage.has(page) && (!id || idsByPage.get(page)!.has(id));
};

test('the build has public anchors to check', () => {
	assert.ok([...built.values()].flat().length > 100, `found ${[...built.values()].flat().length} public anchors in ${distDir}/`);
});

test('no published anchor has disappeared without a recorded move', () => {
	const lost: string[] = [];
	for (const [page, ids] of Object.entries(manifest.pages))
		for (const id of ids) {
			if (idsByPage.get(page)?.has(id)) continue;
			const moved = manifest.movedAnchors[`${page}#${id}`];
			if (moved && exists(moved)) continue;
			lost.push(`${page}#${id}${moved ? ` (recorded as moved to ${moved}, which does not exist)` : ''}`);
		}
	assert.deepEqual(
		lost,
		[],
		`${manifestFile}: published anchors are gone from the build:\n  ${lost.join('\n  ')}\n` +
			'Links to them are out in the world. Keep the id (it need not match the heading: "## New wording {#old-id}"), ' +
			`or record where it went under "movedAnchors" in ${manifestFile}, e.g. "/h200/#old-id": "/h200/specs/#new-id"; ` +
			'a page that moved also needs "movedPages": { "/old/": "/new/" }.',
	);
});

test('every public anchor of the build is recorded in the manifest', () => {
	const unrecorded = [...built].flatMap(([page, ids]) => ids.filter((id) => !manifest.pages[page]?.includes(id)).map((id) => `${page}#${id}`));
	assert.deepEqual(unrecorded, [], `not in ${manifestFile} yet: check these are ids you mean to keep, then run \`npm run anchors\``);
});

test('public anchors are short ASCII slugs, which survive translation and copying', () => {
	const bad = [...built].flatMap(([page, ids]) => ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 60).map((id) => `${page}#${id}`));
	assert.deepEqual(bad, [], 'give each an explicit id of lowercase ASCII words joined by hyphens, at most 60 characters: "## Heading {#short-id}"');
});

test('moved pages redirect to pages that exist', () => {
	for (const [from, to] of Object.entries(manifest.movedPages)) {
		assert.ok(existsSync(join(distDir, from, 'index.html')), `${manifestFile} movedPages "${from}": no redirect page was built for it`);
		assert.ok(exists(to), `${manifestFile} movedPages "${from}" → "${to}": the target does not exist`);
	}
});

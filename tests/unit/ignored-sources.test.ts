/**
 * No source file is hidden by .gitignore. A pattern meant for the build output once matched
 * tests/dist/ too ("dist/" ignores every directory of that name): new test files there were never
 * committed, and CI, on a clean clone, ran without them. This fails on the machine where such a
 * file is written, before the commit that would have left it behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/** Where the project's own files live. */
const sourceDirs = ['src', 'content', 'public', 'tests', 'tools', 'scripts', 'bench', '.ci'];
/** Output written inside those directories on purpose. */
const generated = [/^bench\/out\//, /^bench\/reports\/.*\.tmp$/, /(^|\/)\.astro\//, /(^|\/)node_modules\//];

test('no file under the source directories is ignored by git', (t) => {
	let ignored: string;
	try {
		ignored = execFileSync('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--', ...sourceDirs], { encoding: 'utf8' });
	} catch {
		t.skip('not a git checkout');
		return;
	}
	const hidden = ignored
		.split('\n')
		.filter(Boolean)
		.filter((f) => !generated.some((g) => g.test(f)));
	assert.deepEqual(hidden, [], 'these would never be committed: fix the .gitignore pattern that matches them (`git check-ignore -v <file>` names it)');
});

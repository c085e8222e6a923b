/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   1. check: type check (astro check, zero warnings), formatting (Prettier), lint (ESLint, zero warnings)
 *   2. unit tests (data, classifier, builders), with line coverage of src/lib printed
 *   3. build the site, and again under a sub-path
 *   4. dist: checks of the built files that need no browser (links, anchors, figures, budgets, HTML validity)
 *   5. end-to-end tests in chromium
 * Each step prints its duration; the first failure stops the run with a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../tools/browser.ts';
import { subpathBase, subpathDistDir } from '../tools/site.ts';

const only = process.argv[2]; // e.g. `npm test -- e2e` to rerun one stage

function run(label: string, command: string, args: readonly string[], env: Record<string, string> = {}) {
	const started = Date.now();
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`✖ ${label} failed after ${seconds}s`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${label} (${seconds}s)`);
}

function testFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.test.ts'))
		.sort()
		.map((f) => join(dir, f));
}

/** Node's test runner, reporting each test. */
const nodeTest = (...args: string[]) => [process.execPath, ['--test', '--test-reporter=spec', ...args]] as const;

const stages: Record<string, () => void> = {
	check: () => {
		run('type check', 'astro', ['check', '--minimumSeverity', 'warning']);
		run('formatting (prettier --check; `npm run format` fixes)', 'prettier', ['--check', '--log-level', 'warn', '.']);
		run('lint (eslint, zero warnings)', 'eslint', ['--max-warnings', '0', '.']);
	},
	// Line coverage of src/lib is printed (a table per file and the total); it does not fail the run yet.
	unit: () =>
		run('unit tests', ...nodeTest('--test-timeout=60000', '--experimental-test-coverage', '--test-coverage-include=src/lib/**', ...testFiles('tests/unit'))),
	build: () => {
		run('build', 'astro', ['build']);
		run(`build under ${subpathBase}`, 'astro', ['build', '--outDir', subpathDistDir], { BASE_PATH: subpathBase });
	},
	// No browser: these fail in seconds, before chromium starts.
	dist: () => run('checks of dist/ (no browser)', ...nodeTest('--test-timeout=120000', ...testFiles('tests/dist'))),
	e2e: () => {
		if (!existsSync(chromiumPath)) {
			console.error(`✖ chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
			process.exit(1);
		}
		// One test file at a time. Two at a time (each file has its own chromium) saved about a seventh
		// of the time on two cores, and starved the browsers enough that waits of 10 s ran out (search
		// opening on /china/making-chips/, focus returning after Escape): not worth a flaky run.
		// A hung browser or server must fail the run, not stall CI: each test gets 5 minutes, and the
		// runner exits when the tests are done even if a handle was left open.
		run('end-to-end tests (chromium)', ...nodeTest('--test-concurrency=1', '--test-timeout=300000', '--test-force-exit', ...testFiles('tests/e2e')));
	},
};

if (only && !(only in stages)) {
	console.error(`✖ no stage "${only}"; stages: ${Object.keys(stages).join(', ')}`);
	process.exit(1);
}
for (const [name, stage] of Object.entries(stages)) if (!only || only === name) stage();

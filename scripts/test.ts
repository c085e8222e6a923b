/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   1. type check (astro check, zero warnings)   2. unit tests (data, classifier, builders)
 *   3. build the site, and again under a sub-path   4. end-to-end tests in chromium
 * Each step prints its duration; the first failure stops the run with a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../tests/support/browser.ts';
import { subpathBase, subpathDistDir } from '../tests/support/site.ts';

const only = process.argv[2]; // e.g. `npm test -- e2e` to rerun one stage

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
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

const stages: Record<string, () => void> = {
	check: () => run('type check', 'astro', ['check', '--minimumSeverity', 'warning']),
	unit: () => run('unit tests', process.execPath, ['--test', '--test-reporter=spec', '--test-timeout=60000', ...testFiles('tests/unit')]),
	build: () => {
		run('build', 'astro', ['build']);
		run(`build under ${subpathBase}`, 'astro', ['build', '--outDir', subpathDistDir], { BASE_PATH: subpathBase });
	},
	e2e: () => {
		if (!existsSync(chromiumPath)) {
			console.error(`✖ chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
			process.exit(1);
		}
		// A hung browser or server must fail the run, not stall CI: each test gets 5 minutes, and the
		// runner exits when the tests are done even if a handle was left open.
		run('end-to-end tests (chromium)', process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', '--test-timeout=300000', '--test-force-exit', ...testFiles('tests/e2e')]);
	},
};

for (const [name, stage] of Object.entries(stages)) if (!only || only === name) stage();

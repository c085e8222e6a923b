/**
 * Runs `astro build` in a child process (the project's own Node and Astro), times it from spawn to
 * exit, keeps the log in a file, and reads what Pagefind reported about itself from that log.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BuildResult {
	ok: boolean;
	/** Wall-clock time from spawn to exit. */
	ms: number;
	/** "Finished building search index in …" from Starlight's Pagefind step, if logged. */
	pagefindMs: number | null;
	/** "N page(s) built" from Astro's summary, if logged. */
	pages: number | null;
	logFile: string;
	/** The last lines of the log, when the build failed. */
	error?: string;
}

export interface BuildOptions {
	/** The project whose node_modules provides Astro. */
	projectRoot: string;
	/** Working directory of the build (the project to build, unless args contain --root). */
	cwd: string;
	args: string[];
	env?: Record<string, string>;
	logFile: string;
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

export function pagefindMsFromLog(log: string): number | null {
	const m = /Finished building search index in ([\d.]+)\s*(ms|s)\b/.exec(log);
	if (!m) return null;
	return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

export function pagesFromLog(log: string): number | null {
	const m = /(\d+) page\(s\) built in/.exec(log);
	return m ? Number(m[1]) : null;
}

export async function astroBuild(options: BuildOptions): Promise<BuildResult> {
	const astroBin = join(options.projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
	mkdirSync(dirname(options.logFile), { recursive: true });
	const started = performance.now();
	const chunks: string[] = [];
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, 'build', ...options.args], {
			cwd: options.cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.setEncoding('utf8').on('data', (d: string) => chunks.push(d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => chunks.push(d));
		child.on('error', reject);
		child.on('close', resolve);
	});
	const ms = performance.now() - started;
	const log = stripAnsi(chunks.join(''));
	writeFileSync(options.logFile, log);
	const result: BuildResult = { ok: code === 0, ms, pagefindMs: pagefindMsFromLog(log), pages: pagesFromLog(log), logFile: options.logFile };
	if (code !== 0) result.error = log.trim().split('\n').slice(-15).join('\n');
	return result;
}

/**
 * Build scaling: the site copied to bench/out/synth-N/ (own caches, shared packages), N synthetic
 * pages added under content/docs/synthetic/, built and timed, its Pagefind index measured.
 * The copy is deleted afterwards; the build log stays in bench/out/logs/.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from './build.ts';
import { pagefindIndexSize } from './pagefind-index.ts';
import { copyProject, linkNodeModules } from './project-copy.ts';
import { buildRow, type BuildRow } from './report.ts';
import { writeSyntheticPages } from './synthetic-pages.ts';

export async function scalingBuild(projectRoot: string, outRoot: string, n: number): Promise<BuildRow> {
	const copy = join(outRoot, `synth-${n}`);
	copyProject(projectRoot, copy);
	linkNodeModules(projectRoot, copy);
	if (n > 0) writeSyntheticPages(copy, n);
	const build = await astroBuild({
		projectRoot,
		cwd: copy,
		args: [],
		env: { SITE_URL: 'http://127.0.0.1:4399', BASE_PATH: '/' },
		logFile: join(outRoot, 'logs', `build-synth-${n}.log`),
	});
	const row = buildRow(n ? `Site + ${n} synthetic pages` : 'Site, fresh copy', n, build, pagefindIndexSize(join(copy, 'dist')));
	rmSync(copy, { recursive: true, force: true });
	return row;
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, userEnvironment } from './run.ts';

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/**
 * Runs `astro build` as `npm run build` does, into a fresh folder (`prepare` may put files in it
 * first), with `env` added to the environment.
 */
export function buildSite({
	content,
	args = [],
	env: extra = {},
	prepare,
}: {
	content?: string;
	args?: string[];
	env?: NodeJS.ProcessEnv;
	prepare?: (outDir: string) => void;
} = {}): BuildResult {
	const outDir = mkdtempSync(join(tmpdir(), 'sales-kit-build-'));
	prepare?.(outDir);
	const env = userEnvironment(extra);
	if (content) env.SALES_KIT_CONTENT = content;
	else delete env.SALES_KIT_CONTENT;
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
}

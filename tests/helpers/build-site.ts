import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, userEnvironment } from './run.ts';

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

export interface BuildOptions {
	/** The content folder (`SALES_KIT_CONTENT`); the example kit when left out. */
	content?: string;
	args?: string[];
	/** Added to the environment. */
	env?: NodeJS.ProcessEnv;
	/** The output folder as passed to `--outDir`; a fresh temporary folder when left out. */
	outDir?: string;
	/** Puts files in the output folder before the build. */
	prepare?: (outDir: string) => void;
}

function buildCommand({
	content,
	args = [],
	env: extra = {},
	outDir = mkdtempSync(join(tmpdir(), 'sales-kit-build-')),
	prepare,
}: BuildOptions) {
	prepare?.(outDir);
	const env = userEnvironment(extra);
	if (content) env.SALES_KIT_CONTENT = content;
	else delete env.SALES_KIT_CONTENT;
	const argv = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args];
	return { argv, options: { cwd: ROOT, env }, outDir };
}

/** Runs `astro build` as `npm run build` does, into a fresh folder (unless `outDir` names one). */
export function buildSite(options: BuildOptions = {}): BuildResult {
	const { argv, options: spawnOptions, outDir } = buildCommand(options);
	const result = spawnSync(process.execPath, argv, { ...spawnOptions, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
}

/** `buildSite` without waiting: for builds that run at the same time. */
export function startBuild(options: BuildOptions = {}): Promise<BuildResult> {
	const { argv, options: spawnOptions, outDir } = buildCommand(options);
	const child = spawn(process.execPath, argv, spawnOptions);
	let output = '';
	child.stdout.on('data', (chunk) => {
		output += chunk;
	});
	child.stderr.on('data', (chunk) => {
		output += chunk;
	});
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output, outDir }));
	});
}

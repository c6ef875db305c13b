import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root: commands run from here, as a user runs them. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment a user's shell would give a command: vitest's own variables removed (it sets
 * BASE_URL, MODE, NODE_ENV ... which Vite and Astro would read as the user's settings).
 */
export function userEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
	for (const name of [
		'BASE_URL',
		'MODE',
		'DEV',
		'PROD',
		'SSR',
		'NODE_ENV',
		'TEST',
		'VITEST',
		'VITEST_MODE',
		'VITEST_POOL_ID',
		'VITEST_WORKER_ID',
	]) {
		delete env[name];
	}
	return { ...env, ...extra };
}

export interface CommandResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs one of the project's TypeScript commands (`src/cli/*.ts`) on this Node (24, through the
 * `node` devDependency), with `SALES_KIT_CONTENT` set when `content` is given.
 */
export function runCommand(
	script: string,
	args: string[],
	{ content, cwd = ROOT, env: extra = {} }: { content?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CommandResult {
	const env = userEnvironment(extra);
	if (content === undefined) delete env.SALES_KIT_CONTENT;
	else env.SALES_KIT_CONTENT = content;
	const entry = existsSync(`${ROOT}src/cli/${script}.mjs`) ? `${script}.mjs` : `${script}.ts`;
	const result = spawnSync(process.execPath, [`${ROOT}src/cli/${entry}`, ...args], { cwd, env, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: commands run from here, as a user runs them. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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
	{ content, cwd = ROOT }: { content?: string; cwd?: string } = {},
): CommandResult {
	const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
	if (content === undefined) delete env.SALES_KIT_CONTENT;
	else env.SALES_KIT_CONTENT = content;
	const result = spawnSync(process.execPath, [`${ROOT}src/cli/${script}.ts`, ...args], { cwd, env, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

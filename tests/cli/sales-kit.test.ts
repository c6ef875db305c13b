// `npx sales-kit <command>`: the package's bin, spawned as a user runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCommand, userEnvironment } from '../helpers/run.ts';

const LAUNCHER = join(ROOT, 'src/cli/sales-kit.mjs');
const BROKEN = 'tests/fixtures/broken-kit';

function npx(args: string[], { cwd = ROOT, content }: { cwd?: string; content?: string } = {}) {
	const env = userEnvironment(content ? { SALES_KIT_CONTENT: content } : {});
	if (!content) delete env.SALES_KIT_CONTENT;
	// The machine's own npx, on its own Node: the bin must find the project's Node by itself.
	return spawnSync('npx', ['--no-install', 'sales-kit', ...args], { cwd, env, encoding: 'utf8' });
}

/** The machine's own Node when it is too old for the commands (Node 20 on this kind of machine). */
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
	if (!existsSync(path)) return false;
	const version = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
	const [major = 0, minor = 0] = version.split('.').map(Number);
	return major < 22 || (major === 22 && minor < 18);
});

const scratch = join(ROOT, '.tmp', `sales-kit-bin-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npx sales-kit', () => {
	it('is the package bin', () => {
		const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
		expect(manifest.bin).toEqual({ 'sales-kit': 'src/cli/sales-kit.mjs' });
	});

	it('prints validate --format json exactly as the npm script does, and nothing else on stdout', () => {
		const viaBin = npx(['validate', '--format', 'json'], { content: BROKEN });
		const viaScript = runCommand('validate', ['--format', 'json'], { content: BROKEN });
		expect(viaBin.status).toBe(1);
		expect(viaBin.stdout).toBe(viaScript.stdout);
		const problems = JSON.parse(viaBin.stdout) as { file: string }[];
		expect(problems.length).toBe(57);
	});

	it('runs each command in the project folder, as npm run does, from any folder inside it', () => {
		mkdirSync(scratch, { recursive: true });
		const text = npx(['validate', 'litware-hub'], { cwd: join(ROOT, 'content'), content: BROKEN });
		expect(text.stdout).toBe(runCommand('validate', ['litware-hub'], { content: BROKEN }).stdout);
		expect(text.stdout.split('\n')[0]).toMatch(/^tests\/fixtures\/broken-kit\/offers\/litware-hub\//);

		// A relative --out is the caller's folder, as with npm run contacts.
		const exported = npx(['contacts', 'export', 'contoso-retail-insights', '--out', 'contoso.csv'], { cwd: scratch });
		expect(exported.status, exported.stderr).toBe(0);
		expect(exported.stdout).toBe('Exported 11 contacts of contoso-retail-insights to contoso.csv.\n');
		expect(readFileSync(join(scratch, 'contoso.csv'), 'utf8')).toBe(runCommand('contacts', ['export', 'contoso-retail-insights']).stdout);
	});

	it('prints its usage for --help, no command or an unknown one', () => {
		const help = npx(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^Usage: sales-kit <command> \[arguments\]\n/);
		for (const command of ['validate', 'contacts', 'new', 'bench']) expect(help.stdout).toContain(`\n  ${command} `);

		const none = npx([]);
		expect(none.status).toBe(2);
		expect(none.stdout).toBe(help.stdout);

		const unknown = npx(['valdiate']);
		expect(unknown.status).toBe(2);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toContain('sales-kit: unknown command "valdiate". Did you mean "validate"?\n\nUsage: sales-kit');

		const commandHelp = npx(['new', '--help']);
		expect(commandHelp.status).toBe(0);
		expect(commandHelp.stdout).toBe(runCommand('new-offer', ['--help']).stdout);
	});

	it.runIf(systemNode)("starts the commands on the project's Node when the machine's is too old", () => {
		const env = userEnvironment({ SALES_KIT_CONTENT: BROKEN });
		const result = spawnSync(systemNode ?? 'node', [LAUNCHER, 'validate', '--format', 'sarif'], { cwd: ROOT, env, encoding: 'utf8' });
		expect(result.status, result.stderr).toBe(1);
		expect(JSON.parse(result.stdout)).toMatchObject({ version: '2.1.0' });
		expect(result.stdout).toBe(runCommand('validate', ['--format', 'sarif'], { content: BROKEN }).stdout);
	});
});

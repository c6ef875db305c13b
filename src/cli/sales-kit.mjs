#!/usr/bin/env node
// `npx sales-kit <command> [arguments]`: the kit's commands under one name (package.json `bin`),
// with the same output and exit status as `npm run <command> -- [arguments]`.
// JavaScript, not TypeScript: it must start on any Node, including the machine's own older one.
// The commands need a Node that strips TypeScript types (22.18 or later; the scripts run on the
// Node 24 of the `node` devDependency): on an older one this launcher starts itself again on
// that Node. Like `npm run`, it runs the command in the project folder, with the folder it was
// started in as INIT_CWD, so relative file arguments and SALES_KIT_CONTENT mean the same.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** Each command and the script `npm run <command>` runs (see package.json). */
const COMMANDS = {
	validate: 'src/cli/validate.mjs',
	contacts: 'src/cli/contacts.ts',
	new: 'src/cli/new-offer.ts',
	bench: 'bench/cli.ts',
};

const USAGE = `Usage: sales-kit <command> [arguments]

The kit's commands, the same as \`npm run <command> -- [arguments]\`:

  validate [<slug or path>...] [--format text|json|github|sarif] [--strict]
                                 check the content folder, or just the offers named
  contacts import <slug> <file.csv> [--encoding <label>] [--force]
  contacts export <slug> [--out <file> [--force]]
                                 an offer's contacts to and from Partner Center's CSV
  new <slug> [--type <type>] [--template <template>] [--lang <lang>]
                                 create an offer folder to fill in
  bench [--offers <N>] ...       time validate and builds of synthetic offers

  sales-kit <command> --help     the command's own help
  sales-kit --version            the kit's version

The content folder is content/, or the folder named by SALES_KIT_CONTENT.
Exit status: the command's; 2 for an unknown command.`;

/** The Node of the `node` devDependency, which every npm script runs on. */
const PROJECT_NODE = ['node_modules/node/bin/node', 'node_modules/.bin/node']
	.map((path) => `${PROJECT}${path}`)
	.find((path) => existsSync(path));

// Node strips TypeScript types without a flag from 22.18 (and 23.6).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const nodeRunsTypeScript = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

const [name, ...args] = process.argv.slice(2);

if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
	process.stdout.write(`${USAGE}\n`);
	process.exitCode = name === undefined ? 2 : 0;
} else if (name === '--version' || name === '-v') {
	process.stdout.write(`${JSON.parse(readFileSync(`${PROJECT}package.json`, 'utf8')).version}\n`);
} else if (!Object.hasOwn(COMMANDS, name)) {
	process.stderr.write(`sales-kit: unknown command "${name.replace(/[\p{Cc}\p{Cf}]/gu, '?')}"${suggestion(name)}\n\n${USAGE}\n`);
	process.exitCode = 2;
} else if (!nodeRunsTypeScript) {
	if (!PROJECT_NODE) {
		process.stderr.write(
			`sales-kit: the commands need Node 22.18 or later, and this is Node ${process.versions.node}. Run \`npm install\` in ${PROJECT} (it brings the Node 24 the kit runs on), or install a newer Node.\n`,
		);
		process.exitCode = 2;
	} else {
		// The same launcher on the project's Node: it then takes the branch below.
		const result = spawnSync(PROJECT_NODE, [fileURLToPath(import.meta.url), name, ...args], { stdio: 'inherit' });
		if (result.signal) process.kill(process.pid, result.signal);
		process.exitCode = result.status ?? 2;
	}
} else {
	// As `npm run` starts a script: in the project folder, the caller's folder as INIT_CWD and the
	// script's name as npm_lifecycle_event (the commands read relative file arguments from there).
	if (process.env.npm_lifecycle_event !== name || !process.env.INIT_CWD) {
		process.env.INIT_CWD = process.cwd();
		process.env.npm_lifecycle_event = name;
	}
	process.chdir(PROJECT);
	const script = `${PROJECT}${COMMANDS[name]}`;
	process.argv = [process.argv[0] ?? process.execPath, script, ...args];
	await import(pathToFileURL(script).href);
}

/** ` Did you mean "validate"?` for a command one or two letters off. */
function suggestion(written) {
	const close = Object.keys(COMMANDS).find((command) => distance(written.toLowerCase(), command) <= 2);
	return close ? `. Did you mean "${close}"?` : '';
}

function distance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

// `npm run validate [-- <slug or path>...] [--format ...] [--strict]` (started by validate.mjs):
// checks the whole content folder (or the offers named) and prints every problem at once.
// Exit status: 0 no errors, 1 errors, 2 the command could not run.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type MessagePort, workerData } from 'node:worker_threads';
import { countBySeverity, plural } from '../domain/problem.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import { ContentFolderError } from '../loading/load-kit.ts';
import { defaultTemplatesDir } from '../loading/templates.ts';
import { CommandFailure, displayPath, parseCommandArgs, runCli, UsageError, userPath } from './command.ts';
import { FORMATS, type Format, formatProblems, githubStepSummary, type RepositoryPath } from './problem-formats.ts';
import { checkKit } from './validate-check.ts';
import { SelectionError, selectOffers } from './validate-selection.ts';

const USAGE = `Usage: npm run validate [-- <slug or path>...] [--format text|json|github|sarif] [--strict]

Checks every offer, translation and contacts.csv in the content folder
(content/, or the folder named by SALES_KIT_CONTENT), the one-pager templates
in templates/, and which texts are too long for their one-pager, and prints
every problem:
  <file>:<line>:<column> <error|warning> <field> <message>

  <slug or path>   check only these offers, named by slug or by a path in their
                   folder (a pull request's changed files, say), with the kit-wide
                   files; taxonomy.yaml or a template checks the whole kit
  --format text    the lines above (default)
  --format json    a JSON array of {file, line, column, severity, field, message}
  --format github  GitHub annotations (::error file=...,line=...::message), and the whole
                   list as a table in $GITHUB_STEP_SUMMARY when it is set
  --format sarif   SARIF 2.1.0, for code scanning (GitHub, Azure DevOps)
  --json           the same as --format json
  --strict         treat warnings (co-sell readiness gaps) as errors
  --help           show this help

Exit status: 0 no errors, 1 errors found, 2 the command could not run.`;

async function main(argv: string[]): Promise<number> {
	const { values: options, positionals } = parseCommandArgs(argv, {
		format: { type: 'string' },
		json: { type: 'boolean' },
		strict: { type: 'boolean' },
		help: { type: 'boolean', short: 'h' },
	});
	if (options.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const format = outputFormat(options.format, options.json);

	const contentDir = resolveContentDir();
	const offers = positionals.length > 0 ? offersNamed(contentDir, positionals) : undefined;
	// The helper thread validate.mjs started beside this one, if the machine has a core to spare.
	const helper = (workerData as { helper?: MessagePort } | null)?.helper;
	const kit = await checkKit(contentDir, offers, helper ?? 'this thread').catch((error: unknown) => {
		throw error instanceof ContentFolderError ? new CommandFailure(error.message, 2) : error;
	});

	const problems = options.strict ? kit.problems.map((problem) => ({ ...problem, severity: 'error' as const })) : kit.problems;
	const counts = countBySeverity(problems);
	const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(kit.offers, 'valid offer')}`;
	const repositoryPath: RepositoryPath = format === 'github' || format === 'sarif' ? repositoryPathFrom(process.cwd()) : (file) => file;
	// One write each: the command runs in a worker (validate.mjs), whose output reaches the
	// terminal in order only when each stream is written at once, the problems before the summary.
	const output = formatProblems(problems, format, repositoryPath, toolVersion());
	if (output) process.stdout.write(output);
	if (format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
		appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubStepSummary(problems, repositoryPath, `Sales kit validation: ${summary}`));
	}
	if (format === 'text' || format === 'github') process.stderr.write(`${counts.error > 0 ? '✗' : '✓'} ${summary}\n`);
	return counts.error > 0 ? 1 : 0;
}

/** The slugs of the offers the arguments name, or undefined for the whole kit; exit 2 for an argument that names none. */
function offersNamed(contentDir: string, args: readonly string[]): string[] | undefined {
	if (!existsSync(contentDir)) return undefined; // the check says the folder is missing
	try {
		return selectOffers(args, {
			contentDir,
			templatesDir: defaultTemplatesDir(),
			resolvePath: (argument) => userPath(argument, 'validate'),
			display: displayPath,
		}).offers;
	} catch (error) {
		throw error instanceof SelectionError ? new CommandFailure(error.message, 2) : error;
	}
}

/** The format `--format` names (or `--json`); a usage error for anything else. */
function outputFormat(format: string | undefined, json: boolean | undefined): Format {
	if (format === undefined) return json ? 'json' : 'text';
	if (!(FORMATS as readonly string[]).includes(format)) {
		throw new UsageError(`--format ${JSON.stringify(format)} is not a format: use ${FORMATS.join(', ')}`);
	}
	if (json && format !== 'json') throw new UsageError(`--json and --format ${format} ask for two formats: give one`);
	return format as Format;
}

/** Paths from the root of the git repository around `cwd` (GitHub and code scanning want them), or from `cwd` outside git. */
function repositoryPathFrom(cwd: string): RepositoryPath {
	const root = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
	if (root.status !== 0 || !root.stdout.trim()) return (file) => file;
	const top = root.stdout.trim();
	return (file) => relative(top, resolve(cwd, file)).split(sep).join('/');
}

function toolVersion(): string {
	const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
	return manifest.version ?? '0.0.0';
}

runCli('validate', USAGE, main);

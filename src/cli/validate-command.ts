// `npm run validate [-- --json] [-- --strict]` (started by validate.mjs): checks the whole
// content folder and prints every problem at once. Exit status: 0 no errors, 1 errors, 2 the
// command could not run.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { countBySeverity } from '../domain/problem.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import { ContentFolderError } from '../loading/load-kit.ts';
import { CommandFailure, parseCommandArgs, plural, runCli, UsageError } from './command.ts';
import { FORMATS, type Format, formatProblems, githubStepSummary, type RepositoryPath } from './problem-formats.ts';
import { checkKit } from './validate-check.ts';

const USAGE = `Usage: npm run validate [-- --format text|json|github|sarif] [--strict]

Checks every offer, translation and contacts.csv in the content folder
(content/, or the folder named by SALES_KIT_CONTENT), the one-pager templates
in templates/, and which texts are too long for their one-pager, and prints
every problem:
  <file>:<line>:<column> <error|warning> <field> <message>

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
	if (positionals.length > 0)
		throw new UsageError(`unexpected argument "${positionals[0]}": the content folder comes from SALES_KIT_CONTENT`);
	const format = outputFormat(options.format, options.json);

	const contentDir = resolveContentDir();
	const kit = await checkKit(contentDir).catch((error: unknown) => {
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

// `npm run validate [-- --json] [-- --strict]` (started by validate.ts): checks the whole
// content folder and prints every problem at once. Exit status: 0 no errors, 1 errors, 2 the
// command could not run.
import { countBySeverity, formatProblem } from '../domain/problem.ts';
import { escapeJsonControls } from '../domain/terminal-text.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import { ContentFolderError, loadKit } from '../loading/load-kit.ts';
import { onePagerFitCheck } from '../pdf/fit.ts';
import { preloadFonts } from '../pdf/fonts.ts';
import { lastChangeLookup } from '../pdf/last-change.ts';
import { CommandFailure, parseCommandArgs, plural, runCli, UsageError } from './command.ts';

const USAGE = `Usage: npm run validate [-- --json] [--strict]

Checks every offer, translation and contacts.csv in the content folder
(content/, or the folder named by SALES_KIT_CONTENT), the one-pager templates
in templates/, and which texts are too long for their one-pager, and prints
every problem:
  <file>:<line>:<column> <error|warning> <field> <message>

  --json     print the problems as a JSON array instead
  --strict   treat warnings (co-sell readiness gaps) as errors
  --help     show this help

Exit status: 0 no errors, 1 errors found, 2 the command could not run.`;

async function main(argv: string[]): Promise<number> {
	const { values: options, positionals } = parseCommandArgs(argv, {
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

	const contentDir = resolveContentDir();
	// The settings load while git lists the offers' last changes (the one-pagers' date) and the
	// one-pagers' fonts are read.
	const [config, lastChange] = await Promise.all([loadSalesKitConfig(), lastChangeLookup(contentDir), preloadFonts()]);
	// Fields too long for their one-pager are warned about with the layout that draws the PDFs.
	const checkOnePager = onePagerFitCheck({ pageSize: config.pdfPageSize, lastChange });
	const kit = await loadKit(contentDir, { defaultLocale: config.defaultLocale, checkOnePager }).catch((error: unknown) => {
		throw error instanceof ContentFolderError ? new CommandFailure(error.message, 2) : error;
	});

	const problems = options.strict ? kit.problems.map((problem) => ({ ...problem, severity: 'error' as const })) : kit.problems;
	const counts = countBySeverity(problems);
	if (options.json) {
		process.stdout.write(`${escapeJsonControls(JSON.stringify(problems, null, 2))}\n`);
	} else {
		// One write: the command runs in a worker (validate.ts), whose output reaches the terminal in
		// order only when each stream is written at once, the problems before the summary.
		if (problems.length > 0) process.stdout.write(problems.map((problem) => `${formatProblem(problem)}\n`).join(''));
		const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(kit.offers.length, 'valid offer')}`;
		process.stderr.write(`${counts.error > 0 ? '✗' : '✓'} ${summary}\n`);
	}
	return counts.error > 0 ? 1 : 0;
}

runCli('validate', USAGE, main);

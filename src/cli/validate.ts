// `npm run validate [-- --json] [-- --strict]`: checks the whole content folder and prints
// every problem at once. Exit status: 0 no errors, 1 errors, 2 the command could not run.
import { parseArgs } from 'node:util';
import { countBySeverity, formatProblem, type Problem } from '../domain/problem.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import { ContentFolderError, loadKit } from '../loading/load-kit.ts';
import { onePagerFitCheck } from '../pdf/fit.ts';
import { lastChangeLookup } from '../pdf/last-change.ts';

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
	let options: { json?: boolean; strict?: boolean; help?: boolean };
	try {
		({ values: options } = parseArgs({
			args: argv,
			options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		process.stderr.write(`validate: ${(error as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	if (options.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}

	const contentDir = resolveContentDir();
	let problems: Problem[];
	let offerCount: number;
	try {
		const config = await loadSalesKitConfig();
		// Fields too long for their one-pager are warned about with the layout that draws the PDFs.
		const checkOnePager = onePagerFitCheck({ pageSize: config.pdfPageSize, lastChange: await lastChangeLookup(contentDir) });
		const kit = await loadKit(contentDir, { defaultLocale: config.defaultLocale, checkOnePager });
		problems = kit.problems;
		offerCount = kit.offers.length;
	} catch (error) {
		if (error instanceof ContentFolderError) {
			process.stderr.write(`validate: ${error.message}\n`);
			return 2;
		}
		throw error;
	}

	if (options.strict) problems = problems.map((problem) => ({ ...problem, severity: 'error' }));
	const counts = countBySeverity(problems);
	if (options.json) {
		process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
	} else {
		for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
		const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(offerCount, 'valid offer')}`;
		process.stderr.write(`${counts.error > 0 ? '✗' : '✓'} ${summary}\n`);
	}
	return counts.error > 0 ? 1 : 0;
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

main(process.argv.slice(2)).then(
	(status) => {
		process.exitCode = status;
	},
	(error: unknown) => {
		process.stderr.write(`validate: ${(error as Error).stack ?? String(error)}\n`);
		process.exitCode = 2;
	},
);

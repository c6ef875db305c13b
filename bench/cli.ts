// `npm run bench [-- --offers <N>] [--json <file>]`: how the build scales. Generates N synthetic
// offers into a temporary folder, times validate, the full build, the rebuild, the bare-Astro
// floor and Hugo one after the other, checks the targets, prints a table and writes the same as JSON.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandFailure, displayPath, parseCommandArgs, runCli, UsageError, userPath } from '../src/cli/command.ts';
import { formatReport } from './report.ts';
import { BenchFailure, runBench } from './run-bench.ts';
import { DEFAULT_SEED } from './synthetic-kit.ts';

const USAGE = `Usage: npm run bench [-- --offers <N>] [--runs <n>] [--json <file>] [--seed <n>] [--skip-hugo] [--keep]

Generates N realistic synthetic offers (default 1000) into a temporary folder and times, one
after the other on this machine: npm run validate, the full build from an empty cache (pages,
one-pager PDFs, country directories, Pagefind), the same build again (the rebuild), a bare
Astro build of the same MDX files, originals and translations, one page per offer per language
(the engine's floor) and a Hugo build of the same Markdown (when Hugo is installed). Prints
wall seconds, milliseconds per offer, peak memory, the build's phases, the output's size and
file count, the largest offer page, and every target of the issue: ✓ met, ✗ missed, or – when
it is stated for another number of offers (1,000 or 5,000). Writes the same as JSON.

  --offers <N>   how many offers to generate (default 1000)
  --runs <n>     time everything n times, one round after the other, and report each
                 figure's fastest round (default 1): other work on a shared machine only
                 ever slows a run down
  --json <file>  where to write the JSON (default bench-results/bench-<N>.json)
  --seed <n>     the generator's seed (default ${DEFAULT_SEED}); the same N and seed give the same content
  --skip-hugo    leave out the Hugo baseline
  --keep         keep the temporary folder (content and built sites) and print its path
  --help         show this help

Run nothing else meanwhile: the figures are only comparable on an idle machine.`;

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseCommandArgs(argv, {
		offers: { type: 'string' },
		runs: { type: 'string' },
		json: { type: 'string' },
		seed: { type: 'string' },
		'skip-hugo': { type: 'boolean' },
		keep: { type: 'boolean' },
		help: { type: 'boolean', short: 'h' },
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
	const offers = positiveInteger(values.offers ?? '1000', '--offers');
	const runs = positiveInteger(values.runs ?? '1', '--runs');
	const seed = values.seed === undefined ? DEFAULT_SEED : positiveInteger(values.seed, '--seed');
	const jsonPath = values.json ? userPath(values.json, 'bench') : join(PROJECT_ROOT, 'bench-results', `bench-${offers}.json`);

	let result: Awaited<ReturnType<typeof runBench>>;
	try {
		result = await runBench({
			offers,
			runs,
			seed,
			projectRoot: PROJECT_ROOT,
			skipHugo: values['skip-hugo'] ?? false,
			keep: values.keep ?? false,
			log: (message) => process.stderr.write(`bench: ${message}\n`),
		});
	} catch (error) {
		if (error instanceof BenchFailure) throw new CommandFailure(error.message);
		throw error;
	}
	process.stdout.write(formatReport(result.report));
	await mkdir(dirname(jsonPath), { recursive: true });
	await writeFile(jsonPath, `${JSON.stringify(result.report, null, 2)}\n`);
	process.stderr.write(`bench: figures written to ${displayPath(jsonPath)}\n`);
	if (values.keep) process.stderr.write(`bench: content and sites kept in ${result.workDir}\n`);
	return 0;
}

function positiveInteger(text: string, option: string): number {
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1) throw new UsageError(`${option} must be a whole number of at least 1, not "${text}"`);
	return value;
}

runCli('bench', USAGE, main);

// The benchmark, start to end: generate N offers into a temporary folder, then time on the same
// machine, one after the other, `validate`, the full build, the rebuild, the bare-Astro floor and
// Hugo, then check the targets.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadSalesKitCacheDir } from '../src/loading/kit-config.ts';
import { writeBareAstroProject } from './bare-astro.ts';
import { type BuildTimeline, buildTimeline, type Phase } from './build-phases.ts';
import { commitKit } from './git-kit.ts';
import { hugoVersion, writeHugoSite } from './hugo-site.ts';
import { benchEnvironment, type Measurement, type MeasureOptions, measureCommand, outputTail } from './measure.ts';
import { largestOfferPage, type PageWeight } from './page-size.ts';
import { type BenchReport, isSkipped, round, runFigures, targetsFor } from './report.ts';
import { type SiteInventory, siteInventory } from './site-inventory.ts';
import { DEFAULT_SEED, writeSyntheticKit } from './synthetic-kit.ts';

export interface BenchOptions {
	offers: number;
	seed?: number;
	/** The kit's project folder (where package.json and astro.config.mjs are). */
	projectRoot: string;
	/** Skip the Hugo baseline even when Hugo is installed. */
	skipHugo?: boolean;
	/** Times everything this many times, one round after the other, and keeps each kind's fastest run (default 1). */
	runs?: number;
	/** Keep the temporary folder (content, sites) and return its path. */
	keep?: boolean;
	/** Progress messages. */
	log?: (message: string) => void;
}

export class BenchFailure extends Error {}

export async function runBench(options: BenchOptions): Promise<{ report: BenchReport; workDir: string }> {
	const { offers, projectRoot } = options;
	const seed = options.seed ?? DEFAULT_SEED;
	const log = options.log ?? (() => {});
	const workDir = await mkdtemp(join(tmpdir(), 'sales-kit-bench-'));
	try {
		const contentDir = join(workDir, 'content');
		log(`generating ${offers} offers into ${contentDir}`);
		const content = await writeSyntheticKit(contentDir, offers, seed);
		const notCommitted = commitKit(contentDir);
		if (notCommitted) log(`the kit stays outside git, its offers dated by their files: ${notCommitted}`);
		const env = benchEnvironment({ SALES_KIT_CONTENT: contentDir });

		const siteDir = join(workDir, 'site');
		const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
		const build = [astro, 'build', '--outDir', siteDir];
		const rounds = options.runs ?? 1;
		const validates: Measurement[] = [];
		const fullBuilds: Measurement[] = [];
		const rebuilds: Measurement[] = [];
		const floors: Awaited<ReturnType<typeof bareAstroBuild>>[] = [];
		let written: { output: SiteInventory; offerPage: PageWeight } | undefined;
		// Each round measures everything once; the figures are each kind's fastest round, as other
		// work on a shared machine only ever makes a run slower.
		for (let round = 1; round <= rounds; round++) {
			const of = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
			log(`validate${of}`);
			validates.push(await measured('validate', process.execPath, [join(projectRoot, 'src/cli/validate.mjs')], { cwd: projectRoot, env }));

			log(`full build, from an empty cache${of}`);
			// What earlier builds kept would make the first build a rebuild. Builds keep only their
			// latest content's one-pagers, so the kit's own are gone after the benchmark either way.
			await rm(await loadSalesKitCacheDir(projectRoot), { recursive: true, force: true });
			fullBuilds.push(await measured('the full build', process.execPath, build, { cwd: projectRoot, env }));
			// What the full build wrote, before the rebuild writes the same folder again.
			if (!written) {
				const offerPage = largestOfferPage(siteDir);
				if (!offerPage) throw new BenchFailure(`the full build wrote no offer pages into ${siteDir}`);
				written = { output: siteInventory(siteDir), offerPage };
			}

			log(`rebuild, nothing changed${of}`);
			rebuilds.push(await measured('the rebuild', process.execPath, build, { cwd: projectRoot, env }));

			log(`bare Astro${of}`);
			// A fresh project each round (its link to node_modules is removed, not followed).
			await rm(join(workDir, 'bare-astro'), { recursive: true, force: true });
			floors.push(await bareAstroBuild(join(workDir, 'bare-astro'), contentDir, projectRoot, offers));
		}
		const validate = fastestRound(validates);
		const fullBuild = fastestRound(fullBuilds);
		const rebuild = fastestRound(rebuilds);
		const floor = floors.reduce((fastest, run) => (run.figures.wallSeconds < fastest.figures.wallSeconds ? run : fastest));
		const bareAstro = { ...floor.figures, peakRssBytes: Math.max(...floors.map((run) => run.figures.peakRssBytes)) };
		const floorPhases = floor.phases;
		const { output, offerPage } = written as NonNullable<typeof written>;

		const hugo = options.skipHugo ? undefined : hugoVersion();
		if (hugo) log('Hugo');
		const hugoRun: BenchReport['runs']['hugo'] = hugo
			? await hugoBuild(join(workDir, 'hugo'), contentDir, offers)
			: { skipped: options.skipHugo ? 'skipped on request (--skip-hugo)' : 'Hugo is not installed (apt-get install -y hugo)' };

		const partial: Omit<BenchReport, 'targets'> = {
			schema: 5,
			date: new Date().toISOString(),
			offers,
			rounds,
			seed,
			machine: machine(projectRoot, hugo),
			content,
			runs: {
				validate: runFigures(validate, offers),
				fullBuild: runFigures(fullBuild, offers),
				rebuild: runFigures(rebuild, offers),
				bareAstro,
				hugo: hugoRun,
			},
			ratios: {
				fullBuildToBareAstro: round(fullBuild.wallSeconds / bareAstro.wallSeconds, 3),
				fullBuildToHugo: isSkipped(hugoRun) ? null : round(fullBuild.wallSeconds / hugoRun.wallSeconds, 3),
				rebuildToBareAstro: round(rebuild.wallSeconds / bareAstro.wallSeconds, 3),
			},
			...roundedTimeline(buildTimeline(fullBuild.lines, fullBuild.wallSeconds)),
			floorPhases,
			output,
			offerPage,
		};
		return { report: { ...partial, targets: targetsFor(partial) }, workDir };
	} finally {
		if (!options.keep) await rm(workDir, { recursive: true, force: true });
	}
}

/** The engine's floor: the same MDX files, one page per offer per language, through a bare Astro project (see bare-astro.ts). */
async function bareAstroBuild(projectDir: string, contentDir: string, projectRoot: string, offers: number) {
	const entry = await writeBareAstroProject(projectDir, contentDir, join(projectRoot, 'node_modules'));
	const outDir = join(projectDir, 'dist');
	const run = await measured('the bare Astro build', process.execPath, [entry, 'build', '--outDir', outDir], {
		cwd: projectDir,
		env: benchEnvironment({ SALES_KIT_CONTENT: undefined }),
	});
	return {
		figures: { ...runFigures(run, offers), pages: siteInventory(outDir).htmlPages },
		phases: roundedTimeline(buildTimeline(run.lines, run.wallSeconds)).phases,
	};
}

/** The same Markdown through Hugo (see hugo-site.ts). */
async function hugoBuild(siteDir: string, contentDir: string, offers: number) {
	const pages = await writeHugoSite(siteDir, contentDir);
	const run = await measured('the Hugo build', 'hugo', ['--source', siteDir, '--destination', join(siteDir, 'public'), '--quiet'], {
		cwd: siteDir,
		env: benchEnvironment(),
	});
	return { ...runFigures(run, offers), pages };
}

/** The fastest of several runs of one command, with the largest peak memory of them all. */
export function fastestRound(runs: readonly Measurement[]): Measurement {
	const fastest = runs.reduce((best, run) => (run.wallSeconds < best.wallSeconds ? run : best));
	return { ...fastest, peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)) };
}

/** Runs a command, measured; a failure stops the benchmark with the command's last output. */
async function measured(what: string, command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
	const measurement = await measureCommand(command, args, options);
	if (measurement.exitCode !== 0) {
		throw new BenchFailure(`${what} failed (exit status ${measurement.exitCode}); its last output:\n${outputTail(measurement)}`);
	}
	return measurement;
}

function machine(projectRoot: string, hugo: string | undefined): BenchReport['machine'] {
	return {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
		memoryBytes: totalmem(),
		platform: `${process.platform} ${process.arch}`,
		node: process.version,
		astro: packageVersion(projectRoot, 'astro'),
		hugo: hugo ? (/v(\d+\.\d+\.\d+)/.exec(hugo)?.[1] ?? hugo) : null,
	};
}

function roundedTimeline({ phases, steps }: BuildTimeline): BuildTimeline {
	const rounded = (list: Phase[]) => list.map((phase) => ({ ...phase, seconds: round(phase.seconds, 3) }));
	return { phases: rounded(phases), steps: rounded(steps) };
}

function packageVersion(projectRoot: string, name: string): string {
	const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
	return manifest.version ?? 'unknown';
}

// The benchmark's result: one JSON document to keep and compare over time, and the table the
// command prints from it.

import type { Phase } from './build-phases.ts';
import type { PageWeight } from './page-size.ts';
import type { SiteInventory } from './site-inventory.ts';
import type { SyntheticKitSummary } from './synthetic-kit.ts';

export interface RunFigures {
	wallSeconds: number;
	msPerOffer: number;
	peakRssBytes: number;
	/** CPU seconds of the run's processes and threads: above the wall time when it used several cores. */
	cpuSeconds: number;
	/** CPU seconds other work on the machine took meanwhile: more than a little means a disturbed figure. */
	otherCpuSeconds: number;
}

export interface SkippedRun {
	skipped: string;
}

export interface Target {
	name: string;
	/** The measured value and the limit, in the unit the name gives. */
	value: number;
	limit: number;
	met: boolean;
}

export interface BenchReport {
	/** 2: with the rebuild; 3: with the floor's phases. */
	schema: 3;
	date: string;
	offers: number;
	seed: number;
	machine: { cpus: number; cpuModel: string; memoryBytes: number; platform: string; node: string; astro: string; hugo: string | null };
	content: SyntheticKitSummary;
	runs: {
		validate: RunFigures;
		/** The full build from an empty cache: what a fresh clone or CI without a cache pays. */
		fullBuild: RunFigures;
		/** The same build again, nothing changed: what reuses the cache of the one before. */
		rebuild: RunFigures;
		bareAstro: RunFigures & { pages: number };
		hugo: (RunFigures & { pages: number }) | SkippedRun;
	};
	ratios: { fullBuildToBareAstro: number; fullBuildToHugo: number | null; rebuildToBareAstro: number };
	/** The full build's phases, one after the other: they add up to its wall time. */
	phases: Phase[];
	/** The bare-Astro build's phases, on the same clock: where the full build spends more than the floor. */
	floorPhases: Phase[];
	/** The kit's build steps with their own duration (the one-pagers run alongside the pages). */
	steps: Phase[];
	output: SiteInventory;
	offerPage: PageWeight;
	targets: Target[];
}

export function runFigures(
	{ wallSeconds, peakRssBytes, cpuSeconds, otherCpuSeconds }: Omit<RunFigures, 'msPerOffer'>,
	offers: number,
): RunFigures {
	return {
		wallSeconds: round(wallSeconds, 3),
		msPerOffer: round((wallSeconds * 1000) / offers, 2),
		peakRssBytes,
		cpuSeconds: round(cpuSeconds, 2),
		otherCpuSeconds: round(otherCpuSeconds, 2),
	};
}

/** Other work took more than a tenth of the machine during the run: its figures are not comparable. */
export function isDisturbed(run: RunFigures, cpus: number): boolean {
	return run.otherCpuSeconds > 0.1 * run.wallSeconds * cpus;
}

/** The issue's targets (for a 2-core machine); those that apply to this number of offers. */
export function targetsFor(report: Omit<BenchReport, 'targets'>): Target[] {
	const target = (name: string, value: number, limit: number): Target => ({ name, value: round(value, 3), limit, met: value <= limit });
	const { runs, offers } = report;
	const targets: Target[] = [target('offer page, HTML + CSS gzip (KB)', report.offerPage.totalGzipBytes / 1024, 30)];
	if (offers === 1000) {
		targets.push(target('full build, 1,000 offers (s)', runs.fullBuild.wallSeconds, 30));
		targets.push(target('full build / bare Astro, 1,000 offers (×)', report.ratios.fullBuildToBareAstro, 1.5));
		targets.push(target('validate, 1,000 offers (s)', runs.validate.wallSeconds, 3));
	}
	if (offers === 5000) targets.push(target('full build peak RSS, 5,000 offers (GB)', runs.fullBuild.peakRssBytes / 1024 ** 3, 3));
	return targets;
}

export function isSkipped(run: RunFigures | SkippedRun): run is SkippedRun {
	return 'skipped' in run;
}

export function round(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
	if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The report as the command prints it. */
export function formatReport(report: BenchReport): string {
	const { runs, content } = report;
	const row = (name: string, run: RunFigures | SkippedRun) =>
		isSkipped(run)
			? `  ${name.padEnd(12)} skipped: ${run.skipped}`
			: `  ${name.padEnd(12)} ${run.wallSeconds.toFixed(2).padStart(8)} ${run.msPerOffer.toFixed(1).padStart(10)} ${formatBytes(run.peakRssBytes).padStart(10)} ${run.cpuSeconds.toFixed(1).padStart(8)}${isDisturbed(run, report.machine.cpus) ? `  (disturbed: other work took ${run.otherCpuSeconds.toFixed(0)} CPU s)` : ''}`;
	const ratio = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
	const lines = [
		`Benchmark: ${report.offers} synthetic offers (${content.chineseOffers} written in Chinese, ${content.translations} translated, ${content.contacts} contacts, ${formatBytes(content.bytes)})`,
		`Machine: ${report.machine.cpus} cores (${report.machine.cpuModel}), ${formatBytes(report.machine.memoryBytes)}, Node ${report.machine.node}, Astro ${report.machine.astro}${report.machine.hugo ? `, Hugo ${report.machine.hugo}` : ''}`,
		'',
		`  ${''.padEnd(12)} ${'wall s'.padStart(8)} ${'ms/offer'.padStart(10)} ${'peak RSS'.padStart(10)} ${'CPU s'.padStart(8)}`,
		row('validate', runs.validate),
		row('full build', runs.fullBuild),
		row('rebuild', runs.rebuild),
		row('bare Astro', runs.bareAstro),
		row('Hugo', runs.hugo),
		'',
		`  full build / bare Astro: ${ratio(report.ratios.fullBuildToBareAstro)}    full build / Hugo: ${ratio(report.ratios.fullBuildToHugo)}    rebuild / bare Astro: ${ratio(report.ratios.rebuildToBareAstro)}`,
		'  (full build: from an empty cache; rebuild: the same content again, unchanged one-pagers taken from the cache)',
		'',
		'  Phases of the full build, beside those of the bare-Astro floor:',
		`    ${''.padEnd(38)} ${'full build'.padStart(11)} ${'bare Astro'.padStart(11)}`,
		...phaseRows(report.phases, report.floorPhases),
		'  Build steps, each on its own clock:',
		...report.steps.map((step) => `    ${step.name.padEnd(38)} ${step.seconds.toFixed(2).padStart(7)} s`),
		'',
		`  Output: ${report.output.htmlPages} HTML pages (${report.output.countryPages} country pages), ${report.output.onePagers} one-pager PDFs, ${formatBytes(report.output.bytes)}`,
		`  Largest offer page: ${report.offerPage.page}: ${formatBytes(report.offerPage.htmlGzipBytes)} HTML + ${formatBytes(report.offerPage.cssGzipBytes)} CSS = ${formatBytes(report.offerPage.totalGzipBytes)} gzip`,
	];
	if (report.targets.length > 0) {
		lines.push('', '  Targets (2-core machine):');
		for (const target of report.targets) {
			lines.push(`    ${target.met ? '✓' : '✗'} ${target.name.padEnd(44)} ${String(target.value).padStart(8)} (limit ${target.limit})`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/** One line per phase of either build, in the full build's order: seconds, or – where a build has no such phase. */
function phaseRows(phases: readonly Phase[], floorPhases: readonly Phase[]): string[] {
	const names = [...new Set([...phases, ...floorPhases].map((phase) => phase.name))];
	const seconds = (list: readonly Phase[], name: string) => {
		const phase = list.find((candidate) => candidate.name === name);
		return (phase ? `${phase.seconds.toFixed(2)} s` : '–').padStart(11);
	};
	return names.map((name) => `    ${name.padEnd(38)} ${seconds(phases, name)} ${seconds(floorPhases, name)}`);
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../bench/build-phases.ts';
import { measureCommand } from '../../bench/measure.ts';
import { largestOfferPage, linkedStylesheets } from '../../bench/page-size.ts';
import { processMemory, processTree } from '../../bench/process-tree.ts';
import { type BenchReport, formatReport, TARGETS, targetsFor } from '../../bench/report.ts';
import { fastestRound } from '../../bench/run-bench.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const tempFolder = temporaryFolders();

describe('build phases', () => {
	// The lines of a real `astro build`, with the moments they arrived.
	const log = [
		[900, '16:37:46 [content] Syncing content'],
		[1400, '16:37:47 [content] Synced content'],
		[1500, '16:37:47 [types] Generated 2.46s'],
		[1600, '16:37:47 [build] Collecting build info...'],
		[1700, '16:37:47 [build] ✓ Completed in 2.99s.'],
		[1800, '16:37:47 [build] Building static entrypoints...'],
		[3800, '16:37:49 [vite] ✓ built in 1.93s'],
		[3900, ' generating static routes '],
		[4000, '16:37:49   ├─ /404.html (+17ms) '],
		[6900, '16:37:52 ✓ Completed in 2.98s.'],
		[7000, '16:37:52 [build] ✓ Completed in 5.09s.'],
		[8000, '16:37:53 [sales-kit] 8 one-pager PDFs (A4) in 0.9 s'],
		[9500, '16:37:54 [sales-kit] Pagefind indexed 509 pages (1.4 s after the last page)'],
		[9600, '16:37:54 [build] Complete!'],
	].map(([at, text]) => ({ at: at as number, text: text as string }));

	it("times each phase from the lines that start and end it, and reads the steps' own durations", () => {
		const { phases, steps } = buildTimeline(log, 10);
		expect(Object.fromEntries(phases.map((phase) => [phase.name, Number(phase.seconds.toFixed(3))]))).toEqual({
			'startup and config': 0.9,
			'content sync (loaders, validation)': 0.5,
			types: 0.1,
			'build setup': 0.3,
			'static entrypoints (Vite)': 2.1,
			'page generation': 3,
			'one-pager PDFs, after the pages': 1.1,
			'Pagefind index': 1.5,
			finish: 0.5,
		});
		expect(steps).toEqual([
			{ name: 'one-pager PDFs', seconds: 0.9 },
			{ name: 'Pagefind index', seconds: 1.4 },
		]);
	});

	it('counts one-pagers made alongside the pages in the pages, not after them', () => {
		const early = log.map((line) => (line.text.includes('one-pager') ? { ...line, at: 5000 } : line)).sort((a, b) => a.at - b.at);
		const { phases } = buildTimeline(early, 10);
		const seconds = Object.fromEntries(phases.map((phase) => [phase.name, Number(phase.seconds.toFixed(3))]));
		expect(seconds['one-pager PDFs, after the pages']).toBe(0);
		expect(seconds['Pagefind index']).toBe(2.6);
		expect(phases.reduce((sum, phase) => sum + phase.seconds, 0)).toBeCloseTo(10);
	});

	it('leaves out phases whose lines are missing', () => {
		const { phases, steps } = buildTimeline(
			log.filter((line) => !line.text.includes('one-pager')),
			10,
		);
		const names = phases.map((phase) => phase.name);
		expect(names).not.toContain('one-pager PDFs, after the pages');
		expect(names).not.toContain('Pagefind index');
		expect(names).toContain('page generation');
		expect(steps.map((step) => step.name)).toEqual(['Pagefind index']);
	});

	it("times the bare-Astro floor's phases, which has no steps, from the same lines", () => {
		const bare = log.filter((line) => !line.text.includes('[sales-kit]'));
		const { phases, steps } = buildTimeline(bare, 10);
		const seconds = Object.fromEntries(phases.map((phase) => [phase.name, Number(phase.seconds.toFixed(3))]));
		expect(Object.keys(seconds)).toEqual([
			'startup and config',
			'content sync (loaders, validation)',
			'types',
			'build setup',
			'static entrypoints (Vite)',
			'page generation',
			'finish',
		]);
		// From the end of the pages to the end of the build: the phases add up to its wall time.
		expect(seconds.finish).toBe(3.1);
		expect(phases.reduce((sum, phase) => sum + phase.seconds, 0)).toBeCloseTo(10);
		expect(steps).toEqual([]);
	});
});

describe('measuring a command', () => {
	it('reports its exit status, wall time, peak memory and timed output lines', async () => {
		const script =
			"console.log('one'); const keep = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => { console.error('two', keep.length); process.exit(3); }, 300);";
		const measured = await measureCommand(process.execPath, ['-e', script], { cwd: process.cwd(), env: process.env });
		expect(measured.exitCode).toBe(3);
		expect(measured.wallSeconds).toBeGreaterThan(0.25);
		expect(measured.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024);
		expect(measured.cpuSeconds).toBeGreaterThan(0);
		expect(measured.otherCpuSeconds).toBeGreaterThanOrEqual(0);
		expect(measured.lines.map((line) => line.text)).toEqual(['one', `two ${64 * 1024 * 1024}`]);
		expect(measured.lines[1]?.at).toBeGreaterThanOrEqual(measured.lines[0]?.at ?? 0);
	});

	it('finds this process in its own tree and reads its memory', () => {
		expect(processTree(process.pid)[0]).toBe(process.pid);
		const memory = processMemory(process.pid);
		expect(memory?.rss).toBeGreaterThan(0);
		expect(memory?.peak).toBeGreaterThanOrEqual(memory?.rss ?? 0);
	});
});

describe('offer page weight', () => {
	it('finds linked stylesheets', () => {
		expect(
			linkedStylesheets(
				'<link rel="stylesheet" href="/_astro/a.css"><link rel=alternate href="/x"><link href="/b.css?v=1" rel="stylesheet">',
			),
		).toEqual(['/_astro/a.css', '/b.css']);
	});

	it('picks the heaviest offer page in every language, HTML and CSS gzipped', () => {
		const site = tempFolder('page-size-');
		const page = (path: string, html: string) => {
			mkdirSync(join(site, path, '..'), { recursive: true });
			writeFileSync(join(site, path), html);
		};
		page('_astro/site.css', 'body { color: red; }'.repeat(50));
		page('offers/small/index.html', '<link rel="stylesheet" href="/_astro/site.css"><p>small</p>');
		page('zh-cn/offers/large/index.html', `<link rel="stylesheet" href="/_astro/site.css"><p>${'大'.repeat(4000)}</p>`);
		const largest = largestOfferPage(site);
		expect(largest?.page).toBe(join('zh-cn', 'offers', 'large', 'index.html'));
		expect(largest?.cssGzipBytes).toBeGreaterThan(0);
		expect(largest?.totalGzipBytes).toBe((largest?.htmlGzipBytes ?? 0) + (largest?.cssGzipBytes ?? 0));
	});
});

const MB = 1024 ** 2;
const GB = 1024 ** 3;

/** A report of `offers` offers that meets every target, with `changes` applied. */
function report(offers: number, changes: (partial: Omit<BenchReport, 'targets'>) => void = () => {}): Omit<BenchReport, 'targets'> {
	const run = { wallSeconds: 20, msPerOffer: 20, peakRssBytes: GB, cpuSeconds: 30, otherCpuSeconds: 0 };
	const partial: Omit<BenchReport, 'targets'> = {
		schema: 5,
		date: '2026-11-25T00:00:00.000Z',
		offers,
		rounds: 1,
		seed: 1,
		machine: { cpus: 2, cpuModel: 'cpu', memoryBytes: 8 * GB, platform: 'linux x64', node: 'v24', astro: '7.3.5', hugo: null },
		content: { offers, chineseOffers: 150, translations: 300, contacts: 10000, files: 4000, bytes: 1e7 },
		runs: {
			validate: { ...run, wallSeconds: 2 },
			fullBuild: run,
			rebuild: { ...run, wallSeconds: 12 },
			bareAstro: { ...run, wallSeconds: 11, pages: 2 * offers },
			hugo: { skipped: 'not installed' },
		},
		ratios: { fullBuildToBareAstro: 1.818, fullBuildToHugo: null, rebuildToBareAstro: 1.091 },
		phases: [
			{ name: 'page generation', seconds: 9 },
			{ name: 'Pagefind index', seconds: 3 },
		],
		floorPhases: [
			{ name: 'page generation', seconds: 1.5 },
			{ name: 'finish', seconds: 0.25 },
		],
		steps: [{ name: 'one-pager PDFs', seconds: 12 }],
		output: { htmlPages: 2500, onePagers: 2000, countryPages: 484, files: 6000, bytes: 200 * MB },
		offerPage: { page: 'offers/x/index.html', htmlBytes: 40000, htmlGzipBytes: 9000, cssGzipBytes: 3000, totalGzipBytes: 12000 },
	};
	changes(partial);
	return partial;
}

const statuses = (partial: Omit<BenchReport, 'targets'>) =>
	Object.fromEntries(targetsFor(partial).map((target) => [target.id, target.status]));

describe('targets', () => {
	it('lists every target of the issue, each at the number of offers it is stated for', () => {
		expect(TARGETS.map((target) => [target.id, target.offers, target.comparison, target.limit, target.unit])).toEqual([
			['output-bytes-1000', 1000, 'at most', 250, 'MB'],
			['output-files-1000', 1000, 'at most', 20_000, 'files'],
			['full-build-to-floor-1000', 1000, 'at most', 2, '×'],
			['full-build-seconds-1000', 1000, 'below', 30, 's'],
			['rebuild-to-floor-1000', 1000, 'at most', 1.5, '×'],
			['validate-seconds-1000', 1000, 'below', 3, 's'],
			['output-bytes-5000', 5000, 'at most', 1, 'GB'],
			['build-peak-memory-5000', 5000, 'at most', 4, 'GB'],
			['offer-page-gzip', null, 'below', 30, 'KB'],
		]);
	});

	it('checks the 1,000-offer targets and the page weight at 1,000 offers; the 5,000-offer ones do not apply', () => {
		expect(statuses(report(1000))).toEqual({
			'output-bytes-1000': 'met',
			'output-files-1000': 'met',
			'full-build-to-floor-1000': 'met',
			'full-build-seconds-1000': 'met',
			'rebuild-to-floor-1000': 'met',
			'validate-seconds-1000': 'met',
			'output-bytes-5000': 'not applicable',
			'build-peak-memory-5000': 'not applicable',
			'offer-page-gzip': 'met',
		});
		const targets = targetsFor(report(1000));
		expect(targets.find((target) => target.id === 'output-bytes-1000')?.value).toBe(200);
		expect(targets.find((target) => target.id === 'offer-page-gzip')?.value).toBeCloseTo(11.719, 3);
	});

	it('checks the 5,000-offer targets at 5,000 offers, and only the page weight at any other number', () => {
		const at5000 = statuses(
			report(5000, (r) => {
				r.output.bytes = 1.5 * GB;
				r.runs.rebuild.peakRssBytes = 5 * GB;
			}),
		);
		expect(at5000['output-bytes-5000']).toBe('missed');
		expect(at5000['build-peak-memory-5000']).toBe('missed');
		expect(at5000['full-build-seconds-1000']).toBe('not applicable');
		expect(at5000['offer-page-gzip']).toBe('met');

		const at100 = targetsFor(report(100));
		expect(at100.filter((target) => target.status !== 'not applicable').map((target) => target.id)).toEqual(['offer-page-gzip']);
		// A target that does not apply still carries this run's figure.
		expect(at100.find((target) => target.id === 'output-files-1000')?.value).toBe(6000);
	});

	it('reads "under" as strictly below and "at most" as up to and including the limit', () => {
		const atLimits = statuses(
			report(1000, (r) => {
				r.output.bytes = 250 * MB;
				r.output.files = 20_000;
				r.ratios.fullBuildToBareAstro = 2;
				r.ratios.rebuildToBareAstro = 1.5;
				r.runs.fullBuild.wallSeconds = 30;
				r.runs.validate.wallSeconds = 3;
				r.offerPage.totalGzipBytes = 30 * 1024;
			}),
		);
		expect(atLimits).toMatchObject({
			'output-bytes-1000': 'met',
			'output-files-1000': 'met',
			'full-build-to-floor-1000': 'met',
			'rebuild-to-floor-1000': 'met',
			'full-build-seconds-1000': 'missed',
			'validate-seconds-1000': 'missed',
			'offer-page-gzip': 'missed',
		});
		const over = statuses(
			report(1000, (r) => {
				r.output.bytes = 250 * MB + 1;
				r.output.files = 20_001;
				r.ratios.fullBuildToBareAstro = 2.01;
				r.ratios.rebuildToBareAstro = 1.51;
			}),
		);
		expect(Object.values(over).filter((status) => status === 'missed')).toHaveLength(4);
	});

	it('takes the peak memory of whichever build went higher', () => {
		const peak = (full: number, rebuild: number) =>
			targetsFor(
				report(5000, (r) => {
					r.runs.fullBuild.peakRssBytes = full * GB;
					r.runs.rebuild.peakRssBytes = rebuild * GB;
				}),
			).find((target) => target.id === 'build-peak-memory-5000');
		expect(peak(3, 2)).toMatchObject({ value: 3, status: 'met' });
		expect(peak(3, 4.5)).toMatchObject({ value: 4.5, status: 'missed' });
	});
});

describe('report', () => {
	it('prints every figure, the output size and files, and a tick, a cross or a dash for every target', () => {
		const partial = report(1000, (r) => {
			r.ratios.fullBuildToBareAstro = 2.5;
		});
		const targets = targetsFor(partial);
		const table = formatReport({ ...partial, targets });
		expect(table).toContain('skipped: not installed');
		expect(table).toContain('full build / bare Astro: 2.50×');
		expect(table).toContain('rebuild / bare Astro: 1.09×');
		expect(table).toMatch(/ {2}rebuild +12\.00 /);
		expect(table).toContain('Output of the full build: 200 MB in 6,000 files');
		expect(table).toContain('Floor: 2000 pages, one per offer per language');
		// Each phase beside the floor's, a dash where a build has no such phase.
		expect(table).toMatch(/ {4}page generation +9\.00 s +1\.50 s\n/);
		expect(table).toMatch(/ {4}Pagefind index +3\.00 s +–\n/);
		expect(table).toMatch(/ {4}finish +– +0\.25 s\n/);
		// One row per target.
		expect(table).toMatch(/✓ output size, 1,000 offers +200\.0 MB +\(at most 250\.0 MB\)\n/);
		expect(table).toMatch(/✓ output files, 1,000 offers +6,000 files +\(at most 20,000 files\)\n/);
		expect(table).toMatch(/✗ full build \/ bare-Astro floor, 1,000 offers +2\.50× +\(at most 2\.00×\)\n/);
		expect(table).toMatch(/✓ full build, 1,000 offers +20\.0 s +\(below 30\.0 s\)\n/);
		expect(table).toMatch(/✓ validate, 1,000 offers +2\.0 s +\(below 3\.0 s\)\n/);
		expect(table).toMatch(/– output size, 5,000 offers +0\.20 GB +\(at most 1\.00 GB; not applicable to this run\)\n/);
		expect(table).toMatch(
			/– build peak memory, whole process tree, 5,000 offers +1\.00 GB +\(at most 4\.00 GB; not applicable to this run\)\n/,
		);
		expect(table).toMatch(/✓ largest offer page, HTML \+ CSS gzip +11\.7 KB +\(below 30\.0 KB\)\n/);
		expect(table.match(/^ {4}[✓✗–] /gm)).toHaveLength(TARGETS.length);
		expect(table).not.toContain('disturbed');
		const busy = formatReport({
			...partial,
			runs: { ...partial.runs, fullBuild: { ...partial.runs.fullBuild, otherCpuSeconds: 30 } },
			targets,
		});
		expect(busy).toContain('(disturbed: other work took 30 CPU s)');
	});
});

describe('several rounds', () => {
	const measurement = (wallSeconds: number, peakRssBytes: number) => ({
		exitCode: 0,
		wallSeconds,
		peakRssBytes,
		cpuSeconds: wallSeconds,
		otherCpuSeconds: 0,
		lines: [{ at: 0, text: `${wallSeconds}` }],
	});

	it("keeps the fastest round's figures and output, and the largest peak memory of all", () => {
		const fastest = fastestRound([measurement(30, GB), measurement(24, 2 * GB), measurement(27, 3 * GB)]);
		expect(fastest.wallSeconds).toBe(24);
		expect(fastest.lines).toEqual([{ at: 0, text: '24' }]);
		expect(fastest.peakRssBytes).toBe(3 * GB);
	});

	it('says so in the report', () => {
		expect(formatReport({ ...report(1000), rounds: 3, targets: [] })).toContain('Each figure the fastest of 3 rounds');
		expect(formatReport({ ...report(1000), targets: [] })).not.toContain('fastest of');
	});
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../bench/build-phases.ts';
import { measureCommand } from '../../bench/measure.ts';
import { largestOfferPage, linkedStylesheets } from '../../bench/page-size.ts';
import { processMemory, processTree } from '../../bench/process-tree.ts';
import { formatReport, targetsFor } from '../../bench/report.ts';

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

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
		[9500, '16:37:54 [sales-kit] Pagefind indexed 509 pages in 1.4 s'],
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
		const site = mkdtempSync(join(tmpdir(), 'page-size-'));
		folders.push(site);
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

describe('report', () => {
	it('checks the targets that apply and prints every figure', () => {
		const run = { wallSeconds: 20, msPerOffer: 20, peakRssBytes: 1024 ** 3, cpuSeconds: 30, otherCpuSeconds: 0 };
		const partial = {
			schema: 3 as const,
			date: '2026-11-25T00:00:00.000Z',
			offers: 1000,
			seed: 1,
			machine: { cpus: 2, cpuModel: 'cpu', memoryBytes: 8 * 1024 ** 3, platform: 'linux x64', node: 'v24', astro: '7.3.5', hugo: null },
			content: { offers: 1000, chineseOffers: 150, translations: 300, contacts: 10000, files: 4000, bytes: 1e7 },
			runs: {
				validate: { ...run, wallSeconds: 2 },
				fullBuild: run,
				rebuild: { ...run, wallSeconds: 12 },
				bareAstro: { ...run, wallSeconds: 10, pages: 1000 },
				hugo: { skipped: 'not installed' },
			},
			ratios: { fullBuildToBareAstro: 2, fullBuildToHugo: null, rebuildToBareAstro: 1.2 },
			phases: [
				{ name: 'page generation', seconds: 9 },
				{ name: 'Pagefind index', seconds: 3 },
			],
			floorPhases: [
				{ name: 'page generation', seconds: 1.5 },
				{ name: 'finish', seconds: 0.25 },
			],
			steps: [{ name: 'one-pager PDFs', seconds: 12 }],
			output: { htmlPages: 2500, onePagers: 2000, countryPages: 484, files: 6000, bytes: 1e8 },
			offerPage: { page: 'offers/x/index.html', htmlBytes: 40000, htmlGzipBytes: 9000, cssGzipBytes: 3000, totalGzipBytes: 12000 },
		};
		const targets = targetsFor(partial);
		expect(targets.map((target) => [target.name, target.met])).toEqual([
			['offer page, HTML + CSS gzip (KB)', true],
			['full build, 1,000 offers (s)', true],
			['full build / bare Astro, 1,000 offers (×)', false],
			['validate, 1,000 offers (s)', true],
		]);
		const table = formatReport({ ...partial, targets });
		expect(table).toContain('skipped: not installed');
		expect(table).toContain('full build / bare Astro: 2.00×');
		expect(table).toContain('rebuild / bare Astro: 1.20×');
		expect(table).toMatch(/ {2}rebuild +12\.00 /);
		// Each phase beside the floor's, a dash where a build has no such phase.
		expect(table).toMatch(/ {4}page generation +9\.00 s +1\.50 s\n/);
		expect(table).toMatch(/ {4}Pagefind index +3\.00 s +–\n/);
		expect(table).toMatch(/ {4}finish +– +0\.25 s\n/);
		expect(table).not.toContain('disturbed');
		const busy = formatReport({ ...partial, runs: { ...partial.runs, fullBuild: { ...run, otherCpuSeconds: 30 } }, targets });
		expect(busy).toContain('(disturbed: other work took 30 CPU s)');
	});
});

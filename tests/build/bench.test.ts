// A small run of `npm run bench`, so that the benchmark cannot rot: it must complete and report
// every figure and every target. The figures themselves are not checked (they are measurements,
// not a test); the floor's pages are.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PHASES } from '../../bench/build-phases.ts';
import { hugoVersion } from '../../bench/hugo-site.ts';
import { type BenchReport, TARGETS } from '../../bench/report.ts';
import { ROOT, userEnvironment } from '../helpers/run.ts';

const OFFERS = 20;
const folder = mkdtempSync(join(tmpdir(), 'bench-test-'));
/** The benchmark's own temporary folder, kept (--keep) to look at the floor's pages. */
let kept: string | undefined;
afterAll(() => {
	rmSync(folder, { recursive: true, force: true });
	if (kept) rmSync(kept, { recursive: true, force: true });
});

const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

function expectPositive(value: unknown, name: string) {
	expect(typeof value, name).toBe('number');
	expect(value as number, name).toBeGreaterThan(0);
}

describe('npm run bench', () => {
	it(`runs on ${OFFERS} offers and reports every figure`, () => {
		const json = join(folder, 'bench.json');
		const result = spawnSync(
			process.execPath,
			[join(ROOT, 'bench/cli.ts'), '--offers', String(OFFERS), '--runs', '2', '--json', json, '--keep'],
			{
				cwd: ROOT,
				env: userEnvironment(),
				encoding: 'utf8',
			},
		);
		kept = /content and sites kept in (.+)$/m.exec(result.stderr)?.[1];
		expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
		expect(kept, result.stderr).toBeDefined();

		const report = JSON.parse(readFileSync(json, 'utf8')) as BenchReport;
		expect(report.offers).toBe(OFFERS);
		expect(report.rounds).toBe(2);
		expect(result.stdout).toContain('Each figure the fastest of 2 rounds (peak memory: the largest)');
		expect(result.stderr).toContain('bench: bare Astro (round 2 of 2)');
		expect(report.content.offers).toBe(OFFERS);
		for (const field of ['chineseOffers', 'translations', 'contacts', 'files', 'bytes'] as const) {
			expectPositive(report.content[field], `content.${field}`);
		}
		for (const field of ['cpus', 'memoryBytes'] as const) expectPositive(report.machine[field], `machine.${field}`);

		const runs = {
			validate: report.runs.validate,
			fullBuild: report.runs.fullBuild,
			rebuild: report.runs.rebuild,
			bareAstro: report.runs.bareAstro,
		};
		for (const [name, run] of Object.entries(runs)) {
			for (const field of ['wallSeconds', 'msPerOffer', 'peakRssBytes', 'cpuSeconds'] as const)
				expectPositive(run[field], `${name}.${field}`);
			expect(run.otherCpuSeconds, `${name}.otherCpuSeconds`).toBeGreaterThanOrEqual(0);
		}
		expect(report.schema).toBe(5);
		// The floor: one page per offer per language.
		expect(report.runs.bareAstro.pages).toBe(2 * OFFERS);
		expectPositive(report.ratios.fullBuildToBareAstro, 'ratios.fullBuildToBareAstro');
		expectPositive(report.ratios.rebuildToBareAstro, 'ratios.rebuildToBareAstro');
		if (hugoVersion()) {
			const hugo = report.runs.hugo as Exclude<BenchReport['runs']['hugo'], { skipped: string }>;
			for (const field of ['wallSeconds', 'msPerOffer', 'peakRssBytes', 'cpuSeconds'] as const)
				expectPositive(hugo[field], `hugo.${field}`);
			expectPositive(report.ratios.fullBuildToHugo, 'ratios.fullBuildToHugo');
		} else {
			expect(report.runs.hugo).toEqual({ skipped: expect.stringContaining('not installed') });
		}

		// Every phase of the full build; the floor's, but for the kit's steps (it has none).
		const phaseNames = PHASES.map((phase) => phase.name);
		expect(report.phases.map((phase) => phase.name)).toEqual(phaseNames);
		expect(report.floorPhases.map((phase) => phase.name)).toEqual(
			phaseNames.filter((name) => name !== 'one-pager PDFs, after the pages' && name !== 'Pagefind index'),
		);
		expectPositive(report.floorPhases.find((phase) => phase.name === 'page generation')?.seconds, 'floor page generation');
		expect(report.steps.map((step) => step.name)).toEqual(['one-pager PDFs', 'Pagefind index']);
		for (const step of report.steps) expectPositive(step.seconds, step.name);
		for (const phase of report.phases) expect(phase.seconds, phase.name).toBeGreaterThanOrEqual(0);
		expectPositive(report.phases.find((phase) => phase.name === 'page generation')?.seconds, 'page generation');

		for (const field of ['htmlPages', 'onePagers', 'countryPages', 'files', 'bytes'] as const)
			expectPositive(report.output[field], `output.${field}`);
		expect(report.output.countryPages).toBe(2 * 246);
		expect(report.offerPage.page).toMatch(/offers\/[a-z0-9-]+\/index\.html$/);
		for (const field of ['htmlBytes', 'htmlGzipBytes', 'cssGzipBytes', 'totalGzipBytes'] as const) {
			expectPositive(report.offerPage[field], `offerPage.${field}`);
		}
		// Every target of the issue; at 20 offers only the offer page weight applies.
		expect(report.targets.map((target) => target.id)).toEqual(TARGETS.map((target) => target.id));
		for (const target of report.targets) {
			expect(target.status, target.id).toBe(target.offers === null ? (target.value < target.limit ? 'met' : 'missed') : 'not applicable');
			expect(target.value, target.id).toBeGreaterThan(0);
		}

		// The table shows the same figures.
		for (const label of [
			'validate',
			'full build',
			'bare Astro',
			'Hugo',
			'Phases of the full build, beside those of the bare-Astro floor',
			'Largest offer page',
			'Output of the full build',
			'Targets',
		]) {
			expect(result.stdout).toContain(label);
		}
		expect(result.stdout.match(/^ {4}[✓✗–] /gm)).toHaveLength(TARGETS.length);
		expect(result.stdout).toContain(`${report.output.files.toLocaleString('en-US')} files`);
	});

	it("builds the floor from the kit's MDX files: each offer in its own language, and in the other from its translation or again from index.mdx", () => {
		if (!kept) throw new Error('the benchmark kept no folder');
		const offersDir = join(kept, 'content/offers');
		const floor = join(kept, 'bare-astro/dist');
		const slugs = readdirSync(offersDir);
		expect(slugs).toHaveLength(OFFERS);
		const seen = { translated: 0, untranslated: 0 };
		for (const slug of slugs) {
			const files = readdirSync(join(offersDir, slug));
			const own = /^lang: (\S+)$/m.exec(readFileSync(join(offersDir, slug, 'index.mdx'), 'utf8'))?.[1] ?? 'en';
			const original = title(readFileSync(join(floor, own === 'en' ? '' : own, 'offers', slug, 'index.html'), 'utf8'));
			expect(original, slug).toBeTruthy();
			const other = own === 'en' ? 'zh-cn' : 'en';
			const page = readFileSync(join(floor, other === 'en' ? '' : other, 'offers', slug, 'index.html'), 'utf8');
			expect(page, slug).toContain(`<html lang="${other}">`);
			if (files.includes(`index.${other}.mdx`)) {
				seen.translated++;
				expect(title(page), slug).not.toBe(original);
			} else {
				seen.untranslated++;
				expect(title(page), slug).toBe(original);
			}
		}
		expect(seen.translated).toBeGreaterThan(0);
		expect(seen.untranslated).toBeGreaterThan(0);
	});
});

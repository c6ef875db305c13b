import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run.ts';

const outDirs: string[] = [];
afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `astro build` as `npm run build` does, into a fresh folder. */
function build(content?: string) {
	const outDir = mkdtempSync(join(tmpdir(), 'sales-kit-build-'));
	outDirs.push(outDir);
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
	if (content) env.SALES_KIT_CONTENT = content;
	else delete env.SALES_KIT_CONTENT;
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
	});
	return { ...result, output: `${result.stdout}${result.stderr}`, outDir };
}

describe('astro build', () => {
	it('builds the example kit: a page per offer', () => {
		const result = build();
		expect(result.output).not.toContain('[ERROR]');
		expect(result.status).toBe(0);
		for (const slug of [
			'contoso-retail-insights',
			'fabrikam-managed-field-service',
			'xingqiao-teams-hybrid-work',
			'adventure-works-fieldpad-x10',
		]) {
			const page = join(result.outDir, 'offers', slug, 'index.html');
			expect(existsSync(page), page).toBe(true);
		}
		const catalog = readFileSync(join(result.outDir, 'index.html'), 'utf8');
		expect(catalog).toContain('Contoso Retail Insights');
	});

	it('fails on invalid content, naming every file, line and field', () => {
		const result = build('tests/fixtures/broken-kit');
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('The content has 36 errors, listed above with file, line and field.');
		expect(result.output).toContain(
			'tests/fixtures/broken-kit/offers/litware-hub/index.mdx:5:1 error solutionType unknown solution type "Services". Did you mean "Service"?',
		);
		expect(result.output).toContain(
			'tests/fixtures/broken-kit/offers/litware-hub/contacts.csv:9:2 error Email repeats the contact of row 3',
		);
		expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
	});

	it('honours SALES_KIT_CONTENT', () => {
		const result = build('tests/fixtures/valid-kit');
		expect(result.status).toBe(0);
		expect(readFileSync(join(result.outDir, 'offers/woodgrove-ledger/index.html'), 'utf8')).toContain('Woodgrove Ledger');
		expect(existsSync(join(result.outDir, 'offers/contoso-retail-insights'))).toBe(false);
	});
});

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const outDirs: string[] = [];
afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

function build(content?: string) {
	const result = buildSite({ content });
	outDirs.push(result.outDir);
	return result;
}

describe('astro build', () => {
	it('builds the example kit: a page per offer', () => {
		const result = inject('exampleSite');
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

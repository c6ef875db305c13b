// The build's log: phases and a summary for people, every route only when asked for.
import { readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const outDirs: string[] = [];
afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');
const lines = (output: string) => plain(output).trimEnd().split('\n');
const ROUTE_LINE = /^\d\d:\d\d:\d\d {3}├─ \//;

describe('the build log', () => {
	it('gives the example kit phases and a summary in at most 60 lines, without warnings', () => {
		const site = inject('exampleSite');
		expect(site.status, site.output).toBe(0);
		const output = plain(site.output);
		const log = lines(output);
		expect(log.length, output).toBeLessThanOrEqual(60);
		expect(output).not.toContain('├─');
		expect(output).not.toContain('[WARN]');
		for (const phase of [
			'[content] Synced content',
			'[build] Building static entrypoints...',
			'generating static routes',
			'[build] Complete!',
		]) {
			expect(output).toContain(phase);
		}
		const pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
		expect(output).toMatch(new RegExp(`\\[sales-kit\\] Built ${pages} pages and 8 one-pagers in \\d+\\.\\d s, 0 warnings\\n`));
		// The example's deliberate readiness gaps are the offer's status, counted on one line.
		expect(output).toContain(
			'[sales-kit] Co-sell readiness: 3 gaps in 1 offer (adventure-works-fieldpad-x10), shown on the readiness page; `npm run validate` lists them',
		);
	});

	it('lists every route, one a line, with SALES_KIT_VERBOSE=1', () => {
		const built = buildSite({ env: { SALES_KIT_VERBOSE: '1' } });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		const routes = lines(built.output).filter((line) => ROUTE_LINE.test(line));
		const files = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' });
		const pages = files.filter((file) => file.endsWith('.html')).length;
		expect(routes.length).toBeGreaterThan(pages);
		expect(routes).toContain(routes.find((line) => line.endsWith('├─ /offers/contoso-retail-insights/index.html')));
		expect(lines(built.output).filter((line) => line.includes('├─') && !ROUTE_LINE.test(line))).toEqual([]);
	});

	it('counts and shows the warnings of a kit that has some', () => {
		const built = buildSite({ content: 'tests/fixtures/long-one-pager' });
		outDirs.push(built.outDir);
		expect(built.status, built.output).toBe(0);
		const warnings = lines(built.output).filter((line) => line.includes('[WARN]')).length;
		expect(warnings).toBeGreaterThan(0);
		expect(plain(built.output)).toMatch(new RegExp(`Built \\d+ pages and \\d+ one-pagers in \\d+\\.\\d s, ${warnings} warnings?\\n`));
	});
});

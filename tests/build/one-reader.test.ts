// The promise to users: `npm run validate` passes exactly when the build succeeds, on every
// fixture kit, the example kit and every hostile kit; and a build of hostile content runs
// nothing, leaks nothing and deletes nothing.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { EDGE_CASES, HOSTILE_CASES, makeHostileKit, PDF_INJECTION_URL, PWNED_FILE, SECRET_VALUE } from '../helpers/hostile-kits.ts';
import { linkActions, pdfNames } from '../helpers/pdf-tools.ts';
import { ROOT, runCommand } from '../helpers/run.ts';

const cleanup: string[] = [];
afterAll(() => {
	for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
}

/** validate's and the build's exit status on one kit, and the build's output folder and log. */
function validateAndBuild(content: string) {
	const validate = runCommand('validate', [], { content });
	const build = buildSite({
		content,
		env: { SALES_KIT_TEST_SECRET: SECRET_VALUE },
		prepare: (outDir) => writeFileSync(join(outDir, 'marker.txt'), 'kept'),
	});
	cleanup.push(build.outDir);
	return { validate, build };
}

const FIXTURE_KITS = [
	'content',
	...['bad-taxonomy', 'broken-kit', 'custom-taxonomy', 'long-one-pager', 'odd-document-names', 'readiness-gaps', 'valid-kit'].map(
		(name) => `tests/fixtures/${name}`,
	),
];

describe('validate passes exactly when the build succeeds', () => {
	it.each(FIXTURE_KITS)('%s', (kit) => {
		const { validate, build } = validateAndBuild(kit);
		expect(build.status === 0, `validate ${validate.status}, build ${build.status}\n${validate.stdout}${build.output}`).toBe(
			validate.status === 0,
		);
	});
});

describe('odd but valid content', () => {
	it.each(EDGE_CASES.map((edge) => [edge.name, edge] as const))('%s: validates, builds and shows as written', (_name, edge) => {
		const kit = makeHostileKit({ ...edge, errors: [] });
		cleanup.push(kit);
		const { validate, build } = validateAndBuild(kit);
		expect(validate.status, validate.stdout).toBe(0);
		expect(build.status, build.output).toBe(0);
		const page = readFileSync(join(build.outDir, 'offers/woodgrove-ledger/index.html'), 'utf8');
		for (const shown of edge.shows) expect(page).toContain(shown);
		expect(existsSync(join(build.outDir, 'offers/woodgrove-ledger/documents/architecture.png'))).toBe(true);
		for (const pdf of ['offers/woodgrove-ledger/one-pager.pdf', 'zh-cn/offers/woodgrove-ledger/one-pager.pdf']) {
			const file = join(build.outDir, pdf);
			// qpdf reads the structure: the landing page stays one link, however it is written.
			expect(
				[...pdfNames(file)].filter((name) => /JavaScript|^\/JS$|Launch/.test(name)),
				pdf,
			).toEqual([]);
			expect(
				linkActions(file).filter((action) => action.type !== '/URI'),
				pdf,
			).toEqual([]);
			if (edge.name === 'pdf-injection') expect(linkActions(file)).toContainEqual({ type: '/URI', uri: new URL(PDF_INJECTION_URL).href });
		}
	});
});

describe('a build of hostile content', () => {
	it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))(
		'%s: fails like validate, and nothing ran',
		(_name, hostile) => {
			rmSync(PWNED_FILE, { force: true });
			const kit = makeHostileKit(hostile);
			cleanup.push(kit);
			const { validate, build } = validateAndBuild(kit);
			expect(validate.status).toBe(1);
			expect(build.status, build.output).toBe(1);
			expect(build.output).not.toMatch(/\n\s+at /); // no stack trace
			expect(build.output).not.toContain('Stack trace');
			for (const expected of hostile.errors) {
				expect(build.output).toContain(`${relative(ROOT, join(kit, expected.file))}:${expected.line}:`);
			}
			expect(existsSync(PWNED_FILE), 'a body ran code').toBe(false);
			// Nothing written, nothing deleted: the build stopped before Astro emptied its output folder.
			expect(filesUnder(build.outDir)).toEqual(['marker.txt']);
		},
	);

	it('never publishes an environment value', () => {
		const { build } = validateAndBuild('content');
		expect(build.status).toBe(0);
		for (const file of filesUnder(build.outDir)) {
			expect(readFileSync(join(build.outDir, file)).includes(SECRET_VALUE), file).toBe(false);
		}
	});
});

// Builds that cannot destroy or mix: an output folder Astro must not empty is refused before
// anything is deleted, and two builds at once in one checkout never mix their kits.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processStart } from '../../src/loading/processes.ts';
import { buildSite, startBuild } from '../helpers/build-site.ts';
import { ROOT, userEnvironment } from '../helpers/run.ts';

const VALID_KIT = join(ROOT, 'tests/fixtures/valid-kit');
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
	const dir = mkdtempSync(join(tmpdir(), 'build-safety-'));
	made.push(dir);
	return dir;
}

/** `astro sync` in the project, as `astro check` runs it first. */
function astroSync(): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
		cwd: ROOT,
		env: userEnvironment(),
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under `dir` with its bytes, to compare before and after. */
function snapshot(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(
		files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'base64')]),
	);
}

describe('a build into a folder Astro must not empty', () => {
	const work = scratch();
	const content = join(work, 'kit');
	cpSync(VALID_KIT, content, { recursive: true });
	symlinkSync(content, join(work, 'link-to-kit'));
	const before = snapshot(content);

	it.each([
		[content, `Refusing to build into ${content}: the output folder is the content folder ${content}.`],
		[work, `Refusing to build into ${work}: the output folder holds the content folder ${content}.`],
		[join(content, 'offers'), `the output folder lies inside the content folder ${content}.`],
		[join(work, 'link-to-kit'), `Refusing to build into ${join(work, 'link-to-kit')}: the output folder is the content folder ${content}.`],
		['.', 'Refusing to build into .: the output folder is the project folder .'],
		['templates', "Refusing to build into templates: the output folder is the project's folder templates."],
		['src/pages', "Refusing to build into src/pages: the output folder lies inside the project's source folder src."],
	])('--outDir %s fails with exit 1, says why, and deletes nothing', (outDir, message) => {
		expect(before.size).toBeGreaterThan(3);
		const templatesBefore = snapshot(join(ROOT, 'templates'));
		const result = buildSite({ content, outDir });
		expect(result.status, result.output).toBe(1);
		expect(result.output).toContain(message);
		expect(result.output).toContain('Astro empties the output folder before it writes the site');
		expect(result.output).toContain('--outDir dist/my-kit');
		expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
		expect(snapshot(content)).toEqual(before);
		expect(snapshot(join(ROOT, 'templates'))).toEqual(templatesBefore);
		expect(existsSync(join(ROOT, 'src/pages/offers/[slug]/contacts.csv.ts'))).toBe(true);
	});
});

describe('two builds at once in one checkout', () => {
	it('never mix: each site holds its own kit only, or the second stops before touching its output folder', async () => {
		const work = scratch();
		// Two kits: the valid kit, and a copy whose offer has another slug.
		const kits = [
			{ content: VALID_KIT, slug: 'woodgrove-ledger', outDir: join(work, 'site-a') },
			{ content: join(work, 'kit-b'), slug: 'woodgrove-ledger-b', outDir: join(work, 'site-b') },
		];
		cpSync(VALID_KIT, join(work, 'kit-b'), { recursive: true });
		renameSync(join(work, 'kit-b/offers/woodgrove-ledger'), join(work, 'kit-b/offers/woodgrove-ledger-b'));
		for (const kit of kits) {
			mkdirSync(kit.outDir);
			writeFileSync(join(kit.outDir, 'marker.txt'), 'left by the test');
		}
		const results = await Promise.all(kits.map((kit) => startBuild({ content: kit.content, outDir: kit.outDir })));
		let built = 0;
		for (const [index, result] of results.entries()) {
			const kit = kits[index] as (typeof kits)[number];
			const other = kits[1 - index] as (typeof kits)[number];
			if (result.status === 0) {
				built++;
				for (const prefix of ['', 'zh-cn']) {
					expect(readdirSync(join(kit.outDir, prefix, 'offers')), `${kit.slug} ${prefix}`).toEqual([kit.slug]);
				}
				expect(readFileSync(join(kit.outDir, 'index.html'), 'utf8')).not.toContain(`/offers/${other.slug}/`);
				expect(existsSync(join(kit.outDir, 'offers', kit.slug, 'one-pager.pdf'))).toBe(true);
			} else {
				expect(result.status, result.output).toBe(1);
				expect(result.output).toMatch(/another build of this project is running \(pid \d+, `astro build` since /);
				expect(result.output).toContain('Wait for it to finish');
				expect(readdirSync(kit.outDir)).toEqual(['marker.txt']);
			}
		}
		expect(built).toBeGreaterThan(0);
		// The lock went with the build that held it.
		expect(existsSync(join(ROOT, 'node_modules/.astro/sales-kit/build.lock'))).toBe(false);
	});

	it('stops while a live build holds the lock, and takes over the lock of a dead one', () => {
		const lock = join(ROOT, 'node_modules/.astro/sales-kit/build.lock');
		const outDir = join(scratch(), 'site');
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'marker.txt'), 'left by the test');
		const owner = { startedAt: '2026-12-04T07:00:00.000Z', command: 'astro build', contentDir: join(ROOT, 'content') };
		mkdirSync(dirname(lock), { recursive: true });
		try {
			// This test's own process stands for the running build.
			writeFileSync(lock, JSON.stringify({ ...owner, pid: process.pid, processStart: processStart(process.pid) }));
			const refused = buildSite({ content: VALID_KIT, outDir });
			expect(refused.status, refused.output).toBe(1);
			expect(refused.output).toContain(
				`Not building: another build of this project is running (pid ${process.pid}, \`astro build\` since 2026-12-04T07:00:00.000Z, content folder content)`,
			);
			expect(refused.output).toContain('If no build is running, delete node_modules/.astro/sales-kit/build.lock');
			expect(refused.output).not.toMatch(/\n\s+at /);
			// `astro sync` (and `astro check`) writes the same data store: it waits its turn too.
			const sync = astroSync();
			expect(sync.status, sync.output).toBe(1);
			expect(sync.output).toContain(`another build of this project is running (pid ${process.pid}`);
			expect(readdirSync(outDir)).toEqual(['marker.txt']);
			// A pid no process has: the build that held it died without removing it.
			writeFileSync(lock, JSON.stringify({ ...owner, pid: 2 ** 22 + 1 }));
			const built = buildSite({ content: VALID_KIT, outDir });
			expect(built.status, built.output).toBe(0);
			expect(readdirSync(join(outDir, 'offers'))).toEqual(['woodgrove-ledger']);
			expect(existsSync(lock)).toBe(false);
			// A sync takes the lock while it syncs, and leaves none behind.
			expect(astroSync().status).toBe(0);
			expect(existsSync(lock)).toBe(false);
		} finally {
			rmSync(lock, { force: true });
		}
	});
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearPreviousSite } from '../../src/integration/previous-site.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project() {
	const root = mkdtempSync(join(tmpdir(), 'previous-site-'));
	dirs.push(root);
	const outDir = join(root, 'dist');
	mkdirSync(join(outDir, 'offers/x'), { recursive: true });
	writeFileSync(join(outDir, 'offers/x/index.html'), 'old page');
	return { root, outDir, cacheDir: join(root, 'cache') };
}

describe('clearing the previous site', () => {
	it('moves it out of the output folder at once and deletes it in the background', async () => {
		const { outDir, cacheDir } = project();
		const deleted = clearPreviousSite(outDir, cacheDir);
		expect(existsSync(join(outDir, 'offers/x/index.html'))).toBe(false);
		await deleted;
		expect(readdirSync(join(cacheDir, 'previous-sites'))).toEqual([]);
	});

	it('deletes what an interrupted build left', async () => {
		const { outDir, cacheDir } = project();
		mkdirSync(join(cacheDir, 'previous-sites/1-1/offers'), { recursive: true });
		await clearPreviousSite(outDir, cacheDir);
		expect(readdirSync(join(cacheDir, 'previous-sites'))).toEqual([]);
	});

	it('leaves an output folder that is a symbolic link, and its target, to Astro', async () => {
		const { root, outDir, cacheDir } = project();
		const link = join(root, 'site-link');
		symlinkSync(outDir, link);
		await clearPreviousSite(link, cacheDir);
		expect(readFileSync(join(link, 'offers/x/index.html'), 'utf8')).toBe('old page');
	});

	it('leaves an empty output folder where it is', async () => {
		const { root, cacheDir } = project();
		const empty = join(root, 'empty');
		mkdirSync(empty);
		await clearPreviousSite(empty, cacheDir);
		expect(readdirSync(empty)).toEqual([]);
	});

	it('does nothing without a previous site', async () => {
		const { root, cacheDir } = project();
		await clearPreviousSite(join(root, 'none'), cacheDir);
		expect(existsSync(join(root, 'none'))).toBe(false);
	});
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSalesKitCacheDir, loadSalesKitConfig } from '../../src/loading/kit-config.ts';
import { ROOT } from '../helpers/run.ts';

const folders: string[] = [];
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const project = (config?: string) => {
	const dir = mkdtempSync(join(tmpdir(), 'kit-config-'));
	folders.push(dir);
	if (config) writeFileSync(join(dir, 'astro.config.mjs'), config);
	return dir;
};

describe('the kit settings the commands read', () => {
	it("are this project's salesKit() options", async () => {
		expect((await loadSalesKitConfig(ROOT)).defaultLocale).toBe('en');
	});

	it("put the build cache inside Astro's cache folder, wherever astro.config.mjs moves it", async () => {
		expect(await loadSalesKitCacheDir(ROOT)).toBe(join(ROOT, 'node_modules/.astro/sales-kit/'));
		expect(await loadSalesKitCacheDir(project())).toMatch(/kit-config-\w+\/node_modules\/\.astro\/sales-kit\/$/);
		const moved = project("export default { cacheDir: './.cache/astro' };\n");
		expect(await loadSalesKitCacheDir(moved)).toBe(join(moved, '.cache/astro/sales-kit/'));
	});
});

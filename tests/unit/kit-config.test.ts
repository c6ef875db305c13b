import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ASTRO_CONFIG_FILES, findAstroConfig, loadSalesKitCacheDir, loadSalesKitConfig } from '../../src/loading/kit-config.ts';
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

/** A config file naming the kit `siteName`, in the syntax its extension calls for. */
function configNamed(file: string, siteName: string): string {
	const integration = pathToFileURL(join(ROOT, 'src/integration/index.ts')).href;
	if (file.endsWith('ts')) {
		// Types Node strips, as a TypeScript config file would hold them.
		return [
			"import type { AstroUserConfig } from 'astro';",
			`import salesKit from '${integration}';`,
			'const cacheDir: string = "./.cache/astro";',
			`const config: AstroUserConfig = { cacheDir, integrations: [[salesKit({ siteName: ${JSON.stringify(siteName)} as string })]] };`,
			'export default config satisfies AstroUserConfig;',
		].join('\n');
	}
	if (file.endsWith('.cjs')) return `module.exports = { integrations: [] };\n`;
	return `import salesKit from '${integration}';\nexport default { integrations: [salesKit({ siteName: ${JSON.stringify(siteName)} })] };\n`;
}

type ReadOnNode = { siteName?: string; cacheDir?: string; error?: string };

/**
 * The settings of each project as a command reads them, on Node itself (one process for all):
 * vitest would compile a TypeScript config with Vite, where the commands rely on Node stripping
 * its types.
 */
function readOnNode(dirs: string[]): ReadOnNode[] {
	const kitConfig = pathToFileURL(join(ROOT, 'src/loading/kit-config.ts')).href;
	const script = [
		`import { loadSalesKitCacheDir, loadSalesKitConfig } from '${kitConfig}';`,
		'const read = [];',
		`for (const dir of ${JSON.stringify(dirs)}) {`,
		'  try {',
		'    read.push({ siteName: (await loadSalesKitConfig(dir)).siteName, cacheDir: await loadSalesKitCacheDir(dir) });',
		'  } catch (error) { read.push({ error: error.message }); }',
		'}',
		'console.log(JSON.stringify(read));',
	].join('\n');
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
	expect(result.status, result.stderr).toBe(0);
	return JSON.parse(result.stdout);
}

describe('the Astro config file the commands read', () => {
	const withConfigs = (...names: string[]) => {
		const dir = project();
		for (const name of names) writeFileSync(join(dir, name), configNamed(name, name));
		return dir;
	};

	it("is found in Astro's own order: .mjs, .js, .ts, .mts", () => {
		expect(ASTRO_CONFIG_FILES).toEqual(['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts']);
		// The list Astro itself searches, so that a new Astro that changes it fails here.
		const astroSource = readFileSync(join(ROOT, 'node_modules/astro/dist/core/config/config.js'), 'utf8');
		const astroList = /const configPaths = Object\.freeze\(\[([^\]]*)\]\)/.exec(astroSource)?.[1];
		expect(astroList?.match(/"[^"]+"/g)?.map((name) => JSON.parse(name))).toEqual([...ASTRO_CONFIG_FILES]);
	});

	it('is the first of them a project has, read on Node as Astro reads it, TypeScript types stripped', () => {
		const cases = [
			[['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'], 'astro.config.mjs'],
			[['astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'], 'astro.config.js'],
			[['astro.config.ts', 'astro.config.mts', 'astro.config.cts'], 'astro.config.ts'],
			[['astro.config.mts'], 'astro.config.mts'],
		] as const;
		const dirs = cases.map(([names]) => withConfigs(...names));
		const read = readOnNode(dirs);
		for (const [index, [, file]] of cases.entries()) {
			const dir = dirs[index] as string;
			expect(findAstroConfig(dir)).toBe(join(dir, file));
			// The TypeScript configs move the cache folder, through a typed constant.
			const cacheDir = join(dir, file.endsWith('ts') ? '.cache/astro/sales-kit/' : 'node_modules/.astro/sales-kit/');
			expect(read[index]).toEqual({ siteName: file, cacheDir });
		}
	});

	it('finds no .cjs or .cts file, as Astro finds none without --config: the defaults apply', async () => {
		const dir = withConfigs('astro.config.cjs', 'astro.config.cts');
		expect(findAstroConfig(dir)).toBeUndefined();
		expect((await loadSalesKitConfig(dir)).siteName).toBe('Sales kit');
	});

	it('names the file it could not read', () => {
		const dir = project();
		writeFileSync(join(dir, 'astro.config.ts'), 'enum Size { A4 }\nexport default { Size };\n');
		expect(readOnNode([dir])[0]?.error).toContain(`${join(dir, 'astro.config.ts')} could not be read:`);
	});
});

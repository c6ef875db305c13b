import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseSalesKitConfig, type SalesKitConfig, salesKitCacheDir } from './kit-config-schema.ts';

/**
 * The config files Astro looks for in a project, first found wins: Astro 7's own list and order
 * (`configPaths` in astro/dist/core/config/config.js). Astro finds no `.cjs` or `.cts` file
 * unless `--config` names it, so neither do the commands.
 */
export const ASTRO_CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'] as const;

/** The project's Astro config file, as Astro finds it; undefined when it has none. */
export function findAstroConfig(root = process.cwd()): string | undefined {
	return ASTRO_CONFIG_FILES.map((name) => join(root, name)).find((file) => existsSync(file));
}

interface AstroUserConfigLike {
	integrations?: unknown[];
	cacheDir?: string | URL;
}

/**
 * The project's Astro config: its file's default export, imported as Astro imports a JavaScript
 * one. Node (24) strips the types of a TypeScript one, where Astro compiles it with Vite: the same
 * settings, as long as the file uses only erasable TypeScript (no enums or namespaces).
 */
async function loadAstroConfig(root: string): Promise<AstroUserConfigLike> {
	const file = findAstroConfig(root);
	if (!file) return {};
	try {
		const module = (await import(pathToFileURL(file).href)) as { default?: AstroUserConfigLike };
		return module.default ?? {};
	} catch (error) {
		throw new Error(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
	}
}

/**
 * The kit's settings as the commands see them: the options of `salesKit()` in the project's
 * Astro config file (see `findAstroConfig`), validated; the defaults when the project has none.
 */
export async function loadSalesKitConfig(root = process.cwd()): Promise<SalesKitConfig> {
	const { integrations = [] } = await loadAstroConfig(root);
	// Astro accepts nested arrays and falsy entries in `integrations`.
	const integration = integrations
		.flat(Number.POSITIVE_INFINITY)
		.find(
			(candidate): candidate is { name: string; config: SalesKitConfig } =>
				typeof candidate === 'object' && candidate !== null && (candidate as { name?: unknown }).name === 'sales-kit',
		);
	return integration?.config ?? parseSalesKitConfig({});
}

/**
 * The folder where builds keep what the next build reuses (the one-pagers): inside Astro's
 * `cacheDir` as the project's Astro config sets it (default `node_modules/.astro/`).
 */
export async function loadSalesKitCacheDir(root = process.cwd()): Promise<string> {
	const rootUrl = pathToFileURL(join(root, '/'));
	const { cacheDir } = await loadAstroConfig(root);
	const astroCacheDir = new URL(cacheDir ?? './node_modules/.astro/', rootUrl);
	return fileURLToPath(salesKitCacheDir(new URL(astroCacheDir.href.endsWith('/') ? astroCacheDir : `${astroCacheDir.href}/`)));
}

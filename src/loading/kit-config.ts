import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type SalesKitConfig, salesKitCacheDir } from '../integration/config.ts';
import { parseSalesKitConfig } from '../integration/index.ts';

/**
 * The kit's settings as the commands see them: the options of `salesKit()` in the project's
 * astro.config.mjs, validated; the defaults when the project has none.
 */
export async function loadSalesKitConfig(root = process.cwd()): Promise<SalesKitConfig> {
	const file = join(root, 'astro.config.mjs');
	if (!existsSync(file)) return parseSalesKitConfig({});
	const module = (await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } };
	const integration = module.default?.integrations?.find(
		(candidate): candidate is { name: string; config: SalesKitConfig } =>
			typeof candidate === 'object' && candidate !== null && (candidate as { name?: unknown }).name === 'sales-kit',
	);
	return integration?.config ?? parseSalesKitConfig({});
}

/**
 * The folder where builds keep what the next build reuses (the one-pagers): inside Astro's
 * `cacheDir` as astro.config.mjs sets it (default `node_modules/.astro/`).
 */
export async function loadSalesKitCacheDir(root = process.cwd()): Promise<string> {
	const rootUrl = pathToFileURL(join(root, '/'));
	const file = join(root, 'astro.config.mjs');
	const module = existsSync(file) ? ((await import(pathToFileURL(file).href)) as { default?: { cacheDir?: string | URL } }) : {};
	const astroCacheDir = new URL(module.default?.cacheDir ?? './node_modules/.astro/', rootUrl);
	return fileURLToPath(salesKitCacheDir(new URL(astroCacheDir.href.endsWith('/') ? astroCacheDir : `${astroCacheDir.href}/`)));
}

// The `salesKit()` Astro integration: validates the kit's settings, hands them to the pages as
// `virtual:sales-kit/config` (and the brand colours as `virtual:sales-kit/brand.css`), turns on
// the pages' Content-Security-Policy (csp.ts), and runs the build steps: those that need only the
// content while Astro renders the pages, the others (and the search index) after them. In
// `npm run dev` it serves the one-pagers (made on request, dev-one-pagers.ts) and the documents
// (dev-documents.ts) instead.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { parseSalesKitConfig, type SalesKitConfig, type SalesKitUserConfig, salesKitCacheDir } from '../loading/kit-config-schema.ts';
import { kitSiteAddress, kitSiteBaseWarning } from '../loading/kit-site.ts';
import { forgetSharedKits } from '../loading/shared-kit.ts';
import { brandCss } from '../site/colour.ts';
import { lockBuild, refuseDangerousOutDir } from './build-guards.ts';
import type { HeldLock } from './build-lock.ts';
import { buildLogTally } from './build-log.ts';
import { BUILD_STEPS, type BuildStep, type BuildStepReport, onePagerStep } from './build-steps.ts';
import { cspUpdate } from './csp.ts';
import { devDocuments } from './dev-documents.ts';
import { devOnePagers } from './dev-one-pagers.ts';
import { documentsStep } from './documents-step.ts';
import { clearPreviousSite } from './previous-site.ts';
import { SearchIndex } from './search-index.ts';

const VIRTUAL_CONFIG = 'virtual:sales-kit/config';
/** The brand colours as CSS custom properties: a stylesheet, as the CSP allows no style attribute. */
const VIRTUAL_BRAND_CSS = 'virtual:sales-kit/brand.css';

/**
 * Build steps that read only the content, not the pages: they start as soon as Astro has emptied
 * the output folder, and run (the one-pagers in worker processes) while Astro bundles and renders
 * the pages on its one core, instead of after them: until the pages are written, the one-pagers
 * leave Astro that core (one worker fewer than the cores). The build still waits for them before
 * the search index, and fails if they fail.
 */
const ALONGSIDE_PAGES: ReadonlySet<BuildStep> = new Set([documentsStep, onePagerStep]);

/** Astro's `build.concurrency` unless astro.config.mjs sets another than its default of 1. */
const PAGES_AT_A_TIME = 4;

export default function salesKit(options: SalesKitUserConfig = {}): AstroIntegration & { config: SalesKitConfig } {
	const config = parseSalesKitConfig(options);
	const virtualModules = new Map([
		[VIRTUAL_CONFIG, `export default ${JSON.stringify(config)};`],
		[VIRTUAL_BRAND_CSS, brandCss(config.brandColor)],
	]);
	/** The settings the build steps and the dev server use: `config`, with the kit's address from Astro's `site` when it has none of its own. */
	let settings = config;
	let outDir: string | undefined;
	/** Where build steps keep what the next build can reuse: a folder of Astro's cache. */
	let cacheDir: string | undefined;
	/** Astro's `base`: the dev server's one-pagers live under it. */
	let base = '/';
	/** The steps started alongside the pages: settles with their reports, or their error. */
	let alongside: Promise<{ reports: BuildStepReport[] } | { error: unknown }> | undefined;
	/** Tells those steps that Astro has written the pages. */
	let pagesWritten: PromiseWithResolvers<void> | undefined;
	/** When the build started, and the warnings logged until then, for its summary. */
	let started = { time: performance.now(), warnings: 0 };
	/** The previous site's deletion, in the background (previous-site.ts). */
	let clearing: Promise<void> | undefined;
	/** The search index, fed each page as Astro renders it (search-index.ts). */
	let searchIndex: SearchIndex | undefined;
	/** This build's hold on the project's cache folder: one build at a time (build-guards.ts). */
	let lock: HeldLock | undefined;
	return {
		name: 'sales-kit',
		config,
		hooks: {
			'astro:config:setup': ({ updateConfig, injectRoute, config: astroConfig, command, logger }) => {
				started = { time: performance.now(), warnings: buildLogTally()?.warnings ?? 0 };
				// Before Astro empties the output folder or writes its cache folder: a folder it must
				// not empty, or another build running, stops the build here with nothing changed.
				if (command === 'build') refuseDangerousOutDir(astroConfig);
				if (command === 'build' || command === 'sync') lock = lockBuild(astroConfig, command);
				// Before this build's content loaders run: a kit read by an earlier build in this process is stale.
				forgetSharedKits();
				if (config.logo && !existsSync(new URL(`.${config.logo}`, astroConfig.publicDir))) {
					throw new AstroError(
						`The logo ${config.logo} of salesKit() is not in public/.`,
						`Add the file as public${config.logo}, or change \`logo\` in astro.config.mjs (a path from the site root, e.g. "/logo.svg").`,
					);
				}
				// Private by default: a robots.txt that disallows everything (and `noindex` on every page).
				if (!config.indexable)
					injectRoute({ pattern: '/robots.txt', entrypoint: new URL('./robots-txt.ts', import.meta.url), prerender: true });
				const csp = cspUpdate(astroConfig.security.csp);
				for (const warning of csp.warnings) logger.warn(warning);
				updateConfig({
					// The Content-Security-Policy of every page (see csp.ts).
					security: { csp: csp.csp },
					// Several pages at a time: while one waits for the disk (a document copied, a page
					// written), Astro renders the next. Measured on 1,000 offers: page generation 37 s → 29 s.
					...(astroConfig.build.concurrency === 1 ? { build: { concurrency: PAGES_AT_A_TIME } } : {}),
					vite: {
						plugins: [
							{
								name: 'sales-kit-config',
								resolveId: (id) => (virtualModules.has(id) ? `\0${id}` : undefined),
								load: (id) => (id.startsWith('\0') ? virtualModules.get(id.slice(1)) : undefined),
							},
							// `astro sync` (and `astro check`) writes the data store through a Vite server of its
							// own, closed once the content is synced: the lock goes then, not after the type check.
							...(command === 'sync' ? [{ name: 'sales-kit-sync-lock', closeBundle: () => lock?.release() }] : []),
						],
					},
				});
			},
			'astro:config:done': ({ config: astroConfig, logger }) => {
				outDir = fileURLToPath(astroConfig.outDir);
				cacheDir = fileURLToPath(salesKitCacheDir(astroConfig.cacheDir));
				base = astroConfig.base;
				// `site` is the home page's address, base path included: one served elsewhere makes QR codes that miss.
				const warning = config.site && kitSiteBaseWarning(config.site, base);
				if (warning) logger.warn(warning);
				// Without salesKit({ site }), the address Astro builds the site for (`site` and `base`, as
				// the deploy workflow's --site and --base give them), if it is an https one.
				const astroSite = astroConfig.site && kitSiteAddress(astroConfig.site, base);
				if (!config.site && astroSite) settings = { ...config, site: astroSite };
			},
			// `npm run dev`: the one-pagers, made on request, and the documents (the build writes both in build steps).
			'astro:server:setup': ({ server, logger }) => {
				if (cacheDir) server.middlewares.use(devOnePagers({ base, config: settings, cacheDir, logger }));
				server.middlewares.use(devDocuments({ base, config: settings }));
			},
			'astro:build:start': ({ setPrerenderer }) => {
				// After the content was read and checked (a build that fails there leaves the previous
				// site as it was), just before Astro would empty the output folder.
				if (outDir && cacheDir) clearing = clearPreviousSite(outDir, cacheDir);
				const index = new SearchIndex(base, settings.defaultLocale);
				searchIndex = index;
				setPrerenderer((astro) => index.wrap(astro));
			},
			// Astro empties the output folder before this hook (once per environment it builds).
			'astro:build:setup': ({ logger }) => {
				if (alongside || !outDir) return;
				pagesWritten = Promise.withResolvers<void>();
				const context = { outDir, cacheDir, config: settings, logger, pagesWritten: pagesWritten.promise };
				const steps = BUILD_STEPS.filter((step) => ALONGSIDE_PAGES.has(step));
				// At the same time: the documents are copies (the disk's work), the one-pagers the workers'.
				alongside = Promise.all(steps.map(async (step) => (await step(context)) ?? {})).then(
					(reports) => ({ reports }),
					(error: unknown) => ({ error: error ?? new Error('a build step failed') }),
				);
			},
			'astro:build:done': async ({ dir, pages: written, logger }) => {
				pagesWritten?.resolve();
				const context = { outDir: fileURLToPath(dir), cacheDir, config: settings, logger };
				const done = await alongside;
				if (done && 'error' in done) throw done.error;
				const reports = [...(done?.reports ?? [])];
				const after = BUILD_STEPS.filter((step) => !alongside || !ALONGSIDE_PAGES.has(step));
				for (const step of after) reports.push((await step(context)) ?? {});
				if (searchIndex) {
					const indexStarted = performance.now();
					const indexed = await searchIndex.write(context.outDir);
					logger.info(
						`Pagefind indexed ${indexed} pages (${((performance.now() - indexStarted) / 1000).toFixed(1)} s after the last page)`,
					);
				}
				logger.info(buildSummary(written.length, reports, started));
				await clearing;
				// A failed build keeps the lock until its process exits.
				lock?.release();
			},
		},
	};
}

/**
 * The build's last line: what it made, how long it took since `started`, and how many warnings
 * the log has shown since (when the project logs through build-log.ts, which counts them).
 */
function buildSummary(pages: number, reports: readonly BuildStepReport[], started: { time: number; warnings: number }): string {
	const onePagers = reports.reduce((sum, report) => sum + (report.onePagers ?? 0), 0);
	const logged = buildLogTally()?.warnings;
	const warnings = logged === undefined ? undefined : logged - started.warnings;
	const counted = warnings === undefined ? '' : `, ${warnings} warning${warnings === 1 ? '' : 's'}`;
	return `Built ${pages} pages and ${onePagers} one-pagers in ${((performance.now() - started.time) / 1000).toFixed(1)} s${counted}`;
}

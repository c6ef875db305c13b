import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { resolveContentDir } from '../loading/content-dir.ts';
import type { SalesKitConfig } from '../loading/kit-config-schema.ts';
import { sharedKit } from '../loading/shared-kit.ts';
import { offerPageAddresses } from '../site/routing.ts';
import { documentsStep } from './documents-step.ts';

export interface BuildStepContext {
	/** The folder Astro wrote the site to (`dist/` or `--outDir`). */
	outDir: string;
	/** A folder for what the next build may reuse (inside Astro's cache folder); none, nothing is kept. */
	cacheDir?: string;
	config: SalesKitConfig;
	logger: AstroIntegrationLogger;
	/** For a step that runs alongside the pages: settles once Astro has written them. */
	pagesWritten?: Promise<void>;
}

/** What a step made, for the build's summary. */
export interface BuildStepReport {
	onePagers?: number;
}

/** A step that runs after Astro has written the pages; a thrown error fails the build. */
export type BuildStep = (context: BuildStepContext) => Promise<BuildStepReport | undefined>;

/**
 * Every non-draft offer's one-pagers: `offers/<slug>/one-pager.pdf` and
 * `zh-cn/offers/<slug>/one-pager.pdf`. A failure fails the build, naming the offer.
 */
export const onePagerStep: BuildStep = async ({ outDir, cacheDir, config, logger, pagesWritten }) => {
	// Loaded here, not at the top: every command reads astro.config.mjs, and only builds need the PDF engine.
	const { generateOnePagers } = await import('../pdf/generate.ts');
	const started = performance.now();
	const contentDir = resolveContentDir();
	const { files, workers, fromCache } = await generateOnePagers({
		contentDir,
		// The kit the content loaders read and checked in this build, not read a second time.
		kit: await sharedKit(contentDir, { defaultLocale: config.defaultLocale }),
		outDir,
		pageSize: config.pdfPageSize,
		defaultLocale: config.defaultLocale,
		cacheDir: cacheDir && join(cacheDir, 'one-pagers'),
		offerPage: offerPageAddresses(config),
		// Astro renders the pages in this process meanwhile: it keeps a core until they are written.
		...(pagesWritten ? { busyUntil: pagesWritten } : {}),
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const made = files.length - fromCache;
	logger.info(
		`${files.length} one-pager PDFs (${config.pdfPageSize}) in ${seconds} s: ${made} made${workers > 0 ? ` on ${workers} worker processes` : ''}, ${fromCache} unchanged since the last build`,
	);
	const shortened = files.filter((file) => file.cuts > 0);
	if (shortened.length > 0) {
		const named = shortened.slice(0, NAMED_IN_WARNING).map((file) => `${file.slug} ${file.locale}`);
		const more = shortened.length - named.length;
		logger.warn(
			`${shortened.length} one-pager${shortened.length === 1 ? '' : 's'} shorten text that does not fit (${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}): run \`npm run validate\` to see which fields`,
		);
	}
	return { onePagers: files.length };
};

/** Offers a warning names; `npm run validate` lists them all. */
const NAMED_IN_WARNING = 10;

/** The steps, in order: files the pages link to first, the search index last. */
export const BUILD_STEPS: BuildStep[] = [documentsStep, onePagerStep];

import type { AstroIntegrationLogger } from 'astro';
import { resolveContentDir } from '../loading/content-dir.ts';
import type { SalesKitConfig } from './config.ts';

export interface BuildStepContext {
	/** The folder Astro wrote the site to (`dist/` or `--outDir`). */
	outDir: string;
	config: SalesKitConfig;
	logger: AstroIntegrationLogger;
}

/** A step that runs after Astro has written the pages; a thrown error fails the build. */
export type BuildStep = (context: BuildStepContext) => Promise<void>;

/**
 * Every non-draft offer's one-pagers: `offers/<slug>/one-pager.pdf` and
 * `zh-cn/offers/<slug>/one-pager.pdf`. A failure fails the build, naming the offer.
 */
export const onePagerStep: BuildStep = async ({ outDir, config, logger }) => {
	// Loaded here, not at the top: every command reads astro.config.mjs, and only builds need the PDF engine.
	const { generateOnePagers } = await import('../pdf/generate.ts');
	const started = performance.now();
	const { files, workers } = await generateOnePagers({
		contentDir: resolveContentDir(),
		outDir,
		pageSize: config.pdfPageSize,
		defaultLocale: config.defaultLocale,
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	logger.info(
		`${files.length} one-pager PDFs (${config.pdfPageSize}) in ${seconds} s${workers > 0 ? ` on ${workers} worker threads` : ''}`,
	);
	const shortened = files.filter((file) => file.cuts > 0);
	if (shortened.length > 0) {
		logger.warn(
			`${shortened.length} one-pager${shortened.length === 1 ? '' : 's'} shorten text that does not fit (${shortened
				.map((file) => `${file.slug} ${file.locale}`)
				.join(', ')}): run \`npm run validate\` to see which fields`,
		);
	}
};

/** The steps, in order: files the pages link to first, the search index last. */
export const BUILD_STEPS: BuildStep[] = [onePagerStep];

import type { AstroIntegrationLogger } from 'astro';
import type { SalesKitConfig } from './config.ts';

export interface BuildStepContext {
	/** The folder Astro wrote the site to (`dist/` or `--outDir`). */
	outDir: string;
	config: SalesKitConfig;
	logger: AstroIntegrationLogger;
}

/** A step that runs after Astro has written the pages; a thrown error fails the build. */
export type BuildStep = (context: BuildStepContext) => Promise<void>;

/** The steps, in order: files the pages link to first, the search index last. */
export const BUILD_STEPS: BuildStep[] = [];

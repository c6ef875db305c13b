// Full-text search: Pagefind indexes the built pages through its Node API. Only the main content
// of offer and country pages is indexed (`data-pagefind-body`); a failure fails the build.
import { createIndex } from 'pagefind';
import type { BuildStepContext } from './build-steps.ts';

export async function indexWithPagefind({ outDir, logger }: BuildStepContext): Promise<void> {
	const { index, errors } = await createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		logger.info(`Pagefind indexed ${added.page_count} pages`);
	} finally {
		await index.deleteIndex();
	}
}

// Full-text search: Pagefind indexes the built pages through its Node API. Only the main content
// of offer pages, and the titles of the country and global contacts pages, is indexed
// (`data-pagefind-body`); a failure fails the build.
//
// Pagefind reads the pages from a staging folder inside the site, removed afterwards: the pages
// hard-linked, except that fenced parts (src/site/search-skip.ts: marked
// `data-pagefind-ignore="all"` anyway) are cut out of their copy, so that Pagefind does not parse
// the directory's contacts only to ignore them. Handing pages over
// through the Node API instead is several times slower than Pagefind's own directory walk.
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { createIndex } from 'pagefind';
import { withoutFenced } from '../site/search-skip.ts';
import type { BuildStepContext } from './build-steps.ts';

/** The staging folder, inside the site so that hard links work; never published. */
const STAGING = '.pagefind-source';

export async function indexWithPagefind({ outDir, logger }: BuildStepContext): Promise<void> {
	const started = performance.now();
	const staging = join(outDir, STAGING);
	await rm(staging, { recursive: true, force: true });
	const { index, errors } = await createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		await stagePages(outDir, staging);
		const added = await index.addDirectory({ path: staging });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		logger.info(`Pagefind indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	} finally {
		await index.deleteIndex();
		await rm(staging, { recursive: true, force: true });
	}
}

/** Pages read at a time while staging: bounded, as a large kit's directory pages can be large. */
const IN_FLIGHT = 8;

/** Puts every HTML page of the site into `staging`, hard-linked, or copied without its fenced parts. */
async function stagePages(outDir: string, staging: string): Promise<void> {
	const pages = await htmlPages(outDir);
	let next = 0;
	const stageNext = async () => {
		while (next < pages.length) {
			const page = pages[next++] as string;
			const source = join(outDir, page);
			const target = join(staging, page);
			await mkdir(dirname(target), { recursive: true });
			const cut = withoutFenced(await readFile(source));
			if (cut) await writeFile(target, cut);
			else await link(source, target).catch(() => copyFile(source, target));
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, stageNext));
}

/** Every HTML file of the built site, as a path from its root. */
async function htmlPages(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
		.filter((page) => !page.startsWith(`${STAGING}${sep}`) && !page.startsWith(`pagefind${sep}`));
}

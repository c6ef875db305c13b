// The search index as the build feeds it: pages handed over as Astro renders them, one Pagefind
// index per language, written both at once for a small kit and one after the other for a large
// one. Real Pagefind processes; the pages come from a stand-in for Astro's prerenderer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/integration/search-index.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';

const tempFolder = temporaryFolders();

const PAGES: Record<string, string> = {
	'/offers/alpha/': '<main data-pagefind-body><h1>Alpha</h1><p>Contoso inventory forecasting</p></main>',
	'/offers/beta/': '<main data-pagefind-body><h1>Beta</h1><p>Fabrikam field service</p></main>',
	'/zh-cn/offers/alpha/': '<main data-pagefind-body><h1>阿尔法</h1><p>库存预测</p></main>',
	'/zh-cn/offers/beta/': '<main data-pagefind-body><h1>贝塔</h1><p>现场服务</p></main>',
	// No searchable content: left out of both indexes.
	'/contacts/': '<main><h1>Contacts</h1></main>',
};

/** Astro's prerenderer as the index sees it: every path rendered to its page. */
const astro = {
	name: 'stand-in',
	getStaticPaths: async () => [],
	render: async (request: Request) =>
		new Response(`<!doctype html><html lang="en"><body>${PAGES[new URL(request.url).pathname]}</body></html>`, {
			headers: { 'Content-Type': 'text/html' },
		}),
} as unknown as AstroPrerenderer;

async function buildIndex(parallelWriteBytes: number): Promise<{ outDir: string; indexed: number }> {
	const outDir = tempFolder('search-index-');
	const index = new SearchIndex('/', 'en', { parallelWriteBytes });
	const prerenderer = index.wrap(astro);
	// Several pages at a time, as Astro renders them.
	await Promise.all(
		Object.keys(PAGES).map((path) =>
			prerenderer.render(new Request(`http://localhost${path}`), { routeData: { type: 'page' } } as Parameters<
				AstroPrerenderer['render']
			>[1]),
		),
	);
	return { outDir, indexed: await index.write(outDir) };
}

const pageCount = (outDir: string, prefix: string) => {
	const entry = JSON.parse(readFileSync(join(outDir, prefix, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

describe('the search index', () => {
	it.each([
		['both languages at once (a small kit)', Number.POSITIVE_INFINITY],
		['one language after the other (a large kit)', 0],
	])('writes an index per language, %s', async (_, parallelWriteBytes) => {
		const { outDir, indexed } = await buildIndex(parallelWriteBytes);
		expect(indexed).toBe(4);
		expect(pageCount(outDir, '')).toBe(2);
		expect(pageCount(outDir, 'zh-cn')).toBe(2);
	});

	it('writes the same index either way', async () => {
		const together = await buildIndex(Number.POSITIVE_INFINITY);
		const apart = await buildIndex(0);
		for (const prefix of ['', 'zh-cn']) {
			const entry = (outDir: string) => readFileSync(join(outDir, prefix, 'pagefind', 'pagefind-entry.json'), 'utf8');
			expect(entry(together.outDir)).toBe(entry(apart.outDir));
		}
	});
});

// The offer pages list the generated one-pager with its size, but the PDFs are made while the
// pages render: the pages hold a placeholder cell, filled in here once the PDFs exist.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatSize } from '../site/documents.ts';
import type { BuildStepContext } from './build-steps.ts';

/** The placeholder cell an offer page renders for a PDF made after it: `<td data-one-pager-size="/offers/x/one-pager.pdf"></td>`. */
export const SIZE_PLACEHOLDER = /<td data-one-pager-size="([^"]+)"><\/td>/g;

async function offerPages(outDir: string): Promise<string[]> {
	const pages: string[] = [];
	for (const prefix of ['', 'en', 'zh-cn']) {
		const dir = join(outDir, prefix, 'offers');
		const slugs = await readdir(dir).catch(() => []);
		for (const slug of slugs) pages.push(join(dir, slug, 'index.html'));
	}
	return pages;
}

export async function fillOnePagerSizes({ outDir }: BuildStepContext): Promise<void> {
	for (const page of await offerPages(outDir)) {
		const html = await readFile(page, 'utf8').catch(() => undefined);
		if (!html?.includes('data-one-pager-size')) continue;
		const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
		const sizes = new Map<string, string>();
		for (const [, path = ''] of html.matchAll(SIZE_PLACEHOLDER)) {
			const bytes = (await stat(join(outDir, decodeURI(path))).catch(() => undefined))?.size;
			sizes.set(path, bytes === undefined ? '' : formatSize(bytes, lang));
		}
		await writeFile(
			page,
			html.replace(SIZE_PLACEHOLDER, (_, path: string) => `<td>${sizes.get(path) ?? ''}</td>`),
		);
	}
}

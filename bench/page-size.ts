// What a seller downloads to open an offer page: its HTML and the stylesheets it links, after
// gzip (as web servers send them). The benchmark reports the largest offer page of the site.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	/** The page's path in the built site, e.g. `offers/contoso/index.html`. */
	page: string;
	htmlBytes: number;
	htmlGzipBytes: number;
	cssGzipBytes: number;
	totalGzipBytes: number;
}

const gzipBytes = (bytes: Uint8Array) => gzipSync(bytes).length;

/** The offer pages of a built site, in every language: `offers/<slug>/index.html` and `<locale>/offers/<slug>/index.html`. */
export function offerPages(outDir: string): string[] {
	const roots = ['', ...readdirSync(outDir).filter((entry) => existsSync(join(outDir, entry, 'offers')))];
	return roots.flatMap((root) => {
		const offersDir = join(outDir, root, 'offers');
		if (!existsSync(offersDir)) return [];
		return readdirSync(offersDir)
			.map((slug) => join(root, 'offers', slug, 'index.html'))
			.filter((page) => existsSync(join(outDir, page)));
	});
}

/** Stylesheets a page links, as paths from the site root (the base path is stripped when it is `/`). */
export function linkedStylesheets(html: string): string[] {
	const sheets: string[] = [];
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		if (!/\brel=["']?stylesheet\b/.test(tag)) continue;
		const href = /\bhref=["']?([^"' >]+)/.exec(tag)?.[1];
		if (href && !/^[a-z]+:\/\//i.test(href)) sheets.push(href.split(/[?#]/)[0] ?? href);
	}
	return sheets;
}

/** The weight of one page: HTML and linked CSS, each gzipped on its own. */
export function pageWeight(outDir: string, page: string, cssCache = new Map<string, number>()): PageWeight {
	const html = readFileSync(join(outDir, page));
	let cssGzipBytes = 0;
	for (const sheet of linkedStylesheets(html.toString('utf8'))) {
		let size = cssCache.get(sheet);
		if (size === undefined) {
			const file = join(outDir, sheet);
			size = existsSync(file) ? gzipBytes(readFileSync(file)) : 0;
			cssCache.set(sheet, size);
		}
		cssGzipBytes += size;
	}
	const htmlGzipBytes = gzipBytes(html);
	return { page, htmlBytes: html.length, htmlGzipBytes, cssGzipBytes, totalGzipBytes: htmlGzipBytes + cssGzipBytes };
}

/** The heaviest offer page of a built site, or undefined when it has none. */
export function largestOfferPage(outDir: string): PageWeight | undefined {
	const cssCache = new Map<string, number>();
	let largest: PageWeight | undefined;
	for (const page of offerPages(outDir)) {
		const weight = pageWeight(outDir, page, cssCache);
		if (!largest || weight.totalGzipBytes > largest.totalGzipBytes) largest = weight;
	}
	return largest;
}

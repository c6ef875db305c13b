// Parts of a page the search leaves out. They carry `data-pagefind-ignore="all"`, and are also
// fenced by two comments so that the indexing step can cut them out before Pagefind reads the
// page: the same index, without Pagefind parsing markup it would ignore anyway. The directory's
// contacts are left out so: each offer's page lists the same people with their countries, so a
// name finds the offers its person covers, while the country and global pages are found by title.

export const SKIP_START = '<!--search-skip-->';
export const SKIP_END = '<!--/search-skip-->';

/** Fences HTML the search index leaves out (the HTML must carry `data-pagefind-ignore="all"` itself). */
export function fenceFromSearch(html: string): string {
	return `${SKIP_START}${html}${SKIP_END}`;
}

/** Keeps HTML out of the search index: marked for Pagefind, and fenced so that it never reads it. */
export function outOfSearch(html: string): string {
	return fenceFromSearch(`<div data-pagefind-ignore="all">${html}</div>`);
}

const START = Buffer.from(SKIP_START);
const END = Buffer.from(SKIP_END);

/** The page (its bytes) without its fenced parts; undefined when it has none. */
export function withoutFenced(html: Buffer): Buffer | undefined {
	let start = html.indexOf(START);
	if (start < 0) return undefined;
	const kept: Buffer[] = [];
	let from = 0;
	while (start >= 0) {
		const end = html.indexOf(END, start + START.length);
		if (end < 0) break;
		kept.push(html.subarray(from, start));
		from = end + END.length;
		start = html.indexOf(START, from);
	}
	kept.push(html.subarray(from));
	return Buffer.concat(kept);
}

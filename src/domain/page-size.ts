// The paper sizes one-pagers are printed on: `salesKit({ pdfPageSize })` names one.

/** Page sizes in points (1/72 inch): ISO A4, and US Letter for North American partners. */
export const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
export type PageSize = keyof typeof PAGE_SIZES;
/** The names `pdfPageSize` accepts. */
export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as [PageSize, ...PageSize[]];

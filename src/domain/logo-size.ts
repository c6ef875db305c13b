// How large a partner logo prints, and how many pixels it needs for that: one definition for
// the layout, which draws it, and `npm run validate`, which refuses a logo too small to print
// sharply.

/** The box in the header band a logo is scaled into, in points (1/72 inch). */
export interface LogoBox {
	maxWidth: number;
	maxHeight: number;
}

/** A PDF's unit: 72 points make an inch. */
export const POINTS_PER_INCH = 72;

/** Pixels per inch a logo needs where it prints: twice the 72 points of an inch, as for any sharp print. */
export const LOGO_MIN_PPI = 2 * POINTS_PER_INCH;

/** The logo's printed size in points: as large as the box allows, its aspect ratio kept. */
export function logoPrintedSize(box: LogoBox, pixels: { width: number; height: number }): { width: number; height: number } {
	const scale = Math.min(box.maxWidth / pixels.width, box.maxHeight / pixels.height);
	return { width: pixels.width * scale, height: pixels.height * scale };
}

/** The pixels that print `size` (in points) at `LOGO_MIN_PPI`. */
export function pixelsToPrint(size: { width: number; height: number }): { width: number; height: number } {
	return {
		width: Math.ceil((size.width / POINTS_PER_INCH) * LOGO_MIN_PPI),
		height: Math.ceil((size.height / POINTS_PER_INCH) * LOGO_MIN_PPI),
	};
}

/**
 * The pixels a logo of `pixels` needs where it prints `printed` (its `logoPrintedSize`);
 * undefined when it has enough.
 */
export function logoPixelsNeeded(
	printed: { width: number; height: number },
	pixels: { width: number; height: number },
): { width: number; height: number } | undefined {
	const needed = pixelsToPrint(printed);
	// Rounding: a logo exactly twice its box prints at exactly 144 pixels per inch.
	return pixels.width + 0.5 >= needed.width && pixels.height + 0.5 >= needed.height ? undefined : needed;
}

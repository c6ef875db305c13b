/** Relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** White or near-black, whichever reads better on the brand colour. */
export function textOn(background: string): string {
	return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#1b1b1b') ? '#ffffff' : '#1b1b1b';
}

/**
 * The brand colour darkened until it reaches 4.5:1 on white, so links in it stay readable
 * (WCAG AA for body text) whatever colour the partner picks.
 */
export function readableOnWhite(hex: string): string {
	let [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
	const toHex = () => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
	while (contrastRatio(toHex(), '#ffffff') < 4.5) {
		r *= 0.92;
		g *= 0.92;
		b *= 0.92;
	}
	return toHex();
}

/**
 * The brand colour and the colours derived from it, as the CSS custom properties the kit's
 * stylesheet uses: a stylesheet of its own rather than a `style` attribute, which the pages'
 * Content-Security-Policy forbids.
 */
export function brandCss(brandColor: string): string {
	return `:root{--brand:${brandColor};--on-brand:${textOn(brandColor)};--brand-text:${readableOnWhite(brandColor)}}\n`;
}

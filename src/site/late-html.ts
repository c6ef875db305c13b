// HTML put into a page after Astro has rendered it. A page leaves a marker where the HTML goes and
// hands the HTML over, already encoded (in parts), in `Astro.locals.lateHtml`; the middleware
// (src/middleware.ts) puts it in place of the marker.
//
// For the global section of the country pages: the same entries on all 492 of a kit's country
// pages (but for the few offers with contacts of their own in the country), and on a large kit
// most of their HTML. Encoded once per offer and copied into each page, they skip Astro's
// renderer, which would join, flatten and encode them again for every page (measured on 1,000
// offers: the country pages took 6 to 7 s to generate, 2 to 3 s without their global section).

import { concatenateBytes, utf8 } from './bytes.ts';

/** Where a page's late HTML goes: a comment no escaped text or attribute can contain. */
export const LATE_HTML_MARKER = '<!--late-html-->';
const MARKER = utf8(LATE_HTML_MARKER);

/** The rendered page with the parts of `html` in place of its marker; a page without a marker is a bug. */
export function insertLateHtml(page: Uint8Array, html: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
	const at = Buffer.from(page.buffer, page.byteOffset, page.byteLength).indexOf(MARKER);
	if (at < 0) throw new Error(`the page handed over late HTML but has no ${LATE_HTML_MARKER} marker for it`);
	return concatenateBytes([page.subarray(0, at), ...html, page.subarray(at + MARKER.length)]);
}

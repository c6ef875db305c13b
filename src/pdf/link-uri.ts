// Where a one-pager's link may point. Content decides the URLs (the landing page, contacts'
// emails), so each is parsed with the WHATWG URL parser and only its normalised form is used:
// `href` is 7-bit ASCII (hosts in punycode, everything else percent-encoded), which is what a
// PDF's URI string holds, and a scheme outside the list makes no link at all. The schemes are
// those an offer body may link to: one definition of a safe link for pages and PDFs.
import { LINK_PROTOCOLS } from '../domain/body-rules.ts';

/** The normalised URL a link action may hold, or undefined when `raw` must not become a link. */
export function pdfLinkUri(raw: string): string | undefined {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return undefined;
	}
	if (!LINK_PROTOCOLS.includes(url.protocol)) return undefined;
	// The parser's output is printable ASCII; checked anyway, as the PDF relies on it.
	return /^[\x20-\x7e]+$/.test(url.href) ? url.href : undefined;
}

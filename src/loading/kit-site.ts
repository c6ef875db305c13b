// The kit's address: the https address of its home page, base path included, which one-pagers'
// QR codes open. One rule for `salesKit({ site })`, which the schema checks, and for Astro's
// `site` and `base`, which the integration falls back on (the deploy workflow's --site and --base).
import { parseHttpsUrl } from '../domain/schema-kit.ts';
import { withTrailingSlash } from '../domain/trailing-slash.ts';

/**
 * The address of the kit's home page from a site's address and the base path the pages are built
 * under: https, ending with "/", the base path joined to the site's own path. Undefined when
 * `site` is not an https address, or has a query (?) or a fragment (#), which no home page has.
 */
export function kitSiteAddress(site: string, base = '/'): string | undefined {
	const url = parseHttpsUrl(site);
	if (!url || /[?#]/.test(url)) return undefined;
	const { href } = new URL(url);
	return new URL(`.${withTrailingSlash(base)}`, withTrailingSlash(href)).href;
}

/**
 * What is wrong with `salesKit({ site })` (an address from `kitSiteAddress`) when the pages are
 * built under `base`: its path does not end with the base path, so the QR codes open pages the
 * site does not serve there. Undefined when it does.
 */
export function kitSiteBaseWarning(site: string, base: string): string | undefined {
	if (new URL(site).pathname.endsWith(withTrailingSlash(base))) return undefined;
	return `salesKit({ site }) is ${site}, but the pages are built under the base path ${base}: the one-pagers' QR codes open ${site}offers/<slug>/. If the kit is served under ${base}, write site with it, e.g. ${kitSiteAddress(site, base)}`;
}

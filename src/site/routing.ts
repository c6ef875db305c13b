// URLs of the site. The default language lives at the root, the other under its prefix
// (`/zh-cn/...` when English is the default, `/en/...` when Chinese is). The one-pagers' URLs,
// which the PDF step needs too, are in src/domain/one-pager-url.ts.
import type { OfferPageAddress } from '../domain/one-pager-url.ts';
import { LOCALES, type Locale } from '../domain/vocabulary.ts';

/** `''` for the default language, `/zh-cn` or `/en` for the other. */
export function localePrefix(locale: Locale, defaultLocale: Locale): string {
	return locale === defaultLocale ? '' : `/${locale}`;
}

/** The `[...locale]` route parameter of a language: undefined at the root. */
export function localeParam(locale: Locale, defaultLocale: Locale): string | undefined {
	return locale === defaultLocale ? undefined : locale;
}

/** Every language with its route parameter, for `getStaticPaths`. */
export function localeRoutes(defaultLocale: Locale) {
	return LOCALES.map((locale) => ({ locale, param: localeParam(locale, defaultLocale) }));
}

/** The other language of the kit (there are two). */
export function otherLocale(locale: Locale): Locale {
	return LOCALES.find((candidate) => candidate !== locale) ?? locale;
}

/** Joins the site's base (Astro's `base`, e.g. `/kit/`) and a path from the site root. */
export function withBase(base: string, path: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The full address of an offer's page in a language, on the kit published at `site` (its home
 * page's address, base path included, ending in "/"): what a one-pager's QR code opens.
 */
export function offerPageUrl(site: string, slug: string, locale: Locale, defaultLocale: Locale): string {
	return new URL(`.${localePrefix(locale, defaultLocale)}${paths.offer(slug)}`, site).href;
}

/** The addresses of offers' pages on the published kit, when its address (`salesKit({ site })`) is known. */
export function offerPageAddresses(settings: { site?: string; defaultLocale: Locale }): OfferPageAddress | undefined {
	const { site, defaultLocale } = settings;
	return site === undefined ? undefined : (slug, locale) => offerPageUrl(site, slug, locale, defaultLocale);
}

/** Paths of the pages, from the site root and without the language prefix. */
export const paths = {
	catalog: () => '/',
	offer: (slug: string) => `/offers/${slug}/`,
	offerContactsCsv: (slug: string) => `/offers/${slug}/contacts.csv`,
	document: (slug: string, file: string) => `/offers/${slug}/documents/${documentUrlPath(file)}`,
	contacts: () => '/contacts/',
	/** The global (`OOO`) contacts: a fixed segment beside the two-letter country codes. */
	globalContacts: () => '/contacts/global/',
	globalContactsCsv: () => '/contacts/global/contacts.csv',
	country: (code: string) => `/contacts/${code.toLowerCase()}/`,
	countryContactsCsv: (code: string) => `/contacts/${code.toLowerCase()}/contacts.csv`,
	readiness: () => '/readiness/',
	search: () => '/search/',
	/** Pagefind's files for a language's search page: its index, script and styles (written by the build). */
	searchIndex: () => '/pagefind/',
};

/**
 * Where a committed document is served: `documents/deck.pptx` in the offer folder is served at
 * `/offers/<slug>/documents/deck.pptx`; a file elsewhere in the folder keeps its relative path
 * under `documents/`. The path names the file the build writes (`documentFilePath`), each segment
 * percent-encoded, so that a web server, which decodes the path, finds that file:
 * `case study #2.pdf` is written as `case study %232.pdf` and linked as
 * `case%20study%20%25232.pdf`. The page's `download` attribute gives the file its own name back.
 */
export function documentUrlPath(file: string): string {
	return documentFilePath(file).split('/').map(encodeURIComponent).join('/');
}

/** The file of the built site a committed document is copied to, from the site's root. */
export function documentOutputPath(slug: string, file: string): string {
	return `offers/${slug}/documents/${documentFilePath(file)}`;
}

/**
 * A document's file name under `documents/` in the built site. The names follow what Astro wrote
 * for the route parameters that once served the documents, so that their URLs stay as they were:
 * Unicode NFC, `#` and `?` as `%23` and `%3F` literally, and `%` as a full-width ％ (U+FF05), as
 * no escape of `%` survived Astro's decoding of a route's path.
 */
function documentFilePath(file: string): string {
	const relative = file.startsWith('documents/') ? file.slice('documents/'.length) : file;
	return relative.replaceAll('%', '\uFF05').normalize().replaceAll('#', '%23').replaceAll('?', '%3F');
}

// What the action bar at the top of an offer page offers: the one-pagers in both languages, the
// contacts file, the product page, the date of the last change and, when the kit names its
// repository's edit address, a link to edit the offer there.

import { formatDate } from '../domain/language-format.ts';
import { onePagerUrl } from '../domain/one-pager-url.ts';
import { withTrailingSlash } from '../domain/trailing-slash.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { otherLocale, paths } from './routing.ts';

export interface OfferDownload {
	/** The path from the site root (without the base). */
	path: string;
	/** The name the browser saves the file under. */
	fileName: string;
	locale?: Locale;
}

/** The one-pager in the page's language, then in the other one. */
export function onePagerDownloads(slug: string, locale: Locale): [OfferDownload, OfferDownload] {
	const download = (language: Locale): OfferDownload => ({
		path: onePagerUrl(slug, language),
		fileName: `${slug}-one-pager${language === 'en' ? '' : `-${language}`}.pdf`,
		locale: language,
	});
	return [download(locale), download(otherLocale(locale))];
}

/** The offer's contacts in Partner Center's template. */
export function contactsDownload(slug: string): OfferDownload {
	return { path: paths.offerContactsCsv(slug), fileName: `${slug}-contacts.csv` };
}

/**
 * The offer's last change for a `<time>` element: the day (UTC) as `datetime`, and the text the
 * one-pager's footer prints for it (the same formatting code, so page and PDF agree).
 */
export function lastChangeTime(date: Date, locale: Locale): { datetime: string; text: string } {
	const iso = date.toISOString();
	return { datetime: iso.slice(0, 10), text: formatDate(iso, locale) };
}

/**
 * Where the offer's `index.mdx` is edited: `editUrl` (the content folder's edit address, e.g.
 * `https://github.com/contoso/kit/edit/main/content/`) followed by `offers/<slug>/index.mdx`.
 */
export function offerEditUrl(editUrl: string, slug: string): string {
	return new URL(`offers/${encodeURIComponent(slug)}/index.mdx`, withTrailingSlash(editUrl)).href;
}

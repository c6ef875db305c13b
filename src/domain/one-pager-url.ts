// Where the generated one-pagers are published: fixed URLs, whatever the site's default language.
// The build writes them there (src/pdf/generate.ts), `npm run dev` serves them there
// (src/integration/dev-one-pagers.ts), and the offer pages link to them.

import { LOCALES, type Locale } from './vocabulary.ts';

/**
 * The address of an offer's page in a language on the published kit (see `offerPageAddresses` in
 * src/site/routing.ts): the QR code of a one-pager without a landing page opens it.
 */
export type OfferPageAddress = (slug: string, locale: Locale) => string;

/** The languages each published offer has a one-pager in: every language of the kit. */
export const ONE_PAGER_LOCALES: readonly Locale[] = LOCALES;

/** `/offers/<slug>/one-pager.pdf` in English, `/zh-cn/offers/<slug>/one-pager.pdf` in Chinese. */
export function onePagerUrl(slug: string, locale: Locale): string {
	return `${locale === 'en' ? '' : `/${locale}`}/offers/${slug}/one-pager.pdf`;
}

/** The offer and language of a one-pager's URL (a path from the site root, decoded); undefined for any other path. */
export function onePagerAt(path: string): { slug: string; locale: Locale } | undefined {
	for (const locale of LOCALES) {
		// The URL around a slug, as `onePagerUrl` writes it: one definition for both directions.
		const [before = '', after = ''] = onePagerUrl('\0', locale).split('\0');
		if (path.length <= before.length + after.length || !path.startsWith(before) || !path.endsWith(after)) continue;
		const slug = path.slice(before.length, path.length - after.length);
		if (!slug.includes('/')) return { slug, locale };
	}
	return undefined;
}

// Where the generated one-pagers are published: fixed URLs, whatever the site's default language.

import type { Locale } from '../domain/vocabulary.ts';

/** `/offers/<slug>/one-pager.pdf` in English, `/zh-cn/offers/<slug>/one-pager.pdf` in Chinese. */
export function onePagerUrl(slug: string, locale: Locale): string {
	return `${locale === 'en' ? '' : `/${locale}`}/offers/${slug}/one-pager.pdf`;
}

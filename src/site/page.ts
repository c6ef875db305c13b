// What every page needs for its language: the interface text and its links. Pages import this
// instead of wiring the kit's settings, the base path and the language prefix themselves.
import config from 'virtual:sales-kit/config';
import { LIST_SEPARATORS } from '../domain/language-format.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { translator } from '../i18n/index.ts';
import { localePrefix, localeRoutes, withBase } from './routing.ts';

/** `getStaticPaths` entries of a page that exists once per language. */
export function perLocale() {
	return localeRoutes(config.defaultLocale).map(({ locale, param }) => ({ params: { locale: param }, props: { locale } }));
}

/** `getStaticPaths` entries of a page that exists per language and per item. */
export function perLocaleAnd<Item, Params extends Record<string, string>>(items: readonly Item[], params: (item: Item) => Params) {
	return localeRoutes(config.defaultLocale).flatMap(({ locale, param }) =>
		items.map((item) => ({ params: { locale: param, ...params(item) }, props: { locale, item } })),
	);
}

export function pageContext(locale: Locale) {
	const base = import.meta.env.BASE_URL;
	return {
		t: translator(locale),
		/** A page in this language. */
		href: (path: string) => withBase(base, `${localePrefix(locale, config.defaultLocale)}${path}`),
		/** A file that exists once for both languages (documents, CSV downloads). */
		fileHref: (path: string) => withBase(base, path),
		/** Lists in running text: "a, b" or "甲、乙". */
		separator: LIST_SEPARATORS[locale],
	};
}

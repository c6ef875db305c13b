// The directory's words: counts and states as the pages print them.
import { formatList } from '../domain/language-format.ts';
import { localizeOffer } from '../domain/localized-offer.ts';
import { stateWithCode } from '../domain/state-names.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { LANGUAGE_TAGS, type Translate } from '../i18n/index.ts';
import type { PersonRow } from './directory.ts';
import type { SiteOffer } from './kit.ts';

/** "No contacts", "1 contact", "12 contacts". */
export function contactCountLabel(t: Translate, count: number): string {
	if (count === 0) return t('contacts.countNone');
	return count === 1 ? t('contacts.countOne') : t('contacts.count', { count });
}

/** The line of a country page that points to the global page; undefined when no offer has global contacts. */
export function globalLine(t: Translate, offers: number): string | undefined {
	if (offers === 0) return undefined;
	return offers === 1 ? t('country.globalLine.one') : t('country.globalLine', { count: offers });
}

/** A row's states or provinces: "Whole country" first where an offer names none, then each by name and code. */
export function statesText(row: Pick<PersonRow, 'states' | 'wholeCountry'>, t: Translate, locale: Locale): string {
	const names = row.states.map((code) => stateWithCode(code, locale));
	return formatList([...(row.wholeCountry ? [t('country.wholeCountry')] : []), ...names], locale);
}

/** An offer as the directory links it: its title in the reader's language, marked when written in another. */
export function offerLink(
	offer: Pick<SiteOffer, 'slug' | 'data' | 'translations'>,
	locale: Locale,
	href: (slug: string) => string,
): { title: string; href: string; lang: string | undefined } {
	const text = localizeOffer(offer.data, offer.translations, locale);
	return { title: text.title, href: href(offer.slug), lang: text.textLocale === locale ? undefined : LANGUAGE_TAGS[text.textLocale] };
}

// What the catalog page needs of each offer: the card's text in the reader's language, and the
// facts its filters read from the card's data attributes (src/scripts/catalog-filter.ts).
import { COUNTRY_CODES } from '../domain/countries.ts';
import { countryName } from '../domain/country-names.ts';
import { localizeOffer } from '../domain/localized-offer.ts';
import { readinessLevel } from '../domain/readiness.ts';
import { LOCALES, type Locale } from '../domain/vocabulary.ts';
import { collator } from './country-names.ts';
import type { SiteOffer } from './kit.ts';

/** The data attributes of an offer's card, as `CardFacets` reads them. */
export function cardData(offer: SiteOffer, locale: Locale): Record<`data-${string}`, string> {
	const data = offer.data;
	return {
		'data-type': data.solutionType,
		'data-platforms': JSON.stringify(data.platforms),
		'data-segments': JSON.stringify(data.segments),
		'data-areas': JSON.stringify(data.solutionAreas.map((area) => area.area)),
		'data-markets': JSON.stringify(data.markets),
		'data-readiness': readinessLevel(offer.readiness),
		'data-text': searchableText(offer),
		'data-title': localizeOffer(data, offer.translations, locale).title,
		'data-last-change': offer.lastChange.toISOString(),
	};
}

/** What the text filter searches: the title, publisher and summary in every language the offer has. */
export function searchableText(offer: Pick<SiteOffer, 'data' | 'translations'>): string {
	const texts = LOCALES.flatMap((locale) => {
		const text = localizeOffer(offer.data, offer.translations, locale);
		return [text.title, text.publisher, text.summary];
	});
	return [...new Set(texts)].join('\n');
}

/** The offers in the catalog's first order: by title in the reader's language and alphabet. */
export function byTitle(offers: readonly SiteOffer[], locale: Locale): SiteOffer[] {
	const compare = collator(locale).compare;
	return offers
		.map((offer) => ({ offer, title: localizeOffer(offer.data, offer.translations, locale).title }))
		.sort((a, b) => compare(a.title, b.title))
		.map(({ offer }) => offer);
}

/** Every market of the co-sell table (not only those some offer seeks), by name in the reader's alphabet. */
export function marketOptions(locale: Locale): { value: string; label: string }[] {
	return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
		collator(locale).compare(a.label, b.label),
	);
}

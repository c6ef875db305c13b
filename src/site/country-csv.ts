// The contacts.csv downloads of the directory: a country's own contacts (those whose
// Countries/Regions name it), or every global (`OOO`) contact, in Partner Center's template with
// an extra Offer column, one row per offer and contact.

import { formatCountryContactsCsv } from '../domain/contacts-csv.ts';
import { COUNTRY_CODES } from '../domain/countries.ts';
import { localizeOffer } from '../domain/localized-offer.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { csvRows, namesCountry, offersNaming } from './directory.ts';
import type { SiteOffer } from './kit.ts';

/** The countries whose page offers a download: those with contacts of their own. */
export function countriesWithContacts(offers: readonly Pick<SiteOffer, 'contacts'>[]): string[] {
	const named = new Set(offers.flatMap((offer) => offer.contacts.flatMap((contact) => contact.countries)));
	return COUNTRY_CODES.filter((code) => named.has(code));
}

/** The file of a country (`code`), or of the global contacts (`OOO`), with the offers' titles in `locale`. */
export function contactsCsv(offers: readonly SiteOffer[], code: string, locale: Locale): string {
	// `OOO` is named in Countries/Regions like a country: the global file is the contacts that name it.
	const naming = offersNaming(offers, code);
	const titles = new Map(naming.map((offer) => [offer, localizeOffer(offer.data, offer.translations, locale).title]));
	const rows = csvRows(naming, (contact) => namesCountry(contact, code));
	return formatCountryContactsCsv(rows.map(({ offer, contact }) => ({ offer: titles.get(offer) as string, contact })));
}

// The contacts.csv download of every country page: everyone on the page, in Partner Center's
// template with an extra Offer column. A contact's row is the same in every country it covers,
// so each is formatted once; as on the pages (country-sections.ts), the rows of an offer with
// only global contacts are the same in every file, so they are encoded once and copied into each
// (encoding every file in full took about a second over a 1,000-offer kit's 246 files).

import type { Contact } from '../domain/contact-schema.ts';
import { formatCountryContactsCsv } from '../domain/contacts-csv.ts';
import { COUNTRY_CODES } from '../domain/countries.ts';
import { localizeOffer } from '../domain/localized-offer.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { concatenateBytes, utf8 } from './bytes.ts';
import { contactsForCountry, offerReach } from './directory.ts';
import type { SiteOffer } from './kit.ts';

export interface CountryCsv {
	/** Countries with at least one contact: those that get a download. */
	codes: string[];
	/** The file of one of them, in UTF-8. */
	file(code: string): Uint8Array<ArrayBuffer>;
}

/** The header line, as `formatCountryContactsCsv` writes it for no rows. */
const HEADER = formatCountryContactsCsv([]);
const HEADER_BYTES = utf8(HEADER);

/** The CSV downloads of a kit's country pages, with the offers' titles in `locale`. */
export function countryContactsCsv(offers: readonly SiteOffer[], locale: Locale): CountryCsv {
	const prepared = offers.map((offer) => ({
		offer,
		title: localizeOffer(offer.data, offer.translations, locale).title,
		// The same split as the page's (country-sections.ts): its own rows, or the shared global ones.
		...offerReach(offer.contacts),
		lines: new Map<Contact, string>(),
	}));
	const anyGlobal = prepared.some((entry) => entry.hasGlobalContacts);
	const globalRows = new Map<string, Uint8Array>();

	/** An offer's rows for a country, in the page's order (by role, then name), without the header. */
	const rows = (entry: (typeof prepared)[number], code: string) => {
		let csv = '';
		for (const { roles } of contactsForCountry([entry.offer], code)) {
			for (const group of roles) {
				for (const { contact } of group.contacts) {
					let line = entry.lines.get(contact);
					if (line === undefined) {
						line = formatCountryContactsCsv([{ offer: entry.title, contact }]).slice(HEADER.length);
						entry.lines.set(contact, line);
					}
					csv += line;
				}
			}
		}
		return csv;
	};

	return {
		codes: COUNTRY_CODES.filter((code) => anyGlobal || prepared.some((entry) => entry.localCountries.has(code))),
		file(code) {
			const parts: Uint8Array[] = [HEADER_BYTES];
			for (const entry of prepared) {
				if (entry.localCountries.has(code)) {
					parts.push(utf8(rows(entry, code)));
				} else if (entry.hasGlobalContacts) {
					let cached = globalRows.get(entry.offer.slug);
					if (cached === undefined) {
						cached = utf8(rows(entry, code));
						globalRows.set(entry.offer.slug, cached);
					}
					parts.push(cached);
				}
			}
			return concatenateBytes(parts);
		},
	};
}

const shared = new WeakMap<readonly SiteOffer[], CountryCsv>();

/** The downloads of the kit, prepared once for every country's file. */
export function sharedCountryContactsCsv(offers: readonly SiteOffer[], locale: Locale): CountryCsv {
	let downloads = shared.get(offers);
	if (!downloads) {
		downloads = countryContactsCsv(offers, locale);
		shared.set(offers, downloads);
	}
	return downloads;
}

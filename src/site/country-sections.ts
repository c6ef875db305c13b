// The offer sections of every country page, rendered with as little repeated work as possible.
// A kit's global (OOO) contacts appear on every country page: an offer with no contact of its
// own in a country shows the same section on all of them, so that section is rendered once per
// language (and table layout) and reused. Offers with contacts in the country are rendered for
// it. Global-only sections stay out of the search index: the offer's page lists the same people.

import { ALL_COUNTRIES, COUNTRIES_WITH_STATES } from '../domain/countries.ts';
import { localizeOffer } from '../domain/localized-offer.ts';
import type { Locale } from '../domain/vocabulary.ts';
import type { Translate } from '../i18n/index.ts';
import { offerSectionHtml } from './country-contacts-html.ts';
import { contactsForCountry } from './directory.ts';
import type { SiteOffer } from './kit.ts';
import { fenceFromSearch } from './search-skip.ts';

export interface CountrySectionsContext {
	t: Translate;
	locale: Locale;
	/** The link to an offer's page in this language. */
	offerHref: (slug: string) => string;
	/** Orders contacts by name in this language. */
	compareNames: (a: string, b: string) => number;
}

export interface CountrySections {
	/** How many offers have a contact covering the country. */
	count: number;
	html: string;
}

interface PreparedOffer {
	offer: SiteOffer;
	/** Countries named by its contacts (OOO aside). */
	localCountries: Set<string>;
	hasGlobalContacts: boolean;
	title: string;
	textLocale: Locale;
}

/** Renders the sections of one language's country pages; build one per language and reuse it. */
export function countrySectionsRenderer(offers: readonly SiteOffer[], context: CountrySectionsContext): (code: string) => CountrySections {
	const prepared: PreparedOffer[] = offers.map((offer) => {
		const text = localizeOffer(offer.data, offer.translations, context.locale);
		const countries = offer.contacts.flatMap((contact) => contact.countries);
		return {
			offer,
			localCountries: new Set(countries.filter((code) => code !== ALL_COUNTRIES)),
			hasGlobalContacts: countries.includes(ALL_COUNTRIES),
			title: text.title,
			textLocale: text.textLocale,
		};
	});
	/** Global-only sections, by slug and layout (with or without a state column). */
	const globalOnly = new Map<string, string>();

	const render = (entry: PreparedOffer, code: string, searchable: boolean) => {
		const [contacts] = contactsForCountry([entry.offer], code, context.compareNames);
		if (!contacts) return '';
		const text = {
			t: context.t,
			locale: context.locale,
			title: entry.title,
			textLocale: entry.textLocale,
			href: context.offerHref(entry.offer.slug),
		};
		return offerSectionHtml(contacts, text, searchable);
	};

	return (code) => {
		const layout = COUNTRIES_WITH_STATES.includes(code) ? 'states' : 'plain';
		let html = '';
		let count = 0;
		for (const entry of prepared) {
			if (entry.localCountries.has(code)) {
				html += render(entry, code, true);
			} else if (entry.hasGlobalContacts) {
				const key = `${entry.offer.slug}\0${layout}`;
				let section = globalOnly.get(key);
				if (section === undefined) {
					section = fenceFromSearch(render(entry, code, false));
					globalOnly.set(key, section);
				}
				html += section;
			} else {
				continue;
			}
			count++;
		}
		return { count, html };
	};
}

const renderers = new WeakMap<readonly SiteOffer[], Map<Locale, (code: string) => CountrySections>>();

/** The renderer of a language's country pages, made on the first page and reused by the others. */
export function sharedCountrySections(offers: readonly SiteOffer[], context: CountrySectionsContext): (code: string) => CountrySections {
	let byLocale = renderers.get(offers);
	if (!byLocale) {
		byLocale = new Map();
		renderers.set(offers, byLocale);
	}
	let renderer = byLocale.get(context.locale);
	if (!renderer) {
		renderer = countrySectionsRenderer(offers, context);
		byLocale.set(context.locale, renderer);
	}
	return renderer;
}

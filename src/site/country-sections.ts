// The contacts of every country page, rendered with as little repeated work as possible.
// A kit's global (OOO) contacts appear on every country page. Offers with contacts of their own
// in the country come first, each in its own section, rendered for that country. The offers
// reached only through global contacts follow in one compact global section: each offer's
// entry there is the same on every page, so it is rendered and encoded once per language, and
// copied into each page after Astro has rendered the rest (late-html.ts).
//
// All the contacts stay out of the search index: each offer's page lists the same people with
// their countries, so a name finds the offers its person covers. Indexed, the country pages
// would repeat every contact up to 246 times per language: results drowned in country pages,
// and on a large kit most of the index (and of Pagefind's time and memory).

import { localizeOffer } from '../domain/localized-offer.ts';
import type { Locale } from '../domain/vocabulary.ts';
import type { Translate } from '../i18n/index.ts';
import { utf8 } from './bytes.ts';
import { globalOfferHtml, offerSectionHtml, type SectionText } from './country-contacts-html.ts';
import { contactsForCountry, type OfferReach, offerReach } from './directory.ts';
import { escapeHtml } from './html.ts';
import type { SiteOffer } from './kit.ts';
import { LATE_HTML_MARKER } from './late-html.ts';
import { outOfSearch } from './search-skip.ts';

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
	/**
	 * The offers' sections and the global section, kept out of the search index. The global
	 * section is a marker here, for `lateHtml` (see late-html.ts).
	 */
	html: string;
	/** The global section, in UTF-8 parts: its entries are encoded once and reused on every page. */
	lateHtml?: readonly Uint8Array[];
}

/** The id of the global section's heading. */
const GLOBAL_SECTION_ID = 'global-contacts';

interface PreparedOffer extends OfferReach {
	offer: SiteOffer;
	text: SectionText;
}

/** Renders one language's country pages; build one per language and reuse it. */
export function countrySectionsRenderer(offers: readonly SiteOffer[], context: CountrySectionsContext): (code: string) => CountrySections {
	const prepared: PreparedOffer[] = offers.map((offer) => {
		const text = localizeOffer(offer.data, offer.translations, context.locale);
		return {
			offer,
			...offerReach(offer.contacts),
			text: { t: context.t, locale: context.locale, title: text.title, textLocale: text.textLocale, href: context.offerHref(offer.slug) },
		};
	});
	/** Global-only entries by slug, encoded: the same on every country page. */
	const globalEntries = new Map<string, Uint8Array>();
	const globalEntry = (entry: PreparedOffer, code: string) => {
		let bytes = globalEntries.get(entry.offer.slug);
		if (bytes === undefined) {
			const [contacts] = contactsForCountry([entry.offer], code, context.compareNames);
			bytes = utf8(contacts ? globalOfferHtml(contacts, entry.text) : '');
			globalEntries.set(entry.offer.slug, bytes);
		}
		return bytes;
	};
	const sectionStart = utf8(
		`<section class="panel global-contacts" aria-labelledby="${GLOBAL_SECTION_ID}">` +
			`<h2 id="${GLOBAL_SECTION_ID}">${escapeHtml(context.t('country.globalTitle'))}</h2><p class="section-intro">${escapeHtml(context.t('country.globalIntro'))}</p>`,
	);
	const sectionEnd = utf8('</section>');

	return (code) => {
		let html = '';
		const global: Uint8Array[] = [];
		let count = 0;
		for (const entry of prepared) {
			if (entry.localCountries.has(code)) {
				const [contacts] = contactsForCountry([entry.offer], code, context.compareNames);
				if (!contacts) continue;
				html += offerSectionHtml(contacts, entry.text);
			} else if (entry.hasGlobalContacts) {
				const bytes = globalEntry(entry, code);
				if (bytes.length > 0) global.push(bytes);
			} else {
				continue;
			}
			count++;
		}
		if (global.length === 0) return { count, html: html && outOfSearch(html) };
		return { count, html: outOfSearch(html + LATE_HTML_MARKER), lateHtml: [sectionStart, ...global, sectionEnd] };
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

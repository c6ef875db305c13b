// What a one-pager says, in one language: the offer's text (its translation where there is
// one), its facts, and its Partner sales contacts grouped by country. Every text remembers
// where it came from (file and field, or CSV row and column), so that a field too long for
// its template can be reported where the user fixes it. Plain data: it crosses to workers.

import { join } from 'node:path';
import { CONTACT_COLUMNS, CONTACT_FIELDS, type ContactField } from '../domain/contact-schema.ts';
import type { ContactRow } from '../domain/contacts-csv.ts';
import { ALL_COUNTRIES } from '../domain/countries.ts';
import { countryName } from '../domain/country-names.ts';
import { LIST_SEPARATORS } from '../domain/language-format.ts';
import { type LocalizedField, localizeOfferFields } from '../domain/localized-offer.ts';
import type { Offer, Translation } from '../domain/offer-schema.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../domain/taxonomy.ts';
import { describeSolutionArea, termNames } from '../domain/term-names.ts';
import { type Locale, SALES_ROLE } from '../domain/vocabulary.ts';
import type { Origin } from '../loading/load-kit.ts';
import type { OfferLogo } from '../loading/offer-files.ts';
import { pdfLinkUri } from './link-uri.ts';

export interface TextField {
	text: string;
	origin?: Origin;
}

export interface ContactLine {
	name: TextField;
	jobTitle: TextField;
	email: TextField;
}

/** Countries that share the same Partner sales contacts, and those contacts. */
export interface ContactGroup {
	/** Country codes; `OOO` for contacts that cover every country. */
	countries: string[];
	contacts: ContactLine[];
}

export interface OnePagerContent {
	slug: string;
	/** The language of the labels. */
	locale: Locale;
	/** The language of the offer's text: the PDF's language. */
	textLocale: Locale;
	/** The template's name (aliases resolved). */
	template: string;
	title: TextField;
	/** The headline: `onePager.headline`, or the summary. */
	headline: TextField;
	/** The summary, unless it already stands as the headline. */
	summary?: TextField;
	benefits: TextField[];
	publisher: TextField;
	solutionType: Offer['solutionType'];
	/** The platforms' names in `locale`. */
	platforms: string[];
	platformsOrigin: Origin;
	/** Each solution area with its sub-areas, named in `locale`. */
	solutionAreas: TextField[];
	/** Country codes, or `[OOO]`. */
	markets: string[];
	marketsOrigin: Origin;
	contactGroups: ContactGroup[];
	/** Partner sales contacts in all groups (a contact in two groups counts once). */
	contactCount: number;
	contactsFile: string;
	landingPage?: TextField;
	/** The PDF's keywords in `locale`: solution type, platforms, solution areas and sub-areas. */
	keywords: string;
	/** What the QR code opens: the landing page, else the offer's page in the kit (when the kit's address is known). */
	qrCode?: { url: string; target: 'landingPage' | 'offerPage' };
	/** The partner logo for the header band (`onePager.logo`). */
	logo?: { format: OfferLogo['format']; width: number; height: number; bytes: Uint8Array; origin: Origin };
	/** The offer's last change, ISO 8601: the footer's date and the PDF's dates. */
	lastChange: string;
}

/** The parts of a loaded offer the one-pager reads (see `LoadedOffer` in load-kit.ts). */
export interface OfferSource {
	slug: string;
	dir: string;
	path: string;
	data: Offer;
	translations: { lang: Locale; path: string; data: Translation }[];
	contacts: ContactRow[];
	logo?: OfferLogo;
}

/**
 * The content of an offer's one-pager in `locale`: the offer's text as the site shows it in that
 * language (`localizeOffer`), under labels of `locale`; the terms are named from `taxonomy` in `locale`.
 * `offerPage` is the address of the offer's page in the kit in that language, when the kit's
 * address is known: the QR code opens it when the offer has no landing page.
 */
export function onePagerContent(
	offer: OfferSource,
	locale: Locale,
	lastChange: Date,
	template: string,
	taxonomy: Pick<Taxonomy, 'names'> = DEFAULT_TAXONOMY,
	offerPage?: string,
): OnePagerContent {
	const { data } = offer;
	const names = termNames(taxonomy, locale);
	const main = (path: (string | number)[]): Origin => ({ file: offer.path, path });
	const translation = offer.translations.find((candidate) => candidate.lang === locale);
	const text = localizeOfferFields(data, translation ? { [locale]: translation.data } : {}, locale);
	const field = ({ text: value, from, path }: LocalizedField): TextField => ({
		text: value,
		origin: { file: from === 'translation' && translation ? translation.path : offer.path, path: [...path] },
	});
	const summary = field(text.summary);
	const headline = text.headline === text.summary ? summary : field(text.headline);

	// The URL in its normalised form (hosts in punycode): what a phone's camera opens.
	const landingPage = data.landingPage === undefined ? undefined : pdfLinkUri(data.landingPage);
	const qrCode = landingPage
		? { url: landingPage, target: 'landingPage' as const }
		: offerPage
			? { url: offerPage, target: 'offerPage' as const }
			: undefined;
	const { logo } = offer;

	const platforms = data.platforms.map(names.platform);
	const contactsFile = join(offer.dir, 'contacts.csv');
	const { groups, count } = groupContacts(offer.contacts, data.markets, contactsFile);
	return {
		slug: offer.slug,
		locale,
		textLocale: text.textLocale,
		template,
		title: field(text.title),
		headline,
		summary: headline.text === summary.text ? undefined : summary,
		benefits: text.benefits.map((benefit) => field(benefit)),
		publisher: field(text.publisher),
		solutionType: data.solutionType,
		platforms,
		platformsOrigin: main(['platforms']),
		solutionAreas: data.solutionAreas.map((entry, index) => ({
			text: describeSolutionArea(entry, names),
			origin: main(['solutionAreas', index]),
		})),
		markets: data.markets,
		marketsOrigin: main(['markets']),
		contactGroups: groups,
		contactCount: count,
		contactsFile,
		landingPage: data.landingPage ? { text: data.landingPage, origin: main(['landingPage']) } : undefined,
		keywords: [
			names.solutionType(data.solutionType),
			...platforms,
			...data.solutionAreas.flatMap((entry) => [names.solutionArea(entry.area), ...entry.subAreas.map(names.subArea)]),
		]
			.filter((keyword, index, all) => all.indexOf(keyword) === index)
			.join(LIST_SEPARATORS[locale]),
		...(qrCode ? { qrCode } : {}),
		...(logo
			? { logo: { format: logo.format, width: logo.width, height: logo.height, bytes: logo.bytes, origin: main(['onePager', 'logo']) } }
			: {}),
		lastChange: lastChange.toISOString(),
	};
}

const columnOf = (field: ContactField) => CONTACT_FIELDS.indexOf(field) + 1;

/** `localeCompare` without its options, made once: it builds a collator on every call. */
const NAME_ORDER = new Intl.Collator();

/**
 * The Partner sales contacts by country: the offer's markets first (in their order), then other
 * countries the contacts cover, then the contacts for every country (OOO). Countries with the
 * very same contacts share one group ("United Kingdom, Ireland").
 */
export function groupContacts(
	rows: readonly ContactRow[],
	markets: readonly string[],
	file: string,
): { groups: ContactGroup[]; count: number } {
	const sales = rows.filter((row) => row.contact.role === SALES_ROLE);
	const byCountry = new Map<string, ContactRow[]>();
	for (const row of sales) {
		for (const code of row.contact.countries) {
			const list = byCountry.get(code) ?? [];
			if (!list.includes(row)) list.push(row);
			byCountry.set(code, list);
		}
	}
	const order = (code: string) => {
		if (code === ALL_COUNTRIES) return Number.MAX_SAFE_INTEGER;
		const index = markets.indexOf(code);
		return index >= 0 ? index : markets.length;
	};
	const codes = [...byCountry.keys()].sort((a, b) => order(a) - order(b) || NAME_ORDER.compare(countryName(a, 'en'), countryName(b, 'en')));
	const groups: { countries: string[]; rows: ContactRow[] }[] = [];
	for (const code of codes) {
		const list = byCountry.get(code) ?? [];
		const same =
			code === ALL_COUNTRIES ? undefined : groups.find((group) => !group.countries.includes(ALL_COUNTRIES) && sameRows(group.rows, list));
		if (same) same.countries.push(code);
		else groups.push({ countries: [code], rows: list });
	}
	const cell = (row: ContactRow, field: ContactField): TextField => ({
		text: row.contact[field] as string,
		origin: { file, row: row.row, column: columnOf(field), field: CONTACT_COLUMNS[field] },
	});
	return {
		groups: groups.map((group) => ({
			countries: group.countries,
			contacts: group.rows.map((row) => ({ name: cell(row, 'name'), jobTitle: cell(row, 'jobTitle'), email: cell(row, 'email') })),
		})),
		count: new Set(sales.filter((row) => row.contact.countries.length > 0)).size,
	};
}

function sameRows(a: readonly ContactRow[], b: readonly ContactRow[]): boolean {
	return a.length === b.length && a.every((row, index) => row === b[index]);
}

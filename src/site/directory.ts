// What the contacts directory shows: pure functions over offers and their contacts.
// A country page lists the contacts whose Countries/Regions name the country, one row per
// person and role; the global (`OOO`) contacts are listed once, on the global page.
import { type Contact, contactKey, coversCountry } from '../domain/contact-schema.ts';
import { ALL_COUNTRIES, COUNTRIES_WITH_STATES, findState } from '../domain/countries.ts';
import { CONTACT_ROLES, type ContactRole, SALES_ROLE } from '../domain/vocabulary.ts';

/** What the directory needs of an offer. */
export interface DirectoryOffer {
	slug: string;
	title: string;
	markets: readonly string[];
	contacts: readonly Contact[];
}

type CompareNames = (a: string, b: string) => number;
const byDefault: CompareNames = (a, b) => a.localeCompare(b);

/** One person in one role on a country page, with every offer they cover the country for. */
export interface PersonRow<Offer extends DirectoryOffer = DirectoryOffer> {
	name: string;
	jobTitle: string;
	email: string;
	role: Contact['role'];
	/** Their states or provinces in the country (US, Canada, Australia), sorted; empty elsewhere. */
	states: string[];
	/** Some offer has them for the whole country (no state of it named): only where states exist. */
	wholeCountry: boolean;
	/** The offers they are a contact of there, in the kit's order. */
	offers: Offer[];
}

export interface RoleRows<Offer extends DirectoryOffer = DirectoryOffer> {
	role: ContactRole;
	rows: PersonRow<Offer>[];
}

/** Does the contact's Countries/Regions cell name the country itself (not only `OOO`)? */
export function namesCountry(contact: Pick<Contact, 'countries'>, code: string): boolean {
	return contact.countries.includes(code);
}

/**
 * Who names which country, worked out once per list of offers: every country page asks of the
 * same list (the site's, which never changes once read; a list changed after it was asked of
 * would keep its old answers).
 */
interface CountryIndex {
	/** The offers with a contact whose Countries/Regions name the country (or `OOO`), in the list's order. */
	offersNaming: Map<string, DirectoryOffer[]>;
	/** Of each offer, whether it seeks a market, and whether a Partner sales contact of it covers one (`coversCountry`). */
	markets: Map<DirectoryOffer, { seeks: (code: string) => boolean; salesCovers: (code: string) => boolean }>;
}

const countryIndexes = new WeakMap<readonly DirectoryOffer[], CountryIndex>();

function countryIndex(offers: readonly DirectoryOffer[]): CountryIndex {
	let index = countryIndexes.get(offers);
	if (index) return index;
	index = { offersNaming: new Map(), markets: new Map() };
	for (const offer of offers) {
		const named = new Set<string>();
		const sales = new Set<string>();
		for (const contact of offer.contacts) {
			for (const code of contact.countries) {
				named.add(code);
				if (contact.role === SALES_ROLE) sales.add(code);
			}
		}
		for (const code of named) {
			const list = index.offersNaming.get(code);
			if (list) list.push(offer);
			else index.offersNaming.set(code, [offer]);
		}
		// Every country its sales contacts name, as one contact: covered as coversCountry has it.
		const salesContact = { countries: [...sales] };
		const markets = new Set(offer.markets);
		index.markets.set(offer, {
			seeks: (code) => markets.has(code) || markets.has(ALL_COUNTRIES),
			salesCovers: (code) => coversCountry(salesContact, code),
		});
	}
	countryIndexes.set(offers, index);
	return index;
}

/** The offers with a contact whose Countries/Regions name `code` (a country, or `OOO`), in the list's order. */
export function offersNaming<Offer extends DirectoryOffer>(offers: readonly Offer[], code: string): Offer[] {
	return (countryIndex(offers).offersNaming.get(code) ?? []) as Offer[];
}

/**
 * A country's own contacts: those whose Countries/Regions name it, one row per person (by email)
 * and role, however many offers and states they cover there. Grouped by role in Partner Center's
 * order, then sorted by name; roles without anyone are left out.
 */
export function countryRows<Offer extends DirectoryOffer>(
	offers: readonly Offer[],
	code: string,
	compareNames: CompareNames = byDefault,
): RoleRows<Offer>[] {
	const hasStates = COUNTRIES_WITH_STATES.includes(code);
	const rows = new Map<string, PersonRow<Offer>>();
	for (const offer of offersNaming(offers, code)) {
		for (const contact of offer.contacts) {
			if (!namesCountry(contact, code)) continue;
			const key = contactKey(contact);
			const row: PersonRow<Offer> = rows.get(key) ?? {
				name: contact.name,
				jobTitle: contact.jobTitle,
				email: contact.email,
				role: contact.role,
				states: [],
				wholeCountry: false,
				offers: [],
			};
			rows.set(key, row);
			if (!row.offers.includes(offer)) row.offers.push(offer);
			if (!hasStates) continue;
			const states = contact.states.filter((state) => findState(state)?.country === code);
			if (states.length === 0) row.wholeCountry = true;
			for (const state of states) if (!row.states.includes(state)) row.states.push(state);
		}
	}
	for (const row of rows.values()) row.states.sort();
	return CONTACT_ROLES.map((role) => ({
		role,
		rows: [...rows.values()].filter((row) => row.role === role).sort((a, b) => compareNames(a.name, b.name)),
	})).filter((group) => group.rows.length > 0);
}

/** How many rows a country page lists: its own contacts, one per person and role. */
export function countCountryContacts(offers: readonly DirectoryOffer[], code: string): number {
	const keys = new Set<string>();
	for (const offer of offersNaming(offers, code))
		for (const contact of offer.contacts) if (namesCountry(contact, code)) keys.add(contactKey(contact));
	return keys.size;
}

/** An offer's global contacts, by role. */
export interface GlobalOffer<Offer extends DirectoryOffer = DirectoryOffer> {
	offer: Offer;
	roles: { role: ContactRole; contacts: Contact[] }[];
}

/** Every global (`OOO`) contact once, grouped by offer (in the kit's order) and role; offers without any are left out. */
export function globalContacts<Offer extends DirectoryOffer>(
	offers: readonly Offer[],
	compareNames: CompareNames = byDefault,
): GlobalOffer<Offer>[] {
	return offers
		.map((offer) => {
			const global = offer.contacts.filter((contact) => contact.countries.includes(ALL_COUNTRIES));
			const roles = CONTACT_ROLES.map((role) => ({
				role,
				contacts: global.filter((contact) => contact.role === role).sort((a, b) => compareNames(a.name, b.name)),
			})).filter((group) => group.contacts.length > 0);
			return { offer, roles };
		})
		.filter((entry) => entry.roles.length > 0);
}

/** How many rows the global page lists: each offer's global contacts. */
export function countGlobalContacts(offers: readonly DirectoryOffer[]): number {
	let count = 0;
	for (const offer of offers) for (const contact of offer.contacts) if (contact.countries.includes(ALL_COUNTRIES)) count++;
	return count;
}

/** How many offers have global contacts: the line on every country page that links to them. */
export function countOffersWithGlobalContacts(offers: readonly DirectoryOffer[]): number {
	return offersNaming(offers, ALL_COUNTRIES).length;
}

/**
 * Offers that seek co-sell ready status in the country (their markets name it, or are `OOO`)
 * but have no Partner sales contact covering it (a global one covers it: co-sell-requirements).
 */
export function offersMissingSales<Offer extends DirectoryOffer>(offers: readonly Offer[], code: string): Offer[] {
	const { markets } = countryIndex(offers);
	return offers.filter((offer) => {
		const market = markets.get(offer);
		return market ? market.seeks(code) && !market.salesCovers(code) : false;
	});
}

/** The rows of a contacts.csv download: one per offer and contact, offers in the kit's order, then by role and name. */
export function csvRows<Offer extends DirectoryOffer>(
	offers: readonly Offer[],
	include: (contact: Contact) => boolean,
	compareNames: CompareNames = byDefault,
): { offer: Offer; contact: Contact }[] {
	return offers.flatMap((offer) =>
		CONTACT_ROLES.flatMap((role) =>
			offer.contacts
				.filter((contact) => contact.role === role && include(contact))
				.sort((a, b) => compareNames(a.name, b.name))
				.map((contact) => ({ offer, contact })),
		),
	);
}

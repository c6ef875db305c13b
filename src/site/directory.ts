// Who appears on which country page: pure functions over offers and their contacts.
import { type Contact, coversCountry } from '../domain/contact-schema.ts';
import { ALL_COUNTRIES, COUNTRIES_WITH_STATES, findState } from '../domain/countries.ts';
import { CONTACT_ROLES, type ContactRole, SALES_ROLE } from '../domain/vocabulary.ts';

/** What the directory needs of an offer. */
export interface DirectoryOffer {
	slug: string;
	title: string;
	markets: readonly string[];
	contacts: readonly Contact[];
}

/** A contact as listed on one country's page. */
export interface CountryContact {
	contact: Contact;
	/** The contact covers every country (`OOO`). */
	global: boolean;
	/** The contact's states or provinces in this country; empty means the whole country. */
	states: string[];
}

export interface StateGroup {
	/** A state code, or undefined for contacts who cover the whole country. */
	state: string | undefined;
	contacts: CountryContact[];
}

export interface RoleGroup {
	role: ContactRole;
	contacts: CountryContact[];
	/** For the US, Canada and Australia: the same contacts grouped by state or province. */
	byState?: StateGroup[];
}

export interface OfferContacts<Offer extends DirectoryOffer = DirectoryOffer> {
	offer: Offer;
	roles: RoleGroup[];
}

function countryContact(contact: Contact, code: string): CountryContact {
	return {
		contact,
		global: contact.countries.includes(ALL_COUNTRIES),
		states: contact.states.filter((state) => findState(state)?.country === code),
	};
}

/** Groups contacts by state; contacts without a state here cover the whole country and come first. */
export function groupByState(contacts: readonly CountryContact[]): StateGroup[] {
	const whole = contacts.filter((entry) => entry.states.length === 0);
	const states = [...new Set(contacts.flatMap((entry) => entry.states))].sort();
	const groups: StateGroup[] = whole.length > 0 ? [{ state: undefined, contacts: whole }] : [];
	for (const state of states) groups.push({ state, contacts: contacts.filter((entry) => entry.states.includes(state)) });
	return groups;
}

/**
 * Every contact whose Countries/Regions include the country or are `OOO`, grouped by offer and
 * then role (in Partner Center's role order). Offers without such contacts are left out.
 */
export function contactsForCountry<Offer extends DirectoryOffer>(
	offers: readonly Offer[],
	code: string,
	compareNames: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): OfferContacts<Offer>[] {
	const hasStates = COUNTRIES_WITH_STATES.includes(code);
	return offers
		.map((offer) => {
			const covering = offer.contacts.filter((contact) => coversCountry(contact, code));
			const roles = CONTACT_ROLES.map((role): RoleGroup => {
				const contacts = covering
					.filter((contact) => contact.role === role)
					.sort((a, b) => compareNames(a.name, b.name))
					.map((contact) => countryContact(contact, code));
				return hasStates ? { role, contacts, byState: groupByState(contacts) } : { role, contacts };
			}).filter((group) => group.contacts.length > 0);
			return { offer, roles };
		})
		.filter((entry) => entry.roles.length > 0);
}

/** Where an offer's contacts reach: what decides where it stands on each country page. */
export interface OfferReach {
	/**
	 * Countries the offer has contacts of its own in: named by a contact, or by the state of a
	 * global contact (who is then listed under that state, with the offer in its own section).
	 */
	localCountries: Set<string>;
	/** Some contact covers every country (`OOO`): the offer is on every country page. */
	hasGlobalContacts: boolean;
}

export function offerReach(contacts: readonly Contact[]): OfferReach {
	const localCountries = new Set<string>();
	for (const contact of contacts) {
		for (const code of contact.countries) if (code !== ALL_COUNTRIES) localCountries.add(code);
		for (const state of contact.states) {
			const country = findState(state)?.country;
			if (country) localCountries.add(country);
		}
	}
	return { localCountries, hasGlobalContacts: contacts.some((contact) => contact.countries.includes(ALL_COUNTRIES)) };
}

/** How many contact rows a country page lists (a person in two roles counts twice). */
export function countContacts(offers: readonly DirectoryOffer[], code: string): number {
	let count = 0;
	for (const offer of offers) for (const contact of offer.contacts) if (coversCountry(contact, code)) count++;
	return count;
}

/**
 * Offers that seek co-sell ready status in the country (their markets name it, or are `OOO`)
 * but have no Partner sales contact covering it.
 */
export function offersMissingSales<Offer extends DirectoryOffer>(offers: readonly Offer[], code: string): Offer[] {
	return offers.filter(
		(offer) =>
			(offer.markets.includes(code) || offer.markets.includes(ALL_COUNTRIES)) &&
			!offer.contacts.some((contact) => contact.role === SALES_ROLE && coversCountry(contact, code)),
	);
}

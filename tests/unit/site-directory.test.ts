import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/contact-schema.ts';
import { contactsForCountry, countContacts, groupByState, offerReach, offersMissingSales } from '../../src/site/directory.ts';

const contact = (name: string, role: Contact['role'], countries: string[], states: string[] = []): Contact => ({
	name,
	email: `${name.toLowerCase()}@kit.example`,
	jobTitle: 'Seller',
	role,
	countries,
	states,
});

const global = contact('Gina', 'Partner marketing', ['OOO']);
const usCanada = contact('Uma', 'Partner sales', ['US', 'CA'], ['US-WA', 'US-CA', 'CA-ON']);
const usWhole = contact('Walt', 'Partner sales', ['US']);
const france = contact('Fleur', 'Partner technical sales', ['FR']);
const offers = [
	{ slug: 'alpha', title: 'Alpha', markets: ['US', 'FR'], contacts: [global, usCanada, usWhole, france] },
	{ slug: 'beta', title: 'Beta', markets: ['OOO'], contacts: [contact('Bo', 'Partner sales', ['DE'])] },
	{ slug: 'gamma', title: 'Gamma', markets: [], contacts: [] },
];

describe('contactsForCountry', () => {
	it('lists contacts of the country and OOO contacts, grouped by offer and role in Partner Center order', () => {
		const france = contactsForCountry(offers, 'FR');
		expect(
			france.map(({ offer, roles }) => [offer.slug, roles.map((group) => [group.role, group.contacts.map((c) => c.contact.name)])]),
		).toEqual([
			[
				'alpha',
				[
					['Partner marketing', ['Gina']],
					['Partner technical sales', ['Fleur']],
				],
			],
		]);
		expect(france[0]?.roles[0]?.contacts[0]?.global).toBe(true);
		expect(france[0]?.roles[0]?.byState).toBeUndefined();
	});

	it('leaves out offers without a contact there', () => {
		expect(contactsForCountry(offers, 'JP').map((entry) => entry.offer.slug)).toEqual(['alpha']);
		expect(contactsForCountry(offers, 'DE').map((entry) => entry.offer.slug)).toEqual(['alpha', 'beta']);
	});

	it('groups US, Canadian and Australian contacts by state, whole-country contacts first', () => {
		const sales = contactsForCountry(offers, 'US')[0]?.roles.find((group) => group.role === 'Partner sales');
		expect(sales?.contacts.map((entry) => [entry.contact.name, entry.states])).toEqual([
			['Uma', ['US-WA', 'US-CA']],
			['Walt', []],
		]);
		expect(sales?.byState?.map((group) => [group.state, group.contacts.map((entry) => entry.contact.name)])).toEqual([
			[undefined, ['Walt']],
			['US-CA', ['Uma']],
			['US-WA', ['Uma']],
		]);
		// In Canada, only Uma's Canadian province counts.
		const canada = contactsForCountry(offers, 'CA')[0]?.roles.find((group) => group.role === 'Partner sales');
		expect(canada?.byState?.map((group) => group.state)).toEqual(['CA-ON']);
	});

	it('sorts contacts with the given comparison', () => {
		const reversed = contactsForCountry(offers, 'US', (a, b) => b.localeCompare(a))[0]?.roles[1]?.contacts.map((e) => e.contact.name);
		expect(reversed).toEqual(['Walt', 'Uma']);
	});
});

describe('countContacts', () => {
	it.each([
		['US', 3],
		['FR', 2],
		['DE', 2],
		['JP', 1],
	])('%s has %i contact rows', (code, count) => {
		expect(countContacts(offers, code)).toBe(count);
	});
});

describe('offersMissingSales', () => {
	it.each([
		// beta seeks every market (OOO) but has a sales contact in DE only.
		['US', ['beta']],
		['FR', ['alpha', 'beta']],
		['JP', ['beta']],
		['DE', []],
	])('in %s: %j', (code, slugs) => {
		expect(offersMissingSales(offers, code).map((offer) => offer.slug)).toEqual(slugs);
	});
});

describe('groupByState', () => {
	it('returns no group for no contacts', () => {
		expect(groupByState([])).toEqual([]);
	});
});

describe('offerReach', () => {
	it('counts a country as local when a contact names it, or a global contact names one of its states', () => {
		const reach = offerReach([contact('Ana', 'Partner sales', ['FR', 'DE']), contact('Bo', 'Partner marketing', ['OOO'], ['AU-NSW'])]);
		expect([...reach.localCountries].sort()).toEqual(['AU', 'DE', 'FR']);
		expect(reach.hasGlobalContacts).toBe(true);
		expect(offerReach([contact('Cy', 'Partner sales', ['US'])])).toEqual({ localCountries: new Set(['US']), hasGlobalContacts: false });
	});
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/random.ts';
import type { Contact } from '../../src/domain/contact-schema.ts';
import { formatCountryContactsCsv } from '../../src/domain/contacts-csv.ts';
import { translator } from '../../src/i18n/index.ts';
import { contactsCsv, countriesWithContacts } from '../../src/site/country-csv.ts';
import {
	countCountryContacts,
	countGlobalContacts,
	countOffersWithGlobalContacts,
	countryRows,
	globalContacts,
	offersMissingSales,
} from '../../src/site/directory.ts';
import { contactCountLabel, globalLine, offerLink, statesText } from '../../src/site/directory-text.ts';
import type { SiteOffer } from '../../src/site/kit.ts';

const contact = (name: string, role: Contact['role'], countries: string[], states: string[] = [], email?: string): Contact => ({
	name,
	email: email ?? `${name.toLowerCase()}@kit.example`,
	jobTitle: 'Seller',
	role,
	countries,
	states,
});

const offer = (slug: string, title: string, markets: string[], contacts: Contact[], lang: 'en' | 'zh-cn' = 'en') =>
	({
		slug,
		title,
		markets,
		contacts,
		translations: {},
		data: { title, summary: '', publisher: 'Kit', lang, markets },
	}) as unknown as SiteOffer;

const gina = contact('Gina', 'Partner marketing', ['OOO']);
const uma = contact('Uma', 'Partner sales', ['US', 'CA'], ['US-WA', 'US-CA', 'US-TX', 'CA-ON']);
const walt = contact('Walt', 'Partner sales', ['US']);
const fleur = contact('Fleur', 'Partner technical sales', ['FR']);
const offers = [
	offer('alpha', 'Alpha', ['US', 'FR'], [gina, uma, walt, fleur]),
	// Uma again, for another offer, and in a second role.
	offer(
		'beta',
		'Beta',
		['OOO'],
		[contact('Bo', 'Partner sales', ['DE']), { ...uma, states: ['US-WA'] }, { ...uma, role: 'Partner marketing' }],
	),
	offer('gamma', 'Gamma', [], []),
	offer('delta', 'Delta', ['JP'], [contact('Sol', 'Partner sales', ['OOO'], ['AU-NSW']), contact('Ann', 'Partner sales', ['OOO'])]),
];

const names = (roles: ReturnType<typeof countryRows>) => roles.map(({ role, rows }) => [role, rows.map((row) => row.name)]);

describe('countryRows', () => {
	it('lists a contact with three US states as ONE row, with the states listed', () => {
		const sales = countryRows(offers, 'US').find((group) => group.role === 'Partner sales');
		const row = sales?.rows.find((candidate) => candidate.name === 'Uma');
		expect(sales?.rows.filter((candidate) => candidate.name === 'Uma')).toHaveLength(1);
		expect(row).toMatchObject({ states: ['US-CA', 'US-TX', 'US-WA'], wholeCountry: false });
		// She covers the US for two offers: one row naming both.
		expect(row?.offers.map((entry) => entry.slug)).toEqual(['alpha', 'beta']);
		expect(sales?.rows.find((candidate) => candidate.name === 'Walt')).toMatchObject({ states: [], wholeCountry: true });
	});

	it('gives a person one row per role, roles in Partner Center order, names sorted', () => {
		expect(names(countryRows(offers, 'US'))).toEqual([
			['Partner marketing', ['Uma']],
			['Partner sales', ['Uma', 'Walt']],
		]);
		expect(names(countryRows(offers, 'US', (a, b) => b.localeCompare(a)))[1]).toEqual(['Partner sales', ['Walt', 'Uma']]);
	});

	it('keeps global contacts off country pages, even one naming a state there', () => {
		expect(names(countryRows(offers, 'FR'))).toEqual([['Partner technical sales', ['Fleur']]]);
		expect(countryRows(offers, 'JP')).toEqual([]);
		expect(countryRows(offers, 'AU')).toEqual([]);
	});

	it('keeps only the states of the country, and none outside the US, Canada and Australia', () => {
		const canada = countryRows(offers, 'CA').flatMap((group) => group.rows);
		expect(canada.map((row) => [row.name, row.role, row.states])).toEqual([
			['Uma', 'Partner marketing', ['CA-ON']],
			['Uma', 'Partner sales', ['CA-ON']],
		]);
		expect(countryRows(offers, 'DE')[0]?.rows[0]).toMatchObject({ name: 'Bo', states: [], wholeCountry: false });
	});
});

describe('counts', () => {
	it.each([
		['US', 3],
		['CA', 2],
		['FR', 1],
		['DE', 1],
		['JP', 0],
		['AU', 0],
	])('%s has %i rows of its own', (code, count) => {
		expect(countCountryContacts(offers, code)).toBe(count);
		expect(countryRows(offers, code).flatMap((group) => group.rows)).toHaveLength(count);
	});

	it('counts the global contacts and the offers that have them', () => {
		expect(countGlobalContacts(offers)).toBe(3);
		expect(countOffersWithGlobalContacts(offers)).toBe(2);
	});

	it('words them', () => {
		const t = translator('en');
		expect([0, 1, 12].map((count) => contactCountLabel(t, count))).toEqual(['No contacts', '1 contact', '12 contacts']);
		expect(globalLine(t, 0)).toBeUndefined();
		expect(globalLine(t, 1)).toBe('1 offer also has global contacts, who cover every country.');
		expect(globalLine(t, 2)).toBe('2 offers also have global contacts, who cover every country.');
		expect(globalLine(translator('zh-cn'), 2)).toBe('另有 2 个产品设有覆盖所有国家/地区的全球联系人。');
	});
});

describe('globalContacts', () => {
	it('lists every global contact once, by offer and role', () => {
		expect(
			globalContacts(offers).map(({ offer: entry, roles }) => [
				entry.slug,
				roles.map(({ role, contacts }) => [role, contacts.map((c) => c.name)]),
			]),
		).toEqual([
			['alpha', [['Partner marketing', ['Gina']]]],
			['delta', [['Partner sales', ['Ann', 'Sol']]]],
		]);
	});
});

describe('offersMissingSales', () => {
	it.each([
		// beta seeks every market (OOO), with sales contacts in the US and DE; delta's is global.
		['US', []],
		['FR', ['alpha', 'beta']],
		['JP', ['beta']],
		['DE', []],
		['NZ', ['beta']],
	])('in %s: %j', (code, slugs) => {
		expect(offersMissingSales(offers, code).map((entry) => entry.slug)).toEqual(slugs);
	});

	it('names an offer seeking every market without any sales contact there', () => {
		expect(offersMissingSales([offer('eta', 'Eta', ['OOO'], [fleur])], 'JP').map((entry) => entry.slug)).toEqual(['eta']);
	});
});

describe('statesText and offerLink', () => {
	const t = translator('en');
	it('names the states, after "Whole country" where an offer names none', () => {
		expect(statesText({ states: ['US-CA', 'US-WA'], wholeCountry: true }, t, 'en')).toBe(
			'Whole country, California (US-CA), Washington (US-WA)',
		);
		expect(statesText({ states: [], wholeCountry: false }, t, 'en')).toBe('');
	});

	it('names the states in Chinese with Chinese punctuation, codes kept', () => {
		expect(statesText({ states: ['US-AZ', 'CA-BC'], wholeCountry: true }, translator('zh-cn'), 'zh-cn')).toBe(
			'全国、亚利桑那州（US-AZ）、不列颠哥伦比亚省（CA-BC）',
		);
	});

	it('marks a title written in another language', () => {
		expect(offerLink(offer('zeta', '泽塔', [], [], 'zh-cn'), 'en', (slug) => `/offers/${slug}/`)).toEqual({
			title: '泽塔',
			href: '/offers/zeta/',
			lang: 'zh-CN',
		});
		expect(offerLink(offers[0] as SiteOffer, 'en', (slug) => `/offers/${slug}/`).lang).toBeUndefined();
	});
});

describe('contacts.csv downloads', () => {
	it('hold a country’s own contacts, one row per offer and contact, in the template with an Offer column', () => {
		expect(contactsCsv(offers, 'US', 'en')).toBe(
			formatCountryContactsCsv([
				{ offer: 'Alpha', contact: uma },
				{ offer: 'Alpha', contact: walt },
				{ offer: 'Beta', contact: { ...uma, role: 'Partner marketing' } },
				{ offer: 'Beta', contact: { ...uma, states: ['US-WA'] } },
			]),
		);
		expect(contactsCsv(offers, 'JP', 'en')).toBe('\uFEFFName,Email,Job title,Role,Countries/Regions,States/Provinces,Offer\n');
	});

	it('hold every global contact in the global file', () => {
		expect(
			contactsCsv(offers, 'OOO', 'en')
				.split('\n')
				.slice(1, -1)
				.map((line) => line.split(',')[0]),
		).toEqual(['Gina', 'Ann', 'Sol']);
	});

	it('stay Excel-safe', () => {
		const risky = [offer('x', 'X', [], [contact('=HYPERLINK("http://evil")', 'Partner sales', ['FR'])])];
		expect(contactsCsv(risky, 'FR', 'en')).not.toMatch(/\n=/);
	});

	it('exist for the countries with contacts of their own', () => {
		expect(countriesWithContacts(offers)).toEqual(['CA', 'FR', 'DE', 'US']); // the co-sell table's order
	});
});

describe('the country index', () => {
	// Every country page asks of the same list, so the directory indexes it once: the answers must
	// be those of reading every contact of every offer, on a kit large enough to hold every case.
	const CODES = ['US', 'CA', 'FR', 'DE', 'JP', 'OOO'];
	const ROLES: Contact['role'][] = ['Partner sales', 'Partner marketing', 'Partner technical sales'];
	// The same kit on every run.
	const { pick } = seededRandom(7);
	const kit = Array.from({ length: 60 }, (_, index) =>
		offer(
			`offer-${index}`,
			`Offer ${index}`,
			[pick(CODES), pick(CODES)],
			Array.from({ length: index % 5 }, (__, n) => contact(`P${(index * 7 + n) % 23}`, pick(ROLES), [pick(CODES), pick(CODES)])),
		),
	);

	it('finds what reading every contact finds', () => {
		for (const code of CODES.filter((candidate) => candidate !== 'OOO')) {
			const naming = kit.filter((o) => o.contacts.some((c) => c.countries.includes(code)));
			expect(countryRows(kit, code)).toEqual(countryRows(naming, code));
			expect(countCountryContacts(kit, code)).toBe(
				new Set(naming.flatMap((o) => o.contacts.filter((c) => c.countries.includes(code)).map((c) => `${c.email} ${c.role}`))).size,
			);
			const missing = kit.filter(
				(o) =>
					(o.markets.includes(code) || o.markets.includes('OOO')) &&
					!o.contacts.some((c) => c.role === 'Partner sales' && (c.countries.includes(code) || c.countries.includes('OOO'))),
			);
			expect(offersMissingSales(kit, code)).toEqual(missing);
		}
		// The kit holds every case: global sales contacts, and offers with and without gaps.
		expect(kit.filter((o) => o.contacts.some((c) => c.role === 'Partner sales' && c.countries.includes('OOO'))).length).toBeGreaterThan(2);
		expect(countOffersWithGlobalContacts(kit)).toBe(kit.filter((o) => o.contacts.some((c) => c.countries.includes('OOO'))).length);
	});
});

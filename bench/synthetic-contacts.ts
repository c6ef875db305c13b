// The contacts of a synthetic offer: 3 to 30 people in Partner Center's four roles, across many
// countries, with OOO (global) contacts and US, Canadian and Australian states, and now and
// then a market left without a Partner sales contact, as real kits have.

import { CO_SELL_STATES } from '../src/domain/co-sell-tables.ts';
import type { Contact } from '../src/domain/contact-schema.ts';
import { ALL_COUNTRIES, COUNTRY_CODES } from '../src/domain/countries.ts';
import { CONTACT_ROLES, type ContactRole, SALES_ROLE } from '../src/domain/vocabulary.ts';
import type { Random } from './random.ts';
import {
	CHINESE_GIVEN_NAMES,
	CHINESE_GIVEN_PINYIN,
	CHINESE_SURNAME_PINYIN,
	CHINESE_SURNAMES,
	FIRST_NAMES,
	JOB_TITLES,
	LAST_NAMES,
} from './synthetic-names.ts';

/** Markets partners name most; the rest of the co-sell table comes up now and then. */
export const COMMON_MARKETS = [
	'US',
	'CA',
	'GB',
	'DE',
	'FR',
	'AU',
	'NZ',
	'JP',
	'CN',
	'IN',
	'BR',
	'MX',
	'SG',
	'HK',
	'NL',
	'IE',
	'ES',
	'IT',
	'SE',
	'CH',
	'KR',
	'ZA',
	'AE',
	'SA',
	'TW',
	'MY',
] as const;

export const CONTACT_COUNT = { min: 3, max: 30 } as const;

/** A country: a common market most of the time, any country of the co-sell table otherwise. */
export function pickCountry(random: Random): string {
	return random.chance(0.8) ? random.pick(COMMON_MARKETS) : random.pick(COUNTRY_CODES);
}

/** An offer's markets: all countries (OOO) for one offer in ten, else 1 to 12 countries. */
export function pickMarkets(random: Random): string[] {
	if (random.chance(0.1)) return [ALL_COUNTRIES];
	const markets = new Set<string>();
	const wanted = random.int(1, 12);
	while (markets.size < wanted) markets.add(pickCountry(random));
	return [...markets];
}

export interface ContactsInput {
	random: Random;
	markets: readonly string[];
	/** Chinese partners' contacts have Chinese names and titles. */
	chinese: boolean;
	/** The partner's email domain, e.g. `contoso.example`. */
	domain: string;
}

interface Person {
	name: string;
	email: string;
}

/** The offer's contacts, each (email, role) once. */
export function syntheticContacts({ random, markets, chinese, domain }: ContactsInput): Contact[] {
	const count = random.chance(0.2) ? random.int(13, CONTACT_COUNT.max) : random.int(CONTACT_COUNT.min, 12);
	const people = new Set<string>();
	const person = (): Person => {
		for (;;) {
			const candidate = chinese ? chinesePerson(random, domain) : latinPerson(random, domain);
			if (!people.has(candidate.email)) {
				people.add(candidate.email);
				return candidate;
			}
		}
	};
	const contacts: Contact[] = [];
	const add = (role: ContactRole, countries: string[], who: Person = person()) => {
		const titles = JOB_TITLES[role];
		const [english, chineseTitle] = random.pick(titles);
		contacts.push({ ...who, jobTitle: chinese ? chineseTitle : english, role, countries, states: pickStates(random, countries) });
	};

	// A global marketing contact, then Partner sales contacts for the markets (one market in ten left uncovered).
	add('Partner marketing', [ALL_COUNTRIES]);
	const covered = markets.filter(() => !random.chance(0.1));
	for (let start = 0; start < covered.length && contacts.length < count; ) {
		const size = random.int(1, 3);
		add(SALES_ROLE, covered.slice(start, start + size));
		start += size;
	}
	while (contacts.length < count) {
		const role = random.weighted<ContactRole>([
			[SALES_ROLE, 4],
			['Partner technical sales', 3],
			['Partner customer success manager', 2],
			['Partner marketing', 1],
		]);
		const countries = random.chance(0.15) ? [ALL_COUNTRIES] : distinct(random, random.int(1, 4));
		// Now and then one person holds a second role, as in Partner Center's template.
		const previous = contacts[contacts.length - 1];
		const holdsRole = (email: string) => contacts.some((contact) => contact.email === email && contact.role === role);
		const again = previous && !holdsRole(previous.email) && random.chance(0.1) ? { name: previous.name, email: previous.email } : undefined;
		add(role, countries, again);
	}
	const order = (contact: Contact) => (CONTACT_ROLES as readonly string[]).indexOf(contact.role);
	return contacts.sort((a, b) => order(a) - order(b));
}

function distinct(random: Random, count: number): string[] {
	const countries = new Set<string>();
	while (countries.size < count) countries.add(pickCountry(random));
	return [...countries];
}

/** Half of the contacts in the US, Canada or Australia name 1 to 6 of its states or provinces. */
function pickStates(random: Random, countries: readonly string[]): string[] {
	const candidates = CO_SELL_STATES.filter((state) => countries.includes(state.country));
	if (candidates.length === 0 || !random.chance(0.5)) return [];
	return random.sample(candidates, random.int(1, Math.min(6, candidates.length))).map((state) => state.code);
}

function latinPerson(random: Random, domain: string): Person {
	const first = random.pick(FIRST_NAMES);
	const last = random.pick(LAST_NAMES);
	const local = `${first}.${last}`
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ø/g, 'o')
		.replace(/[^a-z.-]+/g, '');
	return { name: `${first} ${last}`, email: `${local}${random.chance(0.3) ? random.int(2, 99) : ''}@${domain}` };
}

function chinesePerson(random: Random, domain: string): Person {
	const surname = random.int(0, CHINESE_SURNAMES.length - 1);
	const given = random.int(0, CHINESE_GIVEN_NAMES.length - 1);
	return {
		name: `${CHINESE_SURNAMES[surname]}${CHINESE_GIVEN_NAMES[given]}`,
		email: `${CHINESE_SURNAME_PINYIN[surname]}.${CHINESE_GIVEN_PINYIN[given]}${random.chance(0.3) ? random.int(2, 99) : ''}@${domain}`,
	};
}

import { describe, expect, it } from 'vitest';
import { type ContactCells, ContactSchema, contactKey, coversCountry } from '../../src/domain/contact-schema.ts';
import { check, contact, type FieldProblem } from './support.ts';

const ANN: ContactCells = {
	name: 'Ann Lee',
	email: 'ann@contoso.example',
	jobTitle: 'Account executive',
	role: 'Partner sales',
	countries: 'US',
	states: '',
};
const ROLES = '"Partner marketing", "Partner sales", "Partner technical sales" or "Partner customer success manager"';
const COUNTRY_HELP = 'Use OOO for all countries or a two-letter code from the co-sell country table.';
const STATE_HELP = 'Use a code from the co-sell state table (US, Canada and Australia).';
const MIXED = 'mixes OOO (all countries) with country codes: keep only OOO, or list the countries';
const COUNTRY_OR_STATE = (code: string) =>
	`If it is a country, quote the Countries/Regions cell when it lists several ("US, ${code}"); if it is a state or province, write its country prefix: "US-${code}".`;

const parse = (cells: Partial<ContactCells>) => check(ContactSchema(), { ...ANN, ...cells });

describe('ContactSchema accepts', () => {
	it('a complete row, codes split into lists', () => {
		expect(parse({})).toEqual({
			ok: true,
			problems: [],
			data: {
				name: 'Ann Lee',
				email: 'ann@contoso.example',
				jobTitle: 'Account executive',
				role: 'Partner sales',
				countries: ['US'],
				states: [],
			},
		});
	});

	// [rule, cells written, field read back, value read back]
	it.each<[string, Partial<ContactCells>, keyof ContactCells, unknown]>([
		['an email with spaces around it', { email: '  ann@contoso.example ' }, 'email', 'ann@contoso.example'],
		['a role in any case', { role: 'partner SALES' }, 'role', 'Partner sales'],
		...(
			[
				['Partner marketing', 'Partner marketing'],
				['Partner technical sales', 'Partner technical sales'],
				['Partner customer success manager', 'Partner customer success manager'],
			] as const
		).map(([role, expected]): [string, Partial<ContactCells>, keyof ContactCells, unknown] => [
			`the role ${role}`,
			{ role },
			'role',
			expected,
		]),
		['country codes as "US,CA"', { countries: 'US,CA' }, 'countries', ['US', 'CA']],
		['country codes as "US, CA"', { countries: 'US, CA' }, 'countries', ['US', 'CA']],
		['country codes in any case', { countries: 'us, Ca, fR' }, 'countries', ['US', 'CA', 'FR']],
		['country codes with stray spaces and a trailing comma', { countries: ' US ,CA, ' }, 'countries', ['US', 'CA']],
		['OOO for all countries', { countries: 'OOO' }, 'countries', ['OOO']],
		['OOO in any case', { countries: 'ooo' }, 'countries', ['OOO']],
		['a state of the contact country, in any case', { states: 'us-wa' }, 'states', ['US-WA']],
		['states of several countries', { countries: 'US, CA, AU', states: 'US-WA, ca-on,AU-NSW' }, 'states', ['US-WA', 'CA-ON', 'AU-NSW']],
		['any state when countries is OOO', { countries: 'OOO', states: 'CA-ON, AU-NSW' }, 'states', ['CA-ON', 'AU-NSW']],
		['a US territory as a state of US', { countries: 'US', states: 'US-PR' }, 'states', ['US-PR']],
		['no states', { states: '  ' }, 'states', []],
	])('%s', (_rule, cells, field, expected) => {
		const parsed = parse(cells);
		expect(parsed.problems).toEqual([]);
		expect(parsed.data?.[field]).toEqual(expected);
	});
});

describe('ContactSchema rejects', () => {
	// One row per rule of each column: [rule, cells written, every problem expected].
	it.each<[string, Partial<ContactCells>, FieldProblem[]]>([
		['an empty name', { name: '' }, [{ field: 'name', message: 'must not be empty' }]],
		['a blank job title', { jobTitle: '   ' }, [{ field: 'jobTitle', message: 'must not be empty' }]],
		[
			'an invalid email',
			{ email: 'ann.contoso.example' },
			[{ field: 'email', message: `"ann.contoso.example" is not a valid email address: write it as name@company.example` }],
		],
		[
			'an email with a space inside',
			{ email: 'ann lee@contoso.example' },
			[{ field: 'email', message: `"ann lee@contoso.example" is not a valid email address: write it as name@company.example` }],
		],
		['an empty email', { email: '' }, [{ field: 'email', message: 'is required' }]],
		['a blank email', { email: '   ' }, [{ field: 'email', message: 'is required' }]],
		[
			'a role close to a known one',
			{ role: 'Partner sale' },
			[{ field: 'role', message: `unknown role "Partner sale". Did you mean "Partner sales"? Use one of ${ROLES}.` }],
		],
		['an unknown role', { role: 'Sales' }, [{ field: 'role', message: `unknown role "Sales". Use one of ${ROLES}.` }]],
		['an empty role', { role: '' }, [{ field: 'role', message: `is required: use one of ${ROLES}` }]],
		['a blank role', { role: '  ' }, [{ field: 'role', message: `is required: use one of ${ROLES}` }]],
		[
			'empty countries',
			{ countries: '' },
			[{ field: 'countries', message: 'is required: write OOO for all countries, or codes such as "US, CA"' }],
		],
		[
			'countries of only commas',
			{ countries: ' , ' },
			[{ field: 'countries', message: 'is required: write OOO for all countries, or codes such as "US, CA"' }],
		],
		[
			'UK, suggesting GB',
			{ countries: 'UK' },
			[{ field: 'countries[0]', message: `unknown country code "UK". Did you mean "GB" (United Kingdom)? ${COUNTRY_HELP}` }],
		],
		['a three-letter code', { countries: 'US, USA' }, [{ field: 'countries[1]', message: `unknown country code "USA". ${COUNTRY_HELP}` }]],
		['a repeated country (any case)', { countries: 'US, us' }, [{ field: 'countries[1]', message: 'repeats country "US": remove it' }]],
		['OOO mixed with codes', { countries: 'OOO, US' }, [{ field: 'countries', message: MIXED }]],
		['codes mixed with OOO', { countries: 'US,ooo' }, [{ field: 'countries', message: MIXED }]],
		[
			'a state without its country prefix',
			{ states: 'WA' },
			[
				{
					field: 'states[0]',
					message: `unknown state or province code "WA". If it is a state or province, write its country prefix: "US-WA" or "AU-WA". ${STATE_HELP}`,
				},
			],
		],
		[
			'a bare country code as a state (an unquoted "US, CA" spilled over)',
			{ states: 'CA' },
			[{ field: 'states[0]', message: `unknown state or province code "CA". ${COUNTRY_OR_STATE('CA')} ${STATE_HELP}` }],
		],
		[
			'a bare code that is both a state and a country (Georgia, Gabon), upper-cased',
			{ states: 'ga' },
			[{ field: 'states[0]', message: `unknown state or province code "GA". ${COUNTRY_OR_STATE('GA')} ${STATE_HELP}` }],
		],
		['an unknown state', { states: 'US-XX' }, [{ field: 'states[0]', message: `unknown state or province code "US-XX". ${STATE_HELP}` }]],
		[
			'a repeated state (any case), each repetition named',
			{ countries: 'US, CA', states: 'US-WA, CA-ON, us-wa, US-WA' },
			[
				{ field: 'states[2]', message: 'repeats state "US-WA": remove it' },
				{ field: 'states[3]', message: 'repeats state "US-WA": remove it' },
			],
		],
		[
			'a state of a country the contact does not cover',
			{ countries: 'US', states: 'CA-ON' },
			[
				{
					field: 'states',
					message: "CA-ON lies in Canada (CA), which is not among this contact's Countries/Regions: add CA there or remove CA-ON",
				},
			],
		],
		[
			'a state written in lower case outside the contact countries',
			{ countries: 'CA', states: 'us-wa' },
			[
				{
					field: 'states',
					message: "US-WA lies in United States (US), which is not among this contact's Countries/Regions: add US there or remove US-WA",
				},
			],
		],
		[
			'a US territory state when only the territory is a country',
			{ countries: 'PR', states: 'US-PR' },
			[
				{
					field: 'states',
					message: "US-PR lies in United States (US), which is not among this contact's Countries/Regions: add US there or remove US-PR",
				},
			],
		],
		[
			'two states outside the contact countries, one problem each',
			{ countries: 'US', states: 'CA-ON, AU-NSW, US-WA' },
			[
				{
					field: 'states',
					message: "CA-ON lies in Canada (CA), which is not among this contact's Countries/Regions: add CA there or remove CA-ON",
				},
				{
					field: 'states',
					message: "AU-NSW lies in Australia (AU), which is not among this contact's Countries/Regions: add AU there or remove AU-NSW",
				},
			],
		],
		[
			'bad cells in every column at once',
			{ name: '', email: 'x', jobTitle: '', role: 'Boss', countries: 'UK', states: 'WA' },
			[
				{ field: 'name', message: 'must not be empty' },
				{ field: 'email', message: `"x" is not a valid email address: write it as name@company.example` },
				{ field: 'jobTitle', message: 'must not be empty' },
				{ field: 'role', message: `unknown role "Boss". Use one of ${ROLES}.` },
				{ field: 'countries[0]', message: `unknown country code "UK". Did you mean "GB" (United Kingdom)? ${COUNTRY_HELP}` },
				{
					field: 'states[0]',
					message: `unknown state or province code "WA". If it is a state or province, write its country prefix: "US-WA" or "AU-WA". ${STATE_HELP}`,
				},
			],
		],
		[
			'empty cells in every column at once',
			{ name: '', email: '', jobTitle: '', role: '', countries: '', states: '' },
			[
				{ field: 'name', message: 'must not be empty' },
				{ field: 'email', message: 'is required' },
				{ field: 'jobTitle', message: 'must not be empty' },
				{ field: 'role', message: `is required: use one of ${ROLES}` },
				{ field: 'countries', message: 'is required: write OOO for all countries, or codes such as "US, CA"' },
			],
		],
	])('%s', (_rule, cells, expected) => {
		expect(parse(cells).problems).toEqual(expected);
	});
});

describe('coversCountry', () => {
	it.each<[string, string, boolean]>([
		['US, CA', 'CA', true],
		['US, CA', 'FR', false],
		['OOO', 'FR', true],
		['OOO', 'OOO', true],
		['US', 'OOO', false],
	])('a contact for %s covers %s: %s', (countries, code, expected) => {
		expect(coversCountry(contact({ countries }), code)).toBe(expected);
	});
});

describe('contactKey', () => {
	it.each<[string, Partial<ContactCells>, Partial<ContactCells>, boolean]>([
		['same email and role', {}, {}, true],
		['email in another case', { email: 'Ann@Contoso.example' }, { email: 'ann@contoso.EXAMPLE' }, true],
		['role written in another case (resolved first)', { role: 'partner sales' }, { role: 'Partner sales' }, true],
		['another role', { role: 'Partner sales' }, { role: 'Partner marketing' }, false],
		['another email', { email: 'ann@contoso.example' }, { email: 'bob@contoso.example' }, false],
	])('%s: same key is %s', (_rule, a, b, same) => {
		expect(contactKey(contact(a)) === contactKey(contact(b))).toBe(same);
	});
});

import { z } from 'astro/zod';
import { ALL_COUNTRIES, describeCountry, findState, splitCodes } from './countries.ts';
import { countryList, EVEN_WITH_ISSUES, list, stateCode, term, text } from './schema-kit.ts';
import { CONTACT_ROLES } from './vocabulary.ts';

/** The columns of Partner Center's contacts template, in order: our canonical header. */
export const CONTACT_COLUMNS = {
	name: 'Name',
	email: 'Email',
	jobTitle: 'Job title',
	role: 'Role',
	countries: 'Countries/Regions',
	states: 'States/Provinces',
} as const;
export type ContactField = keyof typeof CONTACT_COLUMNS;
export const CONTACT_FIELDS = Object.keys(CONTACT_COLUMNS) as ContactField[];

/** One contact row as cells of text, keyed by field. */
export type ContactCells = Record<ContactField, string>;

const codeCell = <T extends z.ZodType<unknown, string[]>>(list: T) => z.string().transform(splitCodes).pipe(list);

/**
 * One row of `contacts.csv` (Partner Center's contacts template): its cells in, a contact out.
 * Codes may be written in any case and are returned upper-case.
 */
export const ContactSchema = () =>
	z
		.object({
			name: text(),
			email: z
				.string()
				.trim()
				.min(1, 'is required')
				.pipe(
					z.email({ error: (issue) => `${JSON.stringify(issue.input)} is not a valid email address: write it as name@company.example` }),
				),
			jobTitle: text(),
			role: term(
				CONTACT_ROLES.map((name) => ({ name })),
				'role',
			),
			countries: codeCell(countryList().min(1, 'is required: write OOO for all countries, or codes such as "US, CA"')),
			states: codeCell(list(stateCode(), { unique: 'state' })),
		})
		.superRefine((contact, ctx) => {
			// [decision] a state must lie in one of the contact's countries (or countries is OOO).
			if (!Array.isArray(contact.countries) || !Array.isArray(contact.states)) return;
			if (contact.countries.includes(ALL_COUNTRIES)) return;
			for (const code of contact.states) {
				if (typeof code !== 'string') continue;
				const state = findState(code);
				if (state && !contact.countries.includes(state.country)) {
					ctx.addIssue({
						code: 'custom',
						path: ['states'],
						message: `${code} lies in ${describeCountry(state.country)}, which is not among this contact's Countries/Regions: add ${state.country} there or remove ${code}`,
					});
				}
			}
		}, EVEN_WITH_ISSUES.fields);

export type Contact = z.output<ReturnType<typeof ContactSchema>>;

/** Does this contact cover the country? `OOO` covers every country. */
export function coversCountry(contact: Pick<Contact, 'countries'>, code: string): boolean {
	return contact.countries.includes(ALL_COUNTRIES) || contact.countries.includes(code);
}

/** The identity of a contact in a list: Partner Center allows one row per email and role. */
export function contactKey(contact: Pick<Contact, 'email' | 'role'>): string {
	return `${contact.email.toLowerCase()}\u0000${contact.role}`;
}

import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/domain/contact-schema.ts';
import { diffContacts } from '../../src/domain/contacts-diff.ts';

const ava: Contact = {
	name: 'Ava Reyes',
	email: 'ava@contoso.example',
	jobTitle: 'Account executive',
	role: 'Partner sales',
	countries: ['US', 'CA'],
	states: ['US-NY'],
};
const li: Contact = {
	name: 'Li Wei',
	email: 'li@contoso.example',
	jobTitle: 'Marketing lead',
	role: 'Partner marketing',
	countries: ['OOO'],
	states: [],
};
const sam: Contact = {
	name: 'Sam Ortiz',
	email: 'sam@contoso.example',
	jobTitle: 'Architect',
	role: 'Partner technical sales',
	countries: ['AU'],
	states: [],
};

/** The diff as names, for compact tables. */
function summary(before: Contact[], after: Contact[]) {
	const diff = diffContacts(before, after);
	return {
		added: diff.added.map((c) => c.name),
		removed: diff.removed.map((c) => c.name),
		changed: diff.changed.map(
			(change) => `${change.after.name}: ${change.fields.map((f) => `${f.field} ${f.before} → ${f.after}`).join('; ')}`,
		),
		unchanged: diff.unchanged.map((c) => c.name),
	};
}

describe('diffContacts', () => {
	it.each<[string, Contact[], Contact[], ReturnType<typeof summary>]>([
		['two empty lists', [], [], { added: [], removed: [], changed: [], unchanged: [] }],
		['a first import', [], [ava, li], { added: ['Ava Reyes', 'Li Wei'], removed: [], changed: [], unchanged: [] }],
		['an import of nobody removes everyone', [ava, li], [], { added: [], removed: ['Ava Reyes', 'Li Wei'], changed: [], unchanged: [] }],
		['the same list', [ava, li], [ava, li], { added: [], removed: [], changed: [], unchanged: ['Ava Reyes', 'Li Wei'] }],
		['the same list in another order', [ava, li], [li, ava], { added: [], removed: [], changed: [], unchanged: ['Li Wei', 'Ava Reyes'] }],
		[
			'one added, one removed, one kept',
			[ava, li],
			[sam, ava],
			{ added: ['Sam Ortiz'], removed: ['Li Wei'], changed: [], unchanged: ['Ava Reyes'] },
		],
		[
			'a new job title and countries: a change, with every field that differs, in column order',
			[ava],
			[{ ...ava, countries: ['US'], jobTitle: 'Sales director', states: [] }],
			{
				added: [],
				removed: [],
				changed: ['Ava Reyes: jobTitle Account executive → Sales director; countries US, CA → US; states US-NY → '],
				unchanged: [],
			},
		],
		[
			'an email in another case: the same contact, changed',
			[ava],
			[{ ...ava, email: 'Ava@Contoso.example' }],
			{ added: [], removed: [], changed: ['Ava Reyes: email ava@contoso.example → Ava@Contoso.example'], unchanged: [] },
		],
		[
			'a new name: a change',
			[li],
			[{ ...li, name: 'Wei Li' }],
			{ added: [], removed: [], changed: ['Wei Li: name Li Wei → Wei Li'], unchanged: [] },
		],
		[
			'a new role: another contact (identity is email and role)',
			[ava],
			[{ ...ava, role: 'Partner technical sales' }],
			{ added: ['Ava Reyes'], removed: ['Ava Reyes'], changed: [], unchanged: [] },
		],
		[
			'a new email: another contact',
			[ava],
			[{ ...ava, email: 'ava.reyes@contoso.example' }],
			{ added: ['Ava Reyes'], removed: ['Ava Reyes'], changed: [], unchanged: [] },
		],
		[
			'one person in two roles',
			[ava],
			[ava, { ...ava, role: 'Partner marketing' }],
			{ added: ['Ava Reyes'], removed: [], changed: [], unchanged: ['Ava Reyes'] },
		],
		['a repeated contact, matched once', [ava, ava], [ava], { added: [], removed: ['Ava Reyes'], changed: [], unchanged: ['Ava Reyes'] }],
	])('%s', (_case, before, after, expected) => {
		expect(summary(before, after)).toEqual(expected);
	});

	it('gives the contacts before and after each change', () => {
		const after = { ...ava, jobTitle: 'Sales director' };
		expect(diffContacts([ava], [after]).changed).toEqual([
			{ before: ava, after, fields: [{ field: 'jobTitle', before: 'Account executive', after: 'Sales director' }] },
		]);
	});

	it('lists removed contacts in the order of the old list, the others in the order of the new', () => {
		const diff = diffContacts([sam, ava, li], [{ ...li, name: 'Wei Li' }]);
		expect(diff.removed).toEqual([sam, ava]);
	});
});

// What an import changes in an offer's contact list. A contact's identity is its email and role
// (`contactKey`), as in Partner Center, so a new job title is a change, a new role is another contact.
import { CONTACT_FIELDS, type Contact, type ContactField, contactKey } from './contact-schema.ts';
import { joinCodes } from './countries.ts';

/** One field of a contact that differs, with its cell text before and after ("US, CA" for lists). */
export interface FieldChange {
	field: ContactField;
	before: string;
	after: string;
}

export interface ContactChange {
	before: Contact;
	after: Contact;
	/** In column order. */
	fields: FieldChange[];
}

export interface ContactsDiff {
	/** In the order of the new list. */
	added: Contact[];
	/** In the order of the old list. */
	removed: Contact[];
	/** In the order of the new list. */
	changed: ContactChange[];
	unchanged: Contact[];
}

export function diffContacts(before: readonly Contact[], after: readonly Contact[]): ContactsDiff {
	// Each old contact is matched once; a repeated key (which parseContactsCsv never returns) is added or removed.
	const unmatched = new Map<string, number[]>();
	before.forEach((contact, index) => {
		const key = contactKey(contact);
		unmatched.set(key, [...(unmatched.get(key) ?? []), index]);
	});
	const diff: ContactsDiff = { added: [], removed: [], changed: [], unchanged: [] };
	for (const contact of after) {
		const index = unmatched.get(contactKey(contact))?.shift();
		const previous = index === undefined ? undefined : before[index];
		if (!previous) {
			diff.added.push(contact);
			continue;
		}
		const fields = CONTACT_FIELDS.map((field) => ({ field, before: cellText(previous[field]), after: cellText(contact[field]) })).filter(
			(change) => change.before !== change.after,
		);
		if (fields.length === 0) diff.unchanged.push(contact);
		else diff.changed.push({ before: previous, after: contact, fields });
	}
	const left = new Set([...unmatched.values()].flat());
	diff.removed = before.filter((_, index) => left.has(index));
	return diff;
}

function cellText(value: string | readonly string[]): string {
	return typeof value === 'string' ? value : joinCodes(value);
}

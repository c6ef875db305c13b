// Round-trip properties of the contacts codec on generated contact lists: what the kit writes
// (exports, downloads, the committed contacts.csv) reads back as the same contacts.
import { z } from 'astro/zod';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CO_SELL_STATES } from '../../src/domain/co-sell-tables.ts';
import { type Contact, contactKey } from '../../src/domain/contact-schema.ts';
import { formatContactsCsv, parseContactsCsv } from '../../src/domain/contacts-csv.ts';
import { ALL_COUNTRIES, COUNTRY_CODES } from '../../src/domain/countries.ts';
import { decodeText } from '../../src/domain/text-decoding.ts';
import { CONTACT_ROLES } from '../../src/domain/vocabulary.ts';

/** Pieces of text that are hard on a CSV codec: delimiters, quotes, line breaks, formula triggers, non-ASCII. */
const PIECES = [
	'Ava',
	'Reyes',
	' ',
	',',
	', ',
	'"',
	';',
	'\t',
	'\n',
	'\r\n',
	"'",
	'=',
	'+',
	'-',
	'@',
	'陈静',
	'客户成功经理',
	'Zoë',
	'Müller',
	'😀',
	"O'Brien",
];

/** Text as the schema returns it: trimmed and not empty. */
const textFrom = (pieces: readonly string[]) =>
	fc
		.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 })
		.map((parts) => parts.join(''))
		.filter((text) => text !== '' && text.trim() === text);
/** Text that also starts with a formula trigger now and then. */
const cellText = (pieces: readonly string[]) =>
	fc.oneof(
		textFrom(pieces),
		fc.tuple(fc.constantFrom('=', '+', '-', '@', "'=", "'-"), textFrom(pieces)).map(([a, b]) => a + b),
	);

const isEmail = (text: string) => z.email().safeParse(text).success;
const email = fc
	.tuple(
		fc.array(fc.constantFrom('a', 'z', '0', '.', '_', '-', '+', "'"), { minLength: 1, maxLength: 8 }),
		fc.constantFrom('contoso.example', 'woodgrove.example', 'xn--fiqs8s.example'),
	)
	.map(([local, domain]) => `${local.join('')}@${domain}`)
	.filter(isEmail);

const countries = fc.oneof(
	fc.constant<string[]>([ALL_COUNTRIES]),
	fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { minLength: 1, maxLength: 4 }),
);
/** States that lie in the contact's countries (any state for OOO), as the schema requires. */
const statesOf = (codes: string[]): fc.Arbitrary<string[]> => {
	const allowed = CO_SELL_STATES.filter((state) => codes.includes(ALL_COUNTRIES) || codes.includes(state.country)).map((s) => s.code);
	return allowed.length === 0 ? fc.constant<string[]>([]) : fc.uniqueArray(fc.constantFrom(...allowed), { maxLength: 3 });
};

const contactWith = (pieces: readonly string[]): fc.Arbitrary<Contact> =>
	countries.chain((codes) =>
		fc.record({
			name: cellText(pieces),
			email,
			jobTitle: cellText(pieces),
			role: fc.constantFrom(...CONTACT_ROLES),
			countries: fc.constant(codes),
			states: statesOf(codes),
		}),
	);
const contactsWith = (pieces: readonly string[]) => fc.uniqueArray(contactWith(pieces), { selector: contactKey, maxLength: 8 });
const contacts = contactsWith(PIECES);

const read = (text: string, mode: 'strict' | 'lenient') => {
	const result = parseContactsCsv(text, { mode });
	expect(result.problems).toEqual([]);
	return result.contacts.map((row) => row.contact);
};

// A hundred generated lists per property; parsing each takes a few milliseconds, so allow for a busy machine.
describe('contacts CSV round trips (property tests)', { timeout: 30_000 }, () => {
	it('a download reads back, in strict and lenient mode, as the same contacts', () => {
		fc.assert(
			fc.property(contacts, (list) => {
				const text = formatContactsCsv(list);
				expect(read(text, 'strict')).toEqual(list);
				expect(read(text, 'lenient')).toEqual(list);
			}),
		);
	});

	it('the committed contacts.csv reads back as the same contacts', () => {
		fc.assert(
			fc.property(contacts, (list) => {
				expect(read(formatContactsCsv(list, { target: 'repository' }), 'strict')).toEqual(list);
			}),
		);
	});

	it('export then import is the identity: the committed file comes back byte for byte', () => {
		fc.assert(
			fc.property(contacts, (list) => {
				const committed = formatContactsCsv(list, { target: 'repository' });
				const exported = formatContactsCsv(read(committed, 'strict'));
				expect(formatContactsCsv(read(exported, 'lenient'), { target: 'repository' })).toBe(committed);
			}),
		);
	});

	it('no cell of a download starts with a formula trigger', () => {
		fc.assert(
			fc.property(contacts, (list) => {
				const cells = Papa.parse<string[]>(formatContactsCsv(list), { delimiter: ',' }).data.flat();
				expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
			}),
		);
	});

	// The importer's whole path from bytes. Its decoder turns CR into LF, so this text has no CR.
	const encodings: [string, (text: string) => Uint8Array][] = [
		['UTF-8', (text) => Buffer.from(text, 'utf8')],
		['UTF-8 with a byte order mark', (text) => Buffer.from(`\uFEFF${text}`, 'utf8')],
		['UTF-16 LE with a byte order mark', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
		['UTF-16 BE with a byte order mark', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
	];
	it.each(encodings)('a download saved as %s imports as the same contacts', (_name, encode) => {
		fc.assert(
			fc.property(contactsWith(PIECES.filter((piece) => !piece.includes('\r'))), (list) => {
				const decoded = decodeText(encode(formatContactsCsv(list)));
				if (!decoded.ok) throw new Error(decoded.reason);
				expect(read(decoded.text, 'lenient')).toEqual(list);
			}),
		);
	});
});

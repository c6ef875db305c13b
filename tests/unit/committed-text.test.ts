import { describe, expect, it } from 'vitest';
import { decodeCommittedText } from '../../src/domain/committed-text.ts';
import { CHINESE_CONTACTS, encodeAs, WESTERN_CONTACTS } from '../helpers/legacy-encoding.ts';

const FILE = 'content/offers/contoso/contacts.csv';
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const failure = (line: number, column: number, message: string) => ({
	ok: false,
	problem: { line, column, severity: 'error', field: 'file', message },
});
const convert = (from: string, file = FILE) =>
	`Convert it to UTF-8: iconv -f ${from} -t UTF-8 ${file} > ${file}.new && mv ${file}.new ${file} (or open it in your editor and save it as UTF-8)`;

describe('decodeCommittedText', () => {
	it.each([
		['UTF-8', '---\ntitle: Contoso 陈静 Zoë\n---\n'],
		['UTF-8 with CRLF line ends, which stay', '---\r\ntitle: T\r\n---\r\n'],
		['an empty file', ''],
	])('reads %s', (_case, text) => {
		expect(decodeCommittedText(utf8(text), FILE)).toEqual({ ok: true, text });
	});

	it('reads UTF-8 with a byte order mark, without the mark', () => {
		expect(decodeCommittedText(utf8('\uFEFF---\ntitle: T\n'), FILE)).toEqual({ ok: true, text: '---\ntitle: T\n' });
	});

	it('refuses GB18030, naming it, at the first character that is not UTF-8, with the iconv command', () => {
		expect(decodeCommittedText(encodeAs(CHINESE_CONTACTS, 'GB18030'), FILE)).toEqual(
			failure(2, 1, `is not UTF-8 text: it looks like GB18030 (the first character that is not UTF-8 is here). ${convert('GB18030')}`),
		);
	});

	it('refuses Windows-1252 the same way', () => {
		// "Zoë": the ë is the third character of row 2.
		expect(decodeCommittedText(encodeAs(WESTERN_CONTACTS, 'WINDOWS-1252'), FILE)).toEqual(
			failure(
				2,
				3,
				`is not UTF-8 text: it looks like Windows-1252 (the first character that is not UTF-8 is here). ${convert('Windows-1252')}`,
			),
		);
	});

	it('counts columns in characters, after a byte order mark and UTF-8 characters', () => {
		const bytes = Buffer.concat([utf8('\uFEFF---\ntitle: 陈静 '), Buffer.from('Zoë\n', 'latin1')]);
		expect(decodeCommittedText(bytes, FILE)).toMatchObject({ ok: false, problem: { line: 2, column: 13 } });
	});

	it('quotes a path with spaces or quotes in the command', () => {
		const file = "content/offers/it's here/index.mdx";
		const quoted = `'content/offers/it'\\''s here/index.mdx'`;
		const result = decodeCommittedText(encodeAs(WESTERN_CONTACTS, 'WINDOWS-1252'), file);
		expect(result.ok === false && result.problem.message).toContain(
			`iconv -f Windows-1252 -t UTF-8 ${quoted} > ${quoted.slice(0, -1)}.new' && mv ${quoted.slice(0, -1)}.new' ${quoted}`,
		);
	});

	it.each([
		['UTF-16 LE', Buffer.from('\uFEFF---\ntitle: T\n', 'utf16le')],
		['UTF-16 BE', Buffer.from('\uFEFF---\ntitle: T\n', 'utf16le').swap16()],
	])('refuses %s with a byte order mark', (name, bytes) => {
		expect(decodeCommittedText(bytes, FILE)).toEqual(failure(1, 1, `is ${name} text, not UTF-8. ${convert('UTF-16')}`));
	});

	it.each([
		['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
		['UTF-16 without a byte order mark', Buffer.from('---\ntitle: T\n', 'utf16le')],
		['text with a zero byte', utf8('---\ntitle: T\u0000\n')],
	])('refuses %s as not a text file', (_case, bytes) => {
		expect(decodeCommittedText(bytes, FILE)).toEqual(
			failure(
				1,
				1,
				'is not a text file (it holds zero bytes): it must be UTF-8 text; if it is text saved as UTF-16, save it again as UTF-8 in your editor',
			),
		);
	});
});

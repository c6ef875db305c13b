import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/domain/text-decoding.ts';
import { CHINESE_CONTACTS, encodeAs, WESTERN_CONTACTS } from '../helpers/legacy-encoding.ts';

const TEXT = 'Name,Email\nChen Jing 陈静,chen@contoso.example\n';
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const SAVE_AS = 'save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8 (Comma delimited))';

describe('decodeText', () => {
	it.each<[string, Uint8Array, string]>([
		['UTF-8', utf8(TEXT), 'UTF-8'],
		['UTF-8 with a byte order mark', utf8(`\uFEFF${TEXT}`), 'UTF-8'],
		['UTF-16 LE with a byte order mark', utf16le(`\uFEFF${TEXT}`), 'UTF-16 LE'],
		['UTF-16 BE with a byte order mark', utf16be(`\uFEFF${TEXT}`), 'UTF-16 BE'],
	])('reads %s, without the mark', (_case, bytes, encoding) => {
		expect(decodeText(bytes)).toEqual({
			ok: true,
			text: TEXT,
			encoding,
			basis: bytes[0] === 0x4e ? 'utf-8' : 'bom',
			alternatives: [],
		});
	});

	it.each([
		['CRLF', 'a,b\r\nc,d\r\n'],
		['CR (old Mac files)', 'a,b\rc,d\r'],
		['LF', 'a,b\nc,d\n'],
		['a mix', 'a,b\r\nc,d\n'],
	])('turns %s line ends into LF', (_case, text) => {
		expect(decodeText(utf8(text))).toMatchObject({ ok: true, text: 'a,b\nc,d\n' });
		expect(decodeText(utf16le(`\uFEFF${text}`))).toMatchObject({ ok: true, text: 'a,b\nc,d\n' });
	});

	it('keeps a byte order mark that is not at the start', () => {
		expect(decodeText(utf8('a\uFEFFb'))).toMatchObject({ ok: true, text: 'a\uFEFFb' });
	});

	it('reads an empty file as empty text', () => {
		expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, text: '', encoding: 'UTF-8' });
		expect(decodeText(utf8('\uFEFF'))).toMatchObject({ ok: true, text: '', encoding: 'UTF-8' });
	});

	it('refuses UTF-16 without a byte order mark, rather than reading zero characters', () => {
		expect(decodeText(utf16le(TEXT))).toEqual({
			ok: false,
			reason: `holds zero bytes, as UTF-16 text without a byte order mark does: ${SAVE_AS}, or name its encoding with --encoding utf-16le`,
		});
	});
});

describe('decodeText: files that are not UTF-8', () => {
	it('detects GB18030 (Chinese Excel "CSV"), Windows-1252 the other way to read it', () => {
		const decoded = decodeText(encodeAs(CHINESE_CONTACTS, 'GB18030'));
		expect(decoded).toMatchObject({ ok: true, text: CHINESE_CONTACTS, encoding: 'GB18030', basis: 'detected' });
		expect(decoded.ok && decoded.alternatives[0]).toBe('windows-1252');
	});

	it('detects Windows-1252 (Western Excel "CSV (Comma delimited)"), with its CRLF line ends', () => {
		const decoded = decodeText(encodeAs(WESTERN_CONTACTS.replaceAll('\n', '\r\n'), 'WINDOWS-1252'));
		expect(decoded).toMatchObject({ ok: true, text: WESTERN_CONTACTS, encoding: 'Windows-1252', basis: 'detected' });
	});

	it('reads ISO-8859-1 as Windows-1252, its superset', () => {
		expect(decodeText(new Uint8Array(Buffer.from('Name\nZoë Müller\n', 'latin1')))).toMatchObject({
			ok: true,
			text: 'Name\nZoë Müller\n',
			encoding: 'Windows-1252',
		});
	});

	it('can take a short GB18030 file for Windows-1252, and names GB18030 first as the other reading', () => {
		// Two Chinese names are too little evidence: the detector leans to Western text. The import says what it read.
		const decoded = decodeText(encodeAs('Name,Email\n陈静,chen@contoso.example\n', 'GB18030'));
		expect(decoded).toMatchObject({ ok: true, encoding: 'Windows-1252', basis: 'detected' });
		expect(decoded.ok && decoded.alternatives[0]).toBe('gb18030');
	});

	it('reads the encoding it is told instead of detecting one', () => {
		const bytes = encodeAs('Name,Email\n陈静,chen@contoso.example\r\n', 'GB18030');
		expect(decodeText(bytes, { encoding: 'gb18030' })).toEqual({
			ok: true,
			text: 'Name,Email\n陈静,chen@contoso.example\n',
			encoding: 'GB18030',
			basis: 'given',
			alternatives: [],
		});
		// UTF-16 without a byte order mark, when the user says so.
		expect(decodeText(utf16le(TEXT), { encoding: 'utf-16le' })).toMatchObject({ ok: true, text: TEXT, encoding: 'UTF-16 LE' });
		// The byte order mark of the encoding told is dropped.
		expect(decodeText(utf8(`\uFEFF${TEXT}`), { encoding: 'utf-8' })).toMatchObject({ ok: true, text: TEXT });
	});

	it('refuses bytes that are invalid in the encoding it is told', () => {
		expect(decodeText(new Uint8Array(Buffer.from('Zoë\n', 'latin1')), { encoding: 'utf-8' })).toEqual({
			ok: false,
			reason: 'is not valid UTF-8 text: check --encoding, or leave it out to let the import detect the encoding',
		});
	});

	it('refuses UTF-16 with a broken surrogate pair', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]);
		expect(decodeText(bytes)).toEqual({ ok: false, reason: `is not valid UTF-16 LE text: ${SAVE_AS}` });
	});
});

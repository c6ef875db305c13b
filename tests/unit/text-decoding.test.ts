import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/domain/text-decoding.ts';

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
		expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, encoding });
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
		expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'UTF-8' });
		expect(decodeText(utf8('\uFEFF'))).toEqual({ ok: true, text: '', encoding: 'UTF-8' });
	});

	it('refuses Windows-1252 bytes (Excel "CSV (Comma delimited)"), which are not UTF-8', () => {
		expect(decodeText(new Uint8Array(Buffer.from('Zoë,Müller\n', 'latin1')))).toEqual({
			ok: false,
			reason: `is not valid UTF-8 text: ${SAVE_AS}`,
		});
	});

	it('refuses UTF-16 without a byte order mark, rather than reading zero characters', () => {
		expect(decodeText(utf16le(TEXT))).toEqual({
			ok: false,
			reason: `holds zero bytes, as UTF-16 text without a byte order mark does: ${SAVE_AS}`,
		});
	});

	it('refuses UTF-16 with a broken surrogate pair', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]);
		expect(decodeText(bytes)).toEqual({ ok: false, reason: `is not valid UTF-16 LE text: ${SAVE_AS}` });
	});
});

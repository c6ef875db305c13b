// Which legacy encoding a text file that is not UTF-8 is in. Telling GB18030 (Chinese Excel's
// "CSV") from Windows-1252 (Western Excel's) takes statistics of the characters each reading
// gives, which is what chardet does (a port of ICU's detector, no dependencies); Node's
// TextDecoder (full ICU) then decodes the bytes. Short files carry little evidence: a name or two
// in Chinese can pass for Western accents, so callers name the encoding they used and let the
// user say otherwise (`--encoding`).
import { analyse } from 'chardet';

/** The encodings chardet may name that are not legacy encodings: UTF-8 and UTF-16 are read without guessing. */
const NOT_LEGACY = /^(ASCII|UTF-)/;

/** Whether `bytes` decode in `encoding` (a TextDecoder encoding) without an invalid sequence. */
export function decodesAs(bytes: Uint8Array, encoding: string): boolean {
	try {
		new TextDecoder(encoding, { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/**
 * The legacy encodings `bytes` may be in, most likely first, as TextDecoder names them
 * (`gb18030`, `windows-1252`, `shift_jis` ...): those chardet finds plausible, TextDecoder can
 * decode, and that decode the bytes without an invalid sequence. ISO-8859-1 is read as
 * Windows-1252, its superset, as browsers do.
 */
export function detectEncodings(bytes: Uint8Array): string[] {
	const found: string[] = [];
	for (const match of analyse(bytes)) {
		if (match.confidence <= 0 || NOT_LEGACY.test(match.name)) continue;
		const encoding = encodingForLabel(match.name);
		if (encoding && !found.includes(encoding) && decodesAs(bytes, encoding)) found.push(encoding);
	}
	return found;
}

/**
 * The TextDecoder encoding of a label (`GB2312` -> `gbk`, `latin1` -> `windows-1252`), or
 * undefined when TextDecoder does not know it or cannot decode with it (the "replacement"
 * encoding of ISO-2022-KR and the like turns every file into one U+FFFD).
 */
export function encodingForLabel(label: string): string | undefined {
	try {
		const { encoding } = new TextDecoder(label.trim());
		return encoding === 'replacement' ? undefined : encoding;
	} catch {
		return undefined;
	}
}

/** Labels to suggest for `--encoding`: what spreadsheets and editors write most. */
export const COMMON_ENCODING_LABELS = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'gb18030',
	'big5',
	'shift_jis',
	'euc-kr',
	'windows-1252',
	'windows-1250',
	'windows-1251',
	'iso-8859-2',
] as const;

const NAMES: Record<string, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	big5: 'Big5',
	shift_jis: 'Shift_JIS',
	macintosh: 'Macintosh',
};

/** An encoding as people write it: `GB18030`, `Windows-1252`, `Shift_JIS`, `UTF-16 LE`. */
export function encodingName(encoding: string): string {
	return NAMES[encoding] ?? (encoding.startsWith('windows-') ? `Windows-${encoding.slice(8)}` : encoding.toUpperCase());
}

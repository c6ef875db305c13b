// Bytes of a text file as spreadsheets save them, to text: Excel writes "CSV UTF-8" with a byte
// order mark, "Unicode text" as UTF-16 with one, and CRLF line ends on Windows.

export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

const BOMS: readonly { bytes: readonly number[]; encoding: TextEncodingName; label: string }[] = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8', label: 'utf-8' },
	{ bytes: [0xff, 0xfe], encoding: 'UTF-16 LE', label: 'utf-16le' },
	{ bytes: [0xfe, 0xff], encoding: 'UTF-16 BE', label: 'utf-16be' },
];

const SAVE_AS_UTF8 = 'save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8 (Comma delimited))';

/**
 * Decodes UTF-8 (with or without a byte order mark) or UTF-16 (with one), and turns CRLF and
 * CR line ends into LF. Anything else is refused rather than guessed, so no text is garbled.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
	// UTF-16 without a byte order mark has a zero byte in every ASCII character; UTF-8 text has none.
	if (!bom && bytes.includes(0)) {
		return { ok: false, reason: `holds zero bytes, as UTF-16 text without a byte order mark does: ${SAVE_AS_UTF8}` };
	}
	const encoding = bom?.encoding ?? 'UTF-8';
	try {
		const text = new TextDecoder(bom?.label ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom?.bytes.length ?? 0));
		return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
	} catch {
		return { ok: false, reason: `is not valid ${encoding} text: ${SAVE_AS_UTF8}` };
	}
}

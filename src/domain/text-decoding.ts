// Bytes of a text file as spreadsheets save them, to text: Excel writes "CSV UTF-8" with a byte
// order mark, "Unicode text" as UTF-16 with one, "CSV (Comma delimited)" in the code page of
// Windows (GB18030 in Chinese, Windows-1252 in Western locales), and CRLF line ends on Windows.
import { detectEncodings, encodingName } from './encoding-detection.ts';

/** How the encoding was chosen: a byte order mark, valid UTF-8, detection (a guess), or the caller. */
export type EncodingBasis = 'bom' | 'utf-8' | 'detected' | 'given';

export type DecodedText =
	| {
			ok: true;
			text: string;
			/** The encoding read, as people write it: `UTF-8`, `UTF-16 LE`, `GB18030`, `Windows-1252`. */
			encoding: string;
			basis: EncodingBasis;
			/** With `detected`: the other encodings the bytes may be in, as `--encoding` labels: GB18030 or Windows-1252 first, then the most likely. */
			alternatives: string[];
	  }
	| { ok: false; reason: string };

export interface DecodeOptions {
	/** The encoding to read (a TextDecoder encoding such as `gb18030`, see `encodingForLabel`), instead of detecting it. */
	encoding?: string;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
	{ bytes: [0xff, 0xfe], encoding: 'utf-16le' },
	{ bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte order mark at the start of `bytes` declares, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
	const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
	return bom && { encoding: bom.encoding, length: bom.bytes.length };
}

/** The legacy encodings Excel saves "CSV" in: Chinese and Western Windows. */
const SPREADSHEET_ENCODINGS = ['gb18030', 'windows-1252'];

const SAVE_AS_UTF8 = 'save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8 (Comma delimited))';

/**
 * Decodes a file from a spreadsheet, and turns CRLF and CR line ends into LF: in the encoding
 * given, else UTF-8 or UTF-16 by their byte order mark, else UTF-8 when the bytes are valid
 * UTF-8, else the legacy encoding they look most like (GB18030, Windows-1252 ...). Bytes that are
 * invalid in the encoding chosen are refused, never replaced.
 */
export function decodeText(bytes: Uint8Array, { encoding: given }: DecodeOptions = {}): DecodedText {
	if (given !== undefined) {
		// A byte order mark of the encoding given is dropped; any other stays, as the user asked.
		const text = decode(bytes, given, false);
		return text === undefined
			? {
					ok: false,
					reason: `is not valid ${encodingName(given)} text: check --encoding, or leave it out to let the import detect the encoding`,
				}
			: { ok: true, text, encoding: encodingName(given), basis: 'given', alternatives: [] };
	}
	const bom = byteOrderMark(bytes);
	if (bom) {
		const text = decode(bytes.subarray(bom.length), bom.encoding, true);
		return text === undefined
			? { ok: false, reason: `is not valid ${encodingName(bom.encoding)} text: ${SAVE_AS_UTF8}` }
			: { ok: true, text, encoding: encodingName(bom.encoding), basis: 'bom', alternatives: [] };
	}
	// UTF-16 without a byte order mark has a zero byte in every ASCII character; text in any other encoding has none.
	if (bytes.includes(0)) {
		return {
			ok: false,
			reason: `holds zero bytes, as UTF-16 text without a byte order mark does: ${SAVE_AS_UTF8}, or name its encoding with --encoding utf-16le`,
		};
	}
	const utf8 = decode(bytes, 'utf-8', true);
	if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8', basis: 'utf-8', alternatives: [] };
	const [likely, ...others] = detectEncodings(bytes);
	// The other encoding spreadsheets write comes first: a short GB18030 file can pass for Windows-1252.
	const alternatives = [
		...others.filter((other) => SPREADSHEET_ENCODINGS.includes(other)),
		...others.filter((other) => !SPREADSHEET_ENCODINGS.includes(other)),
	];
	const text = likely === undefined ? undefined : decode(bytes, likely, true);
	if (likely === undefined || text === undefined) {
		return {
			ok: false,
			reason: `is not UTF-8 text, and its encoding cannot be told: ${SAVE_AS_UTF8}, or name its encoding with --encoding <label>`,
		};
	}
	return { ok: true, text, encoding: encodingName(likely), basis: 'detected', alternatives };
}

/** `bytes` in `encoding` with LF line ends; undefined when they hold an invalid sequence. */
function decode(bytes: Uint8Array, encoding: string, ignoreBOM: boolean): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM }).decode(bytes).replace(/\r\n?/g, '\n');
	} catch {
		return undefined;
	}
}

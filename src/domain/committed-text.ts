// The text of a file committed to the content folder (index.mdx, contacts.csv, taxonomy.yaml,
// one-pager templates): UTF-8, with or without a byte order mark, and nothing else. Anything
// else is a problem that names the encoding the file looks like and the one-line fix, rather
// than mojibake on the site or a build that fails without naming the file.
import { detectEncodings, encodingName } from './encoding-detection.ts';
import type { LocalProblem } from './problem.ts';
import { byteOrderMark } from './text-decoding.ts';

export type CommittedText = { ok: true; text: string } | { ok: false; problem: LocalProblem };

/**
 * Decodes a committed file as UTF-8, without its byte order mark (line ends stay as they are).
 * `file` is the path as problems show it, for the conversion command in the message.
 */
export function decodeCommittedText(bytes: Uint8Array, file: string): CommittedText {
	const bom = byteOrderMark(bytes);
	if (bom && bom.encoding !== 'utf-8') {
		return problem(1, 1, `is ${encodingName(bom.encoding)} text, not UTF-8. ${convert('UTF-16', file)}`);
	}
	if (!bom && bytes.includes(0)) {
		return problem(
			1,
			1,
			'is not a text file (it holds zero bytes): it must be UTF-8 text; if it is text saved as UTF-16, save it again as UTF-8 in your editor',
		);
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		// Not UTF-8: where, and what it looks like instead.
	}
	const { line, column } = firstInvalidUtf8(bytes);
	const [likely] = detectEncodings(bytes);
	return problem(
		line,
		column,
		likely === undefined
			? 'is not UTF-8 text (the first character that is not is here): open it in your editor and save it as UTF-8'
			: `is not UTF-8 text: it looks like ${encodingName(likely)} (the first character that is not UTF-8 is here). ${convert(encodingName(likely), file)}`,
	);
}

function problem(line: number, column: number, message: string): CommittedText {
	return { ok: false, problem: { line, column, severity: 'error', field: 'file', message } };
}

/** The fix: one iconv command, or the editor. */
function convert(from: string, file: string): string {
	const path = shellWord(file);
	const temp = shellWord(`${file}.new`);
	return `Convert it to UTF-8: iconv -f ${from.replace(' ', '')} -t UTF-8 ${path} > ${temp} && mv ${temp} ${path} (or open it in your editor and save it as UTF-8)`;
}

/** A path as one word of a POSIX shell command: quoted unless it only holds safe characters. */
function shellWord(path: string): string {
	return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}

/**
 * The line and column (from 1, columns in characters) of the first byte sequence that is not
 * UTF-8. A streaming decoder accepts a prefix cut inside a character, so the longest prefix it
 * accepts ends just before the first invalid byte: found by halving.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
	const accepts = (length: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	let valid = 0;
	let invalid = bytes.length;
	while (invalid - valid > 1) {
		const middle = Math.floor((valid + invalid) / 2);
		if (accepts(middle)) valid = middle;
		else invalid = middle;
	}
	// The bytes before the invalid one, without a character they may start: newlines count lines, the rest columns.
	const before = new TextDecoder('utf-8').decode(bytes.subarray(0, valid), { stream: true });
	const lineStart = before.lastIndexOf('\n') + 1;
	let line = 1;
	for (const character of before) if (character === '\n') line++;
	return { line, column: before.length - lineStart + 1 };
}

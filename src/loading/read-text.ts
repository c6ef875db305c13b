// Reads a committed text file (offer, translation, contacts, taxonomy, template): UTF-8 only, so
// that what validate reads is what the site shows.
import { readFileSync } from 'node:fs';
import { type CommittedText, decodeCommittedText } from '../domain/committed-text.ts';

/** The file's text (a UTF-8 byte order mark removed), or the problem; `shown` is the path as messages show it. */
export function readCommittedText(path: string, shown: string): CommittedText {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const fix = code === 'EISDIR' ? 'a folder has the name of a file the kit reads; rename it' : 'check the file and its permissions';
		return {
			ok: false,
			problem: { line: 1, column: 1, severity: 'error', field: 'file', message: `cannot be read (${code ?? String(error)}): ${fix}` },
		};
	}
	return decodeCommittedText(bytes, shown);
}

// Reads a committed text file (offer, translation, contacts, taxonomy, template): UTF-8 only, so
// that what validate reads is what the site shows.
import { readFileSync } from 'node:fs';

/** The file's text (a UTF-8 byte order mark removed), or why it cannot be used. */
export function readCommittedText(path: string): { text: string } | { problem: string } {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {
			problem: `cannot be read (${code ?? String(error)}): ${code === 'EISDIR' ? 'a folder has the name of a file the kit reads; rename it' : 'check the file and its permissions'}`,
		};
	}
	if (bytes.includes(0)) return { problem: 'is not a text file (it holds zero bytes): write the file as UTF-8 text' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { problem: 'is not UTF-8 text: save it as UTF-8 in your editor, or convert it with `iconv -f <encoding> -t UTF-8`' };
	}
}

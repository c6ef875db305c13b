// Does a file, links resolved, lie inside a folder? `realpath` answers, but it reads every part
// of the path from the root, a system call each, for every document of every offer. A path
// that stays inside the folder as written, and goes through no link below it, lies inside
// wherever the folder itself resolves to: two `lstat`s for documents/file.pdf.

import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * True when `path` resolves to a file inside `dir` (both as given, not yet resolved). `realDir`
 * gives `dir` resolved; it is asked for only when a link (or `..`) leaves the answer open.
 */
export function resolvesInside(dir: string, path: string, realDir: () => string): boolean {
	const parts = relative(dir, path).split(sep);
	if (!linkFree(dir, parts)) return realpathSync.native(path).startsWith(realDir() + sep);
	return true;
}

/** Are `dir/parts[0]`, `dir/parts[0]/parts[1]`... plain entries, none of them a link or `..`? */
function linkFree(dir: string, parts: readonly string[]): boolean {
	if (parts.length === 0 || parts[0] === '' || isAbsolute(parts.join(sep))) return false;
	let current = dir;
	for (const part of parts) {
		if (part === '..' || part === '.') return false;
		current = join(current, part);
		try {
			if (lstatSync(current).isSymbolicLink()) return false;
		} catch {
			return false; // let realpath say what is wrong
		}
	}
	return true;
}

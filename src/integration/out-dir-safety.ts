// Astro empties the output folder before it writes the site. An output folder that is, holds or
// lies inside the content folder, the project or one of its source folders would lose files
// nobody meant to delete (`npm run build -- --outDir content` deleted every offer). The build
// refuses such a folder before Astro gets there: `outDirRefusal` says why, from paths already
// resolved by `canonicalPath` (links followed, letter case as the file system keeps it).

import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A folder the output folder must keep away from, and how to name it to the user. */
export interface GuardedFolder {
	/** Resolved with `canonicalPath`. */
	path: string;
	/** What it is, for the message: "the content folder". */
	what: string;
}

export interface OutDirCheck {
	/** The output folder, resolved with `canonicalPath`. */
	outDir: string;
	/** The output folder as the user sees it: relative to the working directory. */
	shownOutDir: string;
	/** The project folder, resolved: the output folder may lie inside it, not be it or hold it. */
	root: GuardedFolder;
	/** The content folder and the project's source folders: neither be, hold nor lie inside one. */
	folders: readonly GuardedFolder[];
}

/** Where `a` stands to `b`: the same folder, inside it, holding it, or apart. */
export function relation(a: string, b: string): 'same' | 'inside' | 'holds' | undefined {
	if (a === b) return 'same';
	if (isWithin(a, b)) return 'inside';
	if (isWithin(b, a)) return 'holds';
	return undefined;
}

function isWithin(path: string, folder: string): boolean {
	const between = relative(folder, path);
	return between !== '' && between !== '..' && !between.startsWith(`..${sep}`) && !isAbsolute(between);
}

/** Why the build must not write to `outDir`, and how to fix it; undefined when it may. */
export function outDirRefusal({ outDir, shownOutDir, root, folders }: OutDirCheck): Refusal | undefined {
	const rootRelation = relation(outDir, root.path);
	if (rootRelation === 'same' || rootRelation === 'holds') return refusal(shownOutDir, rootRelation, root);
	for (const folder of folders) {
		const found = relation(outDir, folder.path);
		if (found) return refusal(shownOutDir, found, folder);
	}
	return undefined;
}

export interface Refusal {
	message: string;
	hint: string;
}

function refusal(shownOutDir: string, found: 'same' | 'inside' | 'holds', folder: GuardedFolder): Refusal {
	const consequence = {
		same: `it would delete everything in ${folder.what}`,
		holds: `it would delete ${folder.what} with the rest`,
		inside: `it would delete the files there, part of ${folder.what}, and write the site among them`,
	}[found];
	const where = { same: 'is', inside: 'lies inside', holds: 'holds' }[found];
	return {
		message: `Refusing to build into ${shownOutDir}: the output folder ${where} ${folder.what}. Astro empties the output folder before it writes the site: ${consequence}. Nothing was deleted.`,
		hint: 'Build into a folder of its own: leave out --outDir (the site goes to dist/), or name a new one, e.g. `npm run build -- --outDir dist/my-kit`.',
	};
}

/**
 * `path` made absolute, its existing part resolved by the file system (`realpath`: links
 * followed, letter case as stored on a case-insensitive disk), the part that does not exist yet
 * appended as written.
 */
export function canonicalPath(path: string, realpath: (path: string) => string = realpathSync.native): string {
	const missing: string[] = [];
	let current = resolve(path);
	for (;;) {
		try {
			return join(realpath(current), ...missing);
		} catch {
			const parent = dirname(current);
			if (parent === current) return resolve(path);
			missing.unshift(basename(current));
			current = parent;
		}
	}
}

/** A path as the user would write it from `cwd`: relative inside it, absolute elsewhere. */
export function shownPath(path: string, cwd = process.cwd()): string {
	const shown = relative(cwd, path);
	if (shown === '') return '.';
	return isAbsolute(shown) || shown === '..' || shown.startsWith(`..${sep}`) ? resolve(path) : shown;
}

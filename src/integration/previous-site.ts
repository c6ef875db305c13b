// A rebuild's previous site, cleared out of the way. Astro empties the output folder file by file
// on its main thread before it renders a page (a second or more for a large kit's tens of thousands
// of files); moved into the cache folder in one rename, the previous site is deleted there in the
// background while Astro syncs the content and renders, and Astro finds an empty folder.
// Run after the output folder passed its safety checks (build-guards.ts) and the content was
// read without errors (`astro:build:start`).

import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Moves the output folder's contents aside and deletes them (and any left by an interrupted build) in the background. */
export function clearPreviousSite(outDir: string, cacheDir: string): Promise<void> {
	const trash = join(cacheDir, 'previous-sites');
	const leftovers = existsSync(trash) ? readdirSync(trash).map((name) => join(trash, name)) : [];
	const previous = join(trash, `${process.pid}-${Date.now()}`);
	try {
		// A symbolic link is the user's set-up: Astro empties the folder it points to, as before.
		// An empty folder stays: there is nothing to gain.
		if (lstatSync(outDir).isDirectory() && readdirSync(outDir).length > 0) {
			mkdirSync(trash, { recursive: true });
			renameSync(outDir, previous);
			leftovers.push(previous);
		}
	} catch {
		// No previous site, or one that cannot be moved (another file system): Astro empties it.
	}
	return Promise.all(leftovers.map((folder) => rm(folder, { recursive: true, force: true }))).then(() => undefined);
}

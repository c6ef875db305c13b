// The date of each offer's last change: from git, in one `git log` pass over the content
// folder, or, for an offer folder git does not track, the newest modification time of its files.

import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Slug → date of the newest commit that touched `offers/<slug>/`, for every offer git knows. */
export async function gitLastChanges(contentDir: string): Promise<Map<string, Date>> {
	const dates = new Map<string, Date>();
	let output: string;
	try {
		// Newest commit first; for each commit, its date, then the files it changed (relative to contentDir).
		({ stdout: output } = await run(
			'git',
			['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', 'offers'],
			{ cwd: contentDir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
		));
	} catch {
		return dates; // not a git repository, or no git: every offer falls back to its files' times
	}
	let current: Date | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith('\0')) {
			current = new Date(line.slice(1));
			continue;
		}
		const slug = /^offers\/([^/]+)\//.exec(line)?.[1];
		if (slug && current && !dates.has(slug)) dates.set(slug, current);
	}
	return dates;
}

/**
 * The newest modification time of the files in `dir` and its sub-folders. Read synchronously:
 * the validate command asks for every offer, and a stat is far cheaper than its promise.
 */
export async function newestModification(dir: string): Promise<Date> {
	let newest = 0;
	const visit = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) visit(path);
			else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
		}
	};
	visit(dir);
	// Whole seconds: the date goes into the PDF, where finer steps only make output unstable.
	return new Date(Math.floor(newest / 1000) * 1000);
}

/** Looks up each offer's last change: git first, then the files' modification times. */
export async function lastChangeLookup(contentDir: string): Promise<(slug: string, dir: string) => Promise<Date>> {
	const fromGit = await gitLastChanges(contentDir);
	return async (slug, dir) => fromGit.get(slug) ?? newestModification(dir);
}

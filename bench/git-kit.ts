// The synthetic kit committed to a git repository of its own, as partners keep their kits: the
// commands then date offers from one `git log` (src/loading/last-change.ts) instead of walking
// every offer folder for its newest file, as they do for content outside git.

import { spawnSync } from 'node:child_process';

/** The commit's date, the same on every run: it is printed on the one-pagers. */
const COMMIT_DATE = '2026-11-02T09:00:00Z';

/** Commits everything in `contentDir` to a new repository there; the reason it could not, else undefined. */
export function commitKit(contentDir: string): string | undefined {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'Sales kit benchmark',
		GIT_AUTHOR_EMAIL: 'bench@example.invalid',
		GIT_COMMITTER_NAME: 'Sales kit benchmark',
		GIT_COMMITTER_EMAIL: 'bench@example.invalid',
		GIT_AUTHOR_DATE: COMMIT_DATE,
		GIT_COMMITTER_DATE: COMMIT_DATE,
	};
	for (const args of [
		['init', '-q'],
		['add', '-A'],
		['commit', '-q', '--no-gpg-sign', '-m', 'Synthetic kit'],
	]) {
		const result = spawnSync('git', args, { cwd: contentDir, env, encoding: 'utf8' });
		if (result.error) return `git could not run (${result.error.message})`;
		if (result.status !== 0) return `git ${args[0]} failed: ${result.stderr.trim()}`;
	}
	return undefined;
}

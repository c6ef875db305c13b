import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** git could not say whether a file has uncommitted changes (git missing, an unsafe repository...). */
export class GitStatusError extends Error {}

/**
 * What git holds of a file that is not committed: nothing (`clean`, or outside any repository),
 * a file it does not track yet (`untracked`), changes added to the index (`staged`), changes in
 * the working tree (`modified`), or both of the last two.
 */
export type GitFileState = 'clean' | 'untracked' | 'staged' | 'modified' | 'staged-and-modified';

/**
 * The file's state in git. git runs in the file's own folder, so the repository that holds the
 * file answers, even when it is nested in another one.
 */
export function gitFileState(file: string): Promise<GitFileState> {
	return new Promise((resolve, reject) => {
		execFile(
			'git',
			['status', '--porcelain', '--untracked-files=all', '--', basename(file)],
			// No optional locks: a status check must not take the index lock from a git command running at the same time.
			{ cwd: dirname(file), env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
			(error, stdout, stderr) => {
				if (!error) return resolve(stateOf(stdout));
				if (/not a git repository/i.test(stderr)) return resolve('clean');
				const reason = 'code' in error && error.code === 'ENOENT' ? 'git is not installed' : stderr.trim() || error.message;
				reject(new GitStatusError(reason));
			},
		);
	});
}

/** The state from `git status --porcelain`'s two-letter code: index, then working tree. */
function stateOf(porcelain: string): GitFileState {
	const code = porcelain.slice(0, 2);
	if (code.trim() === '') return 'clean';
	if (code === '??') return 'untracked';
	const staged = code[0] !== ' ';
	const modified = code[1] !== ' ';
	return staged && modified ? 'staged-and-modified' : staged ? 'staged' : 'modified';
}

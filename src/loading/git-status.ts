import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** git could not say whether a file has uncommitted changes (git missing, an unsafe repository...). */
export class GitStatusError extends Error {}

/**
 * Does git hold changes to `file` that are not committed: modified, staged, or a file git does
 * not track yet? A file outside any git repository has none. git runs in the file's own folder,
 * so the repository that holds the file answers, even when it is nested in another one.
 */
export function hasUncommittedChanges(file: string): Promise<boolean> {
	return new Promise((resolve, reject) => {
		execFile(
			'git',
			['status', '--porcelain', '--untracked-files=all', '--', basename(file)],
			// No optional locks: a status check must not take the index lock from a git command running at the same time.
			{ cwd: dirname(file), env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
			(error, stdout, stderr) => {
				if (!error) return resolve(stdout.trim() !== '');
				if (/not a git repository/i.test(stderr)) return resolve(false);
				const reason = 'code' in error && error.code === 'ENOENT' ? 'git is not installed' : stderr.trim() || error.message;
				reject(new GitStatusError(reason));
			},
		);
	});
}

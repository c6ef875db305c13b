import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitLastChanges, lastChangeLookup, newestModification } from '../../src/loading/last-change.ts';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function kit(): string {
	const dir = mkdtempSync(join(tmpdir(), 'last-change-'));
	dirs.push(dir);
	for (const slug of ['alpha', 'beta']) {
		mkdirSync(join(dir, 'offers', slug), { recursive: true });
		writeFileSync(join(dir, 'offers', slug, 'index.mdx'), `---\ntitle: ${slug}\n---\n`);
	}
	return dir;
}

/** A commit in a throwaway repository, at a fixed date. */
function commit(dir: string, files: string[], date: string) {
	const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
			cwd: dir,
			env,
			stdio: 'pipe',
		});
	git('add', ...files);
	git('commit', '-q', '-m', `change ${files.join(' ')}`);
}

describe('the offers’ last change', () => {
	it('reads every offer’s last commit from one git log', async () => {
		const dir = kit();
		execFileSync('git', ['init', '-q'], { cwd: dir });
		commit(dir, ['offers'], '2026-01-05T09:00:00Z');
		writeFileSync(join(dir, 'offers', 'beta', 'contacts.csv'), 'Name\n');
		commit(dir, ['offers/beta/contacts.csv'], '2026-02-20T15:30:00Z');
		const dates = await gitLastChanges(dir);
		expect(Object.fromEntries([...dates].map(([slug, date]) => [slug, date.toISOString()]))).toEqual({
			alpha: '2026-01-05T09:00:00.000Z',
			beta: '2026-02-20T15:30:00.000Z',
		});
	});

	it('falls back to the newest file time of an offer folder git does not know', async () => {
		const dir = kit();
		const when = new Date('2025-11-30T12:00:00.750Z');
		utimesSync(join(dir, 'offers', 'alpha', 'index.mdx'), when, when);
		expect(await gitLastChanges(dir)).toEqual(new Map());
		expect((await newestModification(join(dir, 'offers', 'alpha'))).toISOString()).toBe('2025-11-30T12:00:00.000Z');
		const lookup = await lastChangeLookup(dir);
		expect((await lookup('alpha', join(dir, 'offers', 'alpha'))).toISOString()).toBe('2025-11-30T12:00:00.000Z');
	});
});

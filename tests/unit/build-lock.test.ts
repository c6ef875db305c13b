import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, type LockOwner, LockTaken } from '../../src/integration/build-lock.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function lockFile() {
	const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
	made.push(dir);
	return join(dir, 'build.lock');
}

const owner = (pid: number, extra: Partial<LockOwner> = {}): LockOwner => ({
	pid,
	startedAt: '2026-12-04T07:00:00.000Z',
	command: 'astro build',
	contentDir: '/kits/a',
	...extra,
});
/** A system where only the given pids run. */
const running = (...pids: number[]) => ({ isRunning: (o: LockOwner) => pids.includes(o.pid), now: Date.now });

function taken(run: () => unknown): LockTaken {
	try {
		run();
	} catch (error) {
		if (error instanceof LockTaken) return error;
		throw error;
	}
	throw new Error('the lock was not refused');
}

describe('the build lock', () => {
	it('is held by one build at a time, and names it to the next', () => {
		const file = lockFile();
		const first = acquireLock(file, owner(101, { outDir: '/sites/a' }), running(101, 102));
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: 101, outDir: '/sites/a' });
		const refused = taken(() => acquireLock(file, owner(102), running(101, 102)));
		expect(refused.owner).toMatchObject({ pid: 101, command: 'astro build', contentDir: '/kits/a' });
		first.release();
		expect(existsSync(file)).toBe(false);
		acquireLock(file, owner(102), running(101, 102)).release();
	});

	it('is taken over from a build whose process is gone', () => {
		const file = lockFile();
		acquireLock(file, owner(101), running(101));
		const second = acquireLock(file, owner(102), running(102));
		expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(102);
		second.release();
		expect(existsSync(file)).toBe(false);
	});

	it('is taken over from an earlier build of the same process (a failed build runs no hook to release it)', () => {
		const file = lockFile();
		acquireLock(file, owner(101, { processStart: '7' }), running(101));
		expect(acquireLock(file, owner(101, { processStart: '7' }), running(101)).file).toBe(file);
	});

	it('released by a build that lost it, leaves the new owner its lock', () => {
		const file = lockFile();
		const stale = acquireLock(file, owner(101), running(101));
		const current = acquireLock(file, owner(102), running(102));
		stale.release();
		expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(102);
		current.release();
	});

	it('being written (no owner yet) is respected, unless it is old', () => {
		const file = lockFile();
		writeFileSync(file, '');
		expect(taken(() => acquireLock(file, owner(102), running())).owner).toBeUndefined();
		const old = new Date(Date.now() - 60_000);
		utimesSync(file, old, old);
		acquireLock(file, owner(102), running()).release();
	});

	it('waits for a takeover in progress, and clears one left by a dead process', () => {
		const file = lockFile();
		acquireLock(file, owner(101), running(101));
		writeFileSync(`${file}.takeover`, '103\n');
		expect(taken(() => acquireLock(file, owner(102), running(102))).owner).toBeUndefined();
		const old = new Date(Date.now() - 60_000);
		utimesSync(`${file}.takeover`, old, old);
		acquireLock(file, owner(102), running(102)).release();
		expect(existsSync(`${file}.takeover`)).toBe(false);
	});
});

// One build at a time per project. Builds share Astro's cache folder (`node_modules/.astro/`):
// its data store, which the pages read their content from, and the kit's one-pager cache. Two
// builds at once, of two kits, mixed them (one site held the other's offers). A build takes this
// lock before it touches anything, and a second one stops with a message naming the first.
//
// The lock is a file created exclusively (`wx`), holding the owner's pid and start time. It is
// removed when the build ends, or when its process exits; a lock whose process is gone (killed,
// crashed) is stale and taken over, under a second exclusive file so that two builds that both
// found it stale cannot both take it.

import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { isRunning } from '../loading/processes.ts';

/** Who holds the lock: written into it, shown to a build that finds it taken. */
export interface LockOwner {
	pid: number;
	/** The process's start, as the system counts it (Linux), so that a reused pid is not taken for the owner. */
	processStart?: string;
	/** When the build started, ISO 8601. */
	startedAt: string;
	/** `astro build` or `astro sync` (`astro check` syncs too). */
	command: string;
	contentDir: string;
	outDir?: string;
}

export interface HeldLock {
	file: string;
	/** Removes the lock if it is still this one's; safe to call twice. */
	release: () => void;
}

/** The lock is taken by a running process (`owner`), or by one still writing it (no owner yet). */
export class LockTaken extends Error {
	readonly file: string;
	readonly owner: LockOwner | undefined;
	constructor(file: string, owner: LockOwner | undefined) {
		super(`${file} is taken`);
		this.file = file;
		this.owner = owner;
	}
}

export interface LockSystem {
	/** Is the owner's process still running? */
	isRunning: (owner: LockOwner) => boolean;
	now: () => number;
}

/** A lock file that cannot be read as an owner is being written: stale only after this long. */
const WRITING_GRACE_MS = 10_000;

/** Takes the lock at `file` for `owner`, taking over a stale one; throws `LockTaken` when another build holds it. */
export function acquireLock(file: string, owner: LockOwner, system: LockSystem = realSystem): HeldLock {
	const text = `${JSON.stringify(owner)}\n`;
	for (let attempt = 0; attempt < 3; attempt++) {
		if (createExclusive(file, text)) return { file, release: () => removeIf(file, text) };
		const found = readText(file);
		if (found === undefined) continue; // released meanwhile: try again
		const current = parseOwner(found);
		if (!isStale(file, current, owner, system)) throw new LockTaken(file, current);
		takeOver(file, found, system);
	}
	// Still contended after taking over: another build is taking it at this moment.
	throw new LockTaken(file, undefined);
}

function isStale(file: string, current: LockOwner | undefined, me: LockOwner, system: LockSystem): boolean {
	if (!current) return system.now() - (statOrUndefined(file)?.mtimeMs ?? 0) > WRITING_GRACE_MS;
	// This process's own lock: left by an earlier build in it that failed (no hook runs then).
	if (current.pid === me.pid && current.processStart === me.processStart) return true;
	return !system.isRunning(current);
}

/**
 * Removes a stale lock, if it is still the one found stale, while holding `<file>.takeover`:
 * without it, a build that found the lock stale could remove the lock another build had just
 * taken over.
 */
function takeOver(file: string, staleText: string, system: LockSystem): void {
	const guard = `${file}.takeover`;
	if (!createExclusive(guard, `${process.pid}\n`)) {
		// Another build is taking over; one left by a process that died meanwhile is cleared.
		const age = system.now() - (statOrUndefined(guard)?.mtimeMs ?? system.now());
		if (age > WRITING_GRACE_MS) removeIf(guard, readText(guard));
		return;
	}
	try {
		if (readText(file) === staleText) unlinkSync(file);
	} finally {
		unlinkSync(guard);
	}
}

function createExclusive(file: string, text: string): boolean {
	let fd: number;
	try {
		fd = openSync(file, 'wx');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}
	return true;
}

function removeIf(file: string, text: string | undefined): void {
	if (text !== undefined && readText(file) === text) {
		try {
			unlinkSync(file);
		} catch {
			// already gone
		}
	}
}

function readText(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

function statOrUndefined(file: string) {
	return statSync(file, { throwIfNoEntry: false });
}

/** The owner written in a lock file; undefined when it is empty or not one. */
export function parseOwner(text: string): LockOwner | undefined {
	try {
		const value = JSON.parse(text) as Partial<LockOwner>;
		return Number.isInteger(value.pid) && typeof value.startedAt === 'string' ? (value as LockOwner) : undefined;
	} catch {
		return undefined;
	}
}

const realSystem: LockSystem = { isRunning: (owner) => isRunning(owner.pid, owner.processStart), now: Date.now };

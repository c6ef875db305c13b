// Whether a process that left something behind (a lock, a temporary file) still runs: its own
// file stays while it does, and is cleared once it is gone.
import { readFileSync } from 'node:fs';

/** The start of a process as Linux counts it (clock ticks since boot); undefined elsewhere. */
export function processStart(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces) start at the 3rd; the start time is the 22nd.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

/**
 * Whether the process `pid` runs on this machine (EPERM: it does, under another user), and, when
 * `start` (its `processStart`) is known and the system says when `pid` started, whether it is
 * that same process and not a later one given the same pid.
 */
export function isRunning(pid: number, start?: string): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const started = start === undefined ? undefined : processStart(pid);
	return started === undefined || started === start;
}

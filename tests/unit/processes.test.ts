import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isRunning, processStart } from '../../src/loading/processes.ts';

/** The id of a process that ran and is gone. */
function deadPid(): number {
	const pid = spawnSync(process.execPath, ['-e', '']).pid;
	if (pid === undefined) throw new Error('no process started');
	return pid;
}

describe('isRunning', () => {
	it('knows this process runs, with or without its start', () => {
		expect(isRunning(process.pid)).toBe(true);
		expect(isRunning(process.pid, processStart(process.pid))).toBe(true);
	});

	it('knows a process that ended does not', () => {
		expect(isRunning(deadPid())).toBe(false);
		expect(isRunning(2 ** 22 + 1)).toBe(false);
	});

	it("counts another user's process as running", () => {
		// pid 1 is root's: signalling it fails with EPERM unless the tests run as root.
		expect(isRunning(1)).toBe(true);
	});

	it('takes a pid that started at another time for another process', () => {
		if (processStart(process.pid) === undefined) return; // not Linux: the system does not say
		expect(isRunning(process.pid, 'another start')).toBe(false);
	});
});

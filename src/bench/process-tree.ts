// Memory of a process and everything it started, read from Linux's /proc: the resident set
// sizes of the whole tree, summed (worker threads are inside their process already).

import { readdirSync, readFileSync } from 'node:fs';

/** The process and its descendants, found through the parent id in /proc/<pid>/stat. */
export function processTree(rootPid: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of safeReaddir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const parent = parentOf(Number(entry));
		if (parent === undefined) continue;
		children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
	}
	const tree: number[] = [];
	const visit = (pid: number) => {
		tree.push(pid);
		for (const child of children.get(pid) ?? []) visit(child);
	};
	visit(rootPid);
	return tree;
}

function parentOf(pid: number): number | undefined {
	const stat = safeRead(`/proc/${pid}/stat`);
	if (!stat) return undefined;
	// "pid (name) state ppid ...": the name may hold spaces and parentheses, so read after the last ")".
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(fields[1]);
}

export interface ProcessMemory {
	/** Resident set size now, in bytes. */
	rss: number;
	/** The largest resident set size the process has had (VmHWM), in bytes. */
	peak: number;
}

/** A process's memory from /proc/<pid>/status, or undefined once it has gone. */
export function processMemory(pid: number): ProcessMemory | undefined {
	const status = safeRead(`/proc/${pid}/status`);
	if (!status) return undefined;
	const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
	return { rss: kilobytes('VmRSS') * 1024, peak: kilobytes('VmHWM') * 1024 };
}

/**
 * Samples a process tree's memory every `intervalMs` until `stop()`: the peak of the tree's
 * summed RSS, and never less than the largest single process's own high-water mark.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 100): { stop(): number } {
	let peakSum = 0;
	let peakSingle = 0;
	const sample = () => {
		let sum = 0;
		for (const pid of processTree(rootPid)) {
			const memory = processMemory(pid);
			if (!memory) continue;
			sum += memory.rss;
			peakSingle = Math.max(peakSingle, memory.peak);
		}
		peakSum = Math.max(peakSum, sum);
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peakSum, peakSingle);
		},
	};
}

function safeRead(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

function safeReaddir(path: string): string[] {
	try {
		return readdirSync(path);
	} catch {
		return [];
	}
}

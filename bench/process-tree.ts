// Memory and CPU time of a process and everything it started, read from Linux's /proc: the
// resident set sizes of the whole tree, summed (worker threads are inside their process
// already), and how busy the rest of the machine was meanwhile.

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
 * CPU seconds a process itself has used (user and system, all its threads). Its children are
 * sampled on their own: counting the time of children it waited for too would count them twice.
 */
export function processCpuSeconds(pid: number): number | undefined {
	const stat = safeRead(`/proc/${pid}/stat`);
	if (!stat) return undefined;
	// After the name, the state is field 3: utime (field 14) and stime (15) are at 11 and 12.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / CLOCK_TICKS;
}

/** CPU seconds the whole machine has been busy since it started, all cores together (from /proc/stat). */
export function machineBusySeconds(): number {
	const line = safeRead('/proc/stat')?.split('\n')[0] ?? '';
	const [, ...values] = line.trim().split(/\s+/).map(Number);
	// user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
	const busy = values.reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + (value || 0)), 0);
	return busy / CLOCK_TICKS;
}

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
const CLOCK_TICKS = 100;

export interface TreeUsage {
	/** The peak of the tree's summed RSS, never less than its largest process's own high-water mark. */
	peakRssBytes: number;
	/** CPU seconds the tree used, all its threads and processes together. */
	cpuSeconds: number;
	/** CPU seconds the rest of the machine used meanwhile: other work that disturbs the figures. */
	otherCpuSeconds: number;
}

/** Samples a process tree every `intervalMs` until `stop()`: its peak memory and CPU time, and the machine's. */
export function sampleProcessTree(rootPid: number, intervalMs = 100): { stop(): TreeUsage } {
	let peakSum = 0;
	let peakSingle = 0;
	/** The last CPU time seen of each process (a process that ended keeps its last reading). */
	const cpu = new Map<number, number>();
	const busyAtStart = machineBusySeconds();
	const sample = () => {
		let sum = 0;
		for (const pid of processTree(rootPid)) {
			const memory = processMemory(pid);
			const seconds = processCpuSeconds(pid);
			if (seconds !== undefined) cpu.set(pid, seconds);
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
			const cpuSeconds = [...cpu.values()].reduce((total, seconds) => total + seconds, 0);
			const otherCpuSeconds = Math.max(0, machineBusySeconds() - busyAtStart - cpuSeconds);
			return { peakRssBytes: Math.max(peakSum, peakSingle), cpuSeconds, otherCpuSeconds };
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

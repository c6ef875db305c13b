// Runs a command as a child process and measures it: wall time, the peak memory and CPU time of
// its whole process tree, the CPU time other work took meanwhile, and the moment each line of
// its output arrived (to time the phases it logs).

import { spawn } from 'node:child_process';
import { sampleProcessTree, type TreeUsage } from './process-tree.ts';

export interface TimedLine {
	/** Milliseconds after the start of the command. */
	at: number;
	text: string;
}

export interface Measurement extends TreeUsage {
	exitCode: number | null;
	wallSeconds: number;
	/** stdout and stderr lines in arrival order, colour codes removed. */
	lines: TimedLine[];
}

export interface MeasureOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removes terminal colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

export function measureCommand(command: string, args: readonly string[], { cwd, env }: MeasureOptions): Promise<Measurement> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const lines: TimedLine[] = [];
		const collect = (stream: NodeJS.ReadableStream) => {
			let partial = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				const at = performance.now() - started;
				const parts = (partial + chunk).split('\n');
				partial = parts.pop() ?? '';
				for (const text of parts) lines.push({ at, text: text.replace(ANSI, '').trimEnd() });
			});
			stream.on('end', () => {
				if (partial) lines.push({ at: performance.now() - started, text: partial.replace(ANSI, '').trimEnd() });
			});
		};
		collect(child.stdout);
		collect(child.stderr);
		const usage = child.pid === undefined ? undefined : sampleProcessTree(child.pid);
		child.on('error', (error) => {
			usage?.stop();
			reject(error);
		});
		child.on('close', (exitCode) => {
			const wallSeconds = (performance.now() - started) / 1000;
			resolve({ exitCode, wallSeconds, ...(usage?.stop() ?? { peakRssBytes: 0, cpuSeconds: 0, otherCpuSeconds: 0 }), lines });
		});
	});
}

/** The environment for measured commands: the caller's, with colours and telemetry off. */
export function benchEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** The last lines of a command's output, to explain a failure. */
export function outputTail(measurement: Pick<Measurement, 'lines'>, count = 40): string {
	return measurement.lines
		.slice(-count)
		.map((line) => line.text)
		.join('\n');
}

// One one-pager rendered and written to disk: what the build step runs in its own process or
// in worker processes. Imports only the PDF engine, so that workers start fast.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PageLayout } from './layout.ts';
import { type OnePagerJob, renderOnePager } from './one-pager.ts';

export interface RenderTask {
	/** Where the PDF goes. */
	path: string;
	job: OnePagerJob;
}

/** Renders and writes one one-pager; returns its size and how many texts it shortened. */
export async function runTask(task: RenderTask): Promise<{ bytes: number; cuts: number }> {
	const { bytes, layout } = await renderOnePager(task.job);
	await mkdir(dirname(task.path), { recursive: true });
	await writeFile(task.path, bytes);
	return { bytes: bytes.length, cuts: cutCount(layout) };
}

/** How many texts a one-pager shortened to fit (hidden contacts count as one). */
export function cutCount(layout: PageLayout): number {
	return layout.cuts.length + (layout.hiddenContacts ? 1 : 0);
}

export interface WorkerRequest extends RenderTask {
	index: number;
}
export type WorkerReply = { index: number; bytes: number; cuts: number } | { index: number; error: string };

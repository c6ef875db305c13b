// One one-pager rendered and written to disk: what the build step runs in its own process or
// in worker processes. Imports only the PDF engine, so that workers start fast.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CachePlace, keepOnePager } from './cache.ts';
import type { PageLayout } from './layout.ts';
import { type OnePagerJob, renderOnePager } from './one-pager.ts';

export interface RenderTask {
	/** Where the PDF goes. */
	path: string;
	job: OnePagerJob;
	/** Where the one-pager cache keeps it too, if the build has one. */
	keep?: CachePlace;
}

/**
 * Renders and writes one one-pager; returns its size and how many texts it shortened. Written
 * synchronously: a worker has nothing else to do meanwhile, and four round trips through the
 * thread pool per file (folder, open, write, close) cost it more than the writing itself.
 */
export async function runTask(task: RenderTask): Promise<{ bytes: number; cuts: number }> {
	const { bytes, layout } = await renderOnePager(task.job);
	mkdirSync(dirname(task.path), { recursive: true });
	writeFileSync(task.path, bytes);
	const result = { bytes: bytes.length, cuts: cutCount(layout) };
	if (task.keep) keepOnePager(task.keep, bytes, result);
	return result;
}

/** How many texts a one-pager shortened to fit (hidden contacts count as one). */
export function cutCount(layout: PageLayout): number {
	return layout.cuts.length + (layout.hiddenContacts ? 1 : 0);
}

export interface WorkerRequest extends RenderTask {
	index: number;
}
export type WorkerReply = { index: number; bytes: number; cuts: number } | { index: number; error: string };

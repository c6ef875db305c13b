// Generates every non-draft offer's one-pagers into a built site:
//   <outDir>/offers/<slug>/one-pager.pdf        English (or the offer's own language if it has no English)
//   <outDir>/zh-cn/offers/<slug>/one-pager.pdf  Chinese (the translation, the Chinese main text, or
//                                               the default text under Chinese labels)
// One-pagers of unchanged offers are copied from the cache of the previous build (cache.ts). A
// handful of PDFs are made in this process; more are spread over worker processes, one per core,
// each parsing the fonts once.

import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorText } from '../domain/error-text.ts';
import { isPublished } from '../domain/offer-schema.ts';
import { offerTemplate } from '../domain/offer-template.ts';
import { type OfferPageAddress, ONE_PAGER_LOCALES, onePagerUrl } from '../domain/one-pager-url.ts';
import type { PageSize } from '../domain/page-size.ts';
import { formatProblem } from '../domain/problem.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { lastChangeLookup } from '../loading/last-change.ts';
import { type Kit, type LoadedOffer, loadKit } from '../loading/load-kit.ts';
import { OnePagerCache } from './cache.ts';
import { onePagerContent } from './content.ts';
import type { OnePagerJob } from './one-pager.ts';
import type { RenderTask, WorkerReply, WorkerRequest } from './task.ts';

export interface GenerateOptions {
	contentDir: string;
	outDir: string;
	pageSize: PageSize;
	/** The language of offer files without `lang`. */
	defaultLocale?: Locale;
	templatesDir?: string;
	/** Worker processes: a number, or `auto` (one per core when there are many PDFs). Default `auto`. */
	workers?: number | 'auto';
	/**
	 * Settles when this process has no other work (the build: once Astro has written the pages).
	 * Until then, one worker fewer than `workers` makes the one-pagers, and this process keeps a
	 * core; then the others start and share the one-pagers left. Default: none, all start at once.
	 */
	busyUntil?: Promise<unknown>;
	/** A folder to keep one-pagers in between builds (see cache.ts); none by default. */
	cacheDir?: string;
	/** The kit, when the caller has loaded it already; else it is loaded from `contentDir`. */
	kit?: Kit;
	/** The address of an offer's page on the published kit (see `offerPageAddresses`): the QR code of an offer without a landing page opens it. */
	offerPage?: OfferPageAddress;
}

export interface GeneratedOnePager {
	slug: string;
	locale: Locale;
	/** Absolute path of the PDF written. */
	path: string;
	bytes: number;
	/** How many texts were shortened to fit. */
	cuts: number;
}

export interface GenerateResult {
	files: GeneratedOnePager[];
	/** Worker processes used; 0 when the PDFs were made in this process. */
	workers: number;
	/** How many one-pagers were copied from the cache rather than made. */
	fromCache: number;
}

/**
 * A kit with up to this many one-pagers makes them in this process: a worker needs about a
 * second to start (the PDF engine and 21 MB of fonts), which a few dozen PDFs do not win back.
 */
export const IN_PROCESS_LIMIT = 64;

/** The path of an offer's one-pager in a language, inside the built site (see `onePagerUrl`). */
export function onePagerPath(outDir: string, slug: string, locale: Locale): string {
	return join(outDir, ...onePagerUrl(slug, locale).split('/'));
}

interface Task extends RenderTask {
	slug: string;
	locale: Locale;
}

export async function generateOnePagers(options: GenerateOptions): Promise<GenerateResult> {
	const kit =
		options.kit ?? (await loadKit(options.contentDir, { defaultLocale: options.defaultLocale, templatesDir: options.templatesDir }));
	const errors = contentErrors(kit);
	if (errors) throw new Error(`one-pagers: ${errors}`);
	const setting = options.workers ?? 'auto';
	const published = kit.offers.filter((offer) => isPublished(offer.data));
	const expected = published.length * ONE_PAGER_LOCALES.length;
	// Workers take a second or two to start (the PDF engine and its fonts). When the cache holds
	// under half as many one-pagers as this build has (a first build, a kit that grew), most are
	// to be made: the workers start now, while this process works out which. Otherwise they start
	// once the cache has said, and a rebuild that finds every one-pager there starts none.
	const inCache = options.cacheDir ? OnePagerCache.size(options.cacheDir) : 0;
	let pool = inCache < expected / 2 ? startPool(chooseWorkers(setting, expected), options.busyUntil) : undefined;
	try {
		const tasks = await collectTasks(kit, published, options);
		const cache = options.cacheDir ? await OnePagerCache.open(options.cacheDir).catch(() => undefined) : undefined;
		const keys = cache ? tasks.map((task) => cache.key(task.job)) : [];
		const files: GeneratedOnePager[] = new Array(tasks.length);
		const toMake: number[] = [];
		await Promise.all(
			tasks.map(async (task, index) => {
				const cached = cache ? await cache.restore(keys[index] as string, task.path) : undefined;
				if (cached) files[index] = { slug: task.slug, locale: task.locale, path: task.path, ...cached };
				else toMake.push(index);
			}),
		);
		toMake.sort((a, b) => a - b);
		// Whoever makes a one-pager keeps it in the cache too, as it writes it.
		const making = toMake.map((index) => ({ ...(tasks[index] as Task), keep: cache?.place(keys[index] as string) }));
		if (making.length > 0) pool ??= startPool(chooseWorkers(setting, making.length), options.busyUntil);
		const workers = making.length > 0 ? pool : undefined;
		const made = workers ? await workers.run(making) : await inProcess(making);
		made.forEach((file, position) => {
			files[toMake[position] as number] = file;
		});
		await cache?.prune();
		return { files, workers: workers?.size ?? 0, fromCache: tasks.length - making.length };
	} finally {
		await pool?.close();
	}
}

/** Every one-pager to make: each published offer in each language. */
async function collectTasks(kit: Kit, published: readonly LoadedOffer[], options: GenerateOptions): Promise<Task[]> {
	const lastChange = await lastChangeLookup(options.contentDir);
	const tasks: Task[] = [];
	for (const offer of published) {
		const date = await lastChange(offer.slug, offer.dir);
		for (const locale of ONE_PAGER_LOCALES) {
			tasks.push({
				slug: offer.slug,
				locale,
				path: onePagerPath(options.outDir, offer.slug, locale),
				job: onePagerJob(offer, kit, locale, date, options.pageSize, options.offerPage?.(offer.slug, locale)),
			});
		}
	}
	return tasks;
}

/** What stops a kit's one-pagers: its errors, one per line after a sentence; undefined when it has none. */
export function contentErrors(kit: Pick<Kit, 'problems'>): string | undefined {
	const errors = kit.problems.filter((problem) => problem.severity === 'error');
	if (errors.length === 0) return undefined;
	return `the content has errors, fix them first:\n${errors.map(formatProblem).join('\n')}`;
}

/**
 * The job of an offer's one-pager in a language: what the build makes, and what `npm run dev`
 * makes on request (the same job, so the same cache key and the same bytes).
 */
export function onePagerJob(
	offer: LoadedOffer,
	kit: Pick<Kit, 'templates' | 'taxonomy'>,
	locale: Locale,
	lastChange: Date,
	pageSize: PageSize,
	offerPage?: string,
): OnePagerJob {
	const template = offerTemplate(offer.data, kit.templates);
	if (!template) throw new Error(`one-pager of offer "${offer.slug}": no one-pager template found in templates/`);
	return { content: onePagerContent(offer, locale, lastChange, template.name, kit.taxonomy, offerPage), template, pageSize };
}

/**
 * `count` workers; while `busyUntil` is pending, one fewer (at least one). In a build, Astro
 * renders the pages on one core meanwhile: a worker more would only take turns with it, and warm
 * up its own copy of the PDF engine for nothing (docs/benchmark.md has the figures).
 */
function startPool(count: number, busyUntil?: Promise<unknown>): WorkerPool | undefined {
	if (count <= 0 || !existsSync(WORKER_FILE)) return undefined;
	if (!busyUntil || count === 1) return new WorkerPool(count);
	const pool = new WorkerPool(count - 1);
	busyUntil.then(
		() => pool.allow(count),
		() => {},
	);
	return pool;
}

function chooseWorkers(setting: number | 'auto', taskCount: number): number {
	if (setting !== 'auto') return Math.max(0, setting);
	if (taskCount <= IN_PROCESS_LIMIT) return 0;
	return Math.max(1, Math.min(availableParallelism(), Math.ceil(taskCount / IN_PROCESS_LIMIT)));
}

function failure(task: Pick<Task, 'slug' | 'locale'>, error: unknown): Error {
	return new Error(`one-pager of offer "${task.slug}" (${task.locale}) could not be generated: ${errorText(error)}`);
}

async function inProcess(tasks: readonly Task[]): Promise<GeneratedOnePager[]> {
	if (tasks.length === 0) return [];
	// The PDF engine (pdf-lib, fontkit, the fonts) loads only where PDFs are made: a build whose
	// one-pagers come from the cache, or from workers, never loads it in its own process.
	const { runTask } = await import('./task.ts');
	const files: GeneratedOnePager[] = [];
	for (const task of tasks) {
		try {
			files.push({ slug: task.slug, locale: task.locale, path: task.path, ...(await runTask(task)) });
		} catch (error) {
			throw failure(task, error);
		}
	}
	return files;
}

const WORKER_FILE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/**
 * One-pagers sent to a worker ahead of the one it is making. The main thread hands them out
 * between rendering pages: with one at a time, a worker would wait for it idle (measured: idle
 * 60% of a 1,000-offer build).
 */
const QUEUED_PER_WORKER = 4;

/**
 * Worker processes that each keep a few one-pagers queued, and take the next whenever they finish
 * one. Processes rather than threads: a thread's memory (fonts, pdf-lib's objects) stays in the
 * build's process after the thread ends, while the build goes on to the search index, its most
 * memory-hungry step; a process gives all of it back.
 */
class WorkerPool {
	private readonly workers: ChildProcess[] = [];
	/** Set when a worker fails outside a task (it could not start, or it died). */
	private broken: Error | undefined;
	private onBroken: ((error: Error) => void) | undefined;
	private closing = false;
	/** The batch under way: whether one-pagers are left to hand out, and how a worker joins it. */
	private batch: { left: () => boolean; join: (worker: ChildProcess) => void } | undefined;
	/** How many workers the pool may have (see `allow`). */
	private allowed: number;

	/** The most workers the pool has had. */
	get size(): number {
		return this.workers.length;
	}

	constructor(count: number) {
		this.allowed = count;
		for (let started = 0; started < count; started++) this.workers.push(this.start());
	}

	private start(): ChildProcess {
		// Structured clone, as between threads: the jobs hold dates and maps.
		const worker = fork(WORKER_FILE, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		worker.on('error', (error) => this.fail(new Error(`a one-pager worker failed: ${errorText(error)}`)));
		worker.on('exit', (code, signal) => {
			if (!this.closing) this.fail(new Error(`a one-pager worker stopped unexpectedly (${signal ?? `exit code ${code}`})`));
		});
		return worker;
	}

	/**
	 * Lets the pool have up to `count` workers: those it lacks start when a batch is under way (now,
	 * or when the next starts) with one-pagers left to hand out, and share them.
	 */
	allow(count: number): void {
		this.allowed = count;
		this.fill();
	}

	private fill(): void {
		while (this.workers.length < this.allowed && !this.closing && !this.broken && this.batch?.left()) {
			const worker = this.start();
			this.workers.push(worker);
			this.batch.join(worker);
		}
	}

	private fail(error: Error) {
		this.broken ??= error;
		this.onBroken?.(error);
	}

	run(tasks: readonly Task[]): Promise<GeneratedOnePager[]> {
		return new Promise((resolve, reject) => {
			if (this.broken) {
				reject(this.broken);
				return;
			}
			if (tasks.length === 0) {
				resolve([]);
				return;
			}
			const files: GeneratedOnePager[] = new Array(tasks.length);
			let next = 0;
			let done = 0;
			let settled = false;
			const stop = (error: Error) => {
				if (settled) return;
				settled = true;
				this.batch = undefined;
				reject(error);
			};
			this.onBroken = stop;
			const feed = (worker: ChildProcess) => {
				if (settled || next >= tasks.length) return;
				const index = next++;
				const task = tasks[index] as Task;
				worker.send({ index, path: task.path, job: task.job, keep: task.keep } satisfies WorkerRequest);
			};
			const join = (worker: ChildProcess) => {
				worker.removeAllListeners('message');
				worker.on('message', (reply: WorkerReply) => {
					const task = tasks[reply.index] as Task;
					if ('error' in reply) {
						stop(failure(task, reply.error));
						return;
					}
					files[reply.index] = { slug: task.slug, locale: task.locale, path: task.path, bytes: reply.bytes, cuts: reply.cuts };
					done++;
					if (done === tasks.length) {
						settled = true;
						this.batch = undefined;
						resolve(files);
					} else {
						feed(worker);
					}
				});
				for (let queued = 0; queued < QUEUED_PER_WORKER; queued++) feed(worker);
			};
			this.batch = { left: () => !settled && next < tasks.length, join };
			for (const worker of this.workers) join(worker);
			this.fill();
		});
	}

	async close(): Promise<void> {
		this.closing = true;
		this.onBroken = undefined;
		await Promise.all(
			this.workers.map((worker) => {
				if (worker.exitCode !== null || worker.signalCode !== null) return undefined;
				const exited = new Promise((resolve) => worker.once('exit', resolve));
				worker.kill();
				return exited;
			}),
		);
	}
}

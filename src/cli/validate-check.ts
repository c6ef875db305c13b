// The check behind `npm run validate`: the whole kit read and checked as the build reads it,
// plus the one-pager fit check. A large kit is shared between two threads, each taking the next
// offer folder no thread has taken yet (docs/benchmark.md has the figures).
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { type Problem, sortProblems } from '../domain/problem.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import type { SalesKitConfig } from '../loading/kit-config-schema.ts';
import { lastChangeLookup } from '../loading/last-change.ts';
import { loadKit } from '../loading/load-kit.ts';
import { onePagerFitCheck } from '../pdf/fit.ts';
import { preloadFonts } from '../pdf/fonts.ts';
import { offerPageAddresses } from '../site/routing.ts';
import { startValidateWorker } from './validate-worker.mjs';

export interface KitCheck {
	problems: Problem[];
	/** Offers whose index.mdx passed its schema. */
	offers: number;
}

/** A thread's part of the kit: the folders it takes from the counter all threads share (see `KitShare`). */
export interface KitPart {
	kitWide: boolean;
	/** One 32-bit integer: the position of the next folder to take. */
	counter: SharedArrayBuffer;
}

/** The parts of `count` threads that check one kit together. */
export function kitParts(count: number): KitPart[] {
	const counter = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
	return Array.from({ length: count }, (_, index) => ({ kitWide: index === 0, counter }));
}

/** Offer folders from which a second thread pays for its start. */
const OFFERS_PER_EXTRA_THREAD = 100;

/**
 * Checks the kit of `contentDir`, or only the offer folders `offers` names (with the kit-wide
 * files), on as many threads as it is worth: `spare` is the port of a thread started beforehand
 * (validate.mjs), taken for a large kit and let go for a small one.
 */
export async function checkKit(contentDir: string, offers?: readonly string[], spare?: MessagePort): Promise<KitCheck> {
	const folders = offers?.length ?? offerFolderCount(contentDir);
	const count = Math.max(1, Math.min(availableParallelism(), Math.floor(folders / OFFERS_PER_EXTRA_THREAD)));
	const [own, ...others] = kitParts(count) as [KitPart, ...KitPart[]];
	const threads: PartThread[] = [];
	if (spare && others.length > 0) threads.push(partThread(spare));
	else spare?.close();
	while (threads.length < others.length) threads.push(startPartThread());
	try {
		// The project's settings are read once: reading astro.config.mjs loads the Astro
		// integrations it imports, which is slow.
		const config = await loadSalesKitConfig();
		const results = others.map((part, index) => (threads[index] as PartThread).check({ contentDir, part, offers, config }));
		const parts = [await checkKitPart(contentDir, own, config, offers), ...(await Promise.all(results))];
		return { problems: sortProblems(parts.flatMap((part) => part.problems)), offers: parts.reduce((sum, part) => sum + part.offers, 0) };
	} finally {
		for (const thread of threads) await thread.stop();
	}
}

/** What a part thread is sent: its part of the kit and the settings (see validate-part.ts). */
export interface PartJob {
	contentDir: string;
	part: KitPart;
	offers: readonly string[] | undefined;
	config: SalesKitConfig;
}

/** What a part thread answers. */
export type PartReply = { check: KitCheck } | { error: string };

interface PartThread {
	check: (job: PartJob) => Promise<KitCheck>;
	stop: () => Promise<unknown>;
}

/** A part thread reached through `port`: one job, one reply. `failure`: why the thread stopped, if it did. */
function partThread(
	port: MessagePort,
	stop: () => Promise<unknown> = async () => port.close(),
	failure: () => Error | undefined = () => undefined,
): PartThread {
	return {
		check: (job) => {
			const reply = new Promise<KitCheck>((resolve, reject) => {
				port.once('message', (answer: PartReply) => ('check' in answer ? resolve(answer.check) : reject(new Error(answer.error))));
				port.once('close', () => reject(failure() ?? new Error('the validate worker stopped before it finished')));
			});
			// A failure of this thread's own part is the one reported; the worker's is then moot.
			reply.catch(() => {});
			port.postMessage(job);
			return reply;
		},
		stop,
	};
}

/** A part thread started now, with Node's compile cache on (see validate.mjs). */
function startPartThread(): PartThread {
	const { port1, port2 } = new MessageChannel();
	const worker = startValidateWorker('./validate-part.ts', { workerData: { port: port2 }, transferList: [port2] });
	let failure: Error | undefined;
	worker.once('error', (error) => {
		failure = error;
		port1.close();
	});
	return partThread(
		port1,
		() => worker.terminate(),
		() => failure,
	);
}

/** One part of the kit checked on this thread, with the project's settings (`salesKit()`). */
export async function checkKitPart(
	contentDir: string,
	part: KitPart,
	config: SalesKitConfig,
	offers?: readonly string[],
): Promise<KitCheck> {
	const [lastChange] = await Promise.all([lastChangeLookup(contentDir), preloadFonts()]);
	// Fields too long for their one-pager are warned about with the layout that draws the PDFs.
	const checkOnePager = onePagerFitCheck({ pageSize: config.pdfPageSize, lastChange, offerPage: offerPageAddresses(config) });
	const counter = new Int32Array(part.counter);
	const share = { kitWide: part.kitWide, next: () => Atomics.add(counter, 0, 1) };
	const kit = await loadKit(contentDir, { defaultLocale: config.defaultLocale, checkOnePager, share, ...(offers ? { offers } : {}) });
	return { problems: kit.problems, offers: kit.offers.length };
}

function offerFolderCount(contentDir: string): number {
	try {
		return readdirSync(join(contentDir, 'offers')).length;
	} catch {
		return 0; // the check itself says what is wrong
	}
}

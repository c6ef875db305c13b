// The check behind `npm run validate`: the whole kit read and checked as the build reads it,
// plus the one-pager fit check. A large kit is shared between two threads, each taking the next
// offer folder no thread has taken yet (validate on 1,000 offers takes seconds of CPU time).
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Problem, sortProblems } from '../domain/problem.ts';
import { loadSalesKitConfig } from '../loading/kit-config.ts';
import { lastChangeLookup } from '../loading/last-change.ts';
import { loadKit } from '../loading/load-kit.ts';
import { onePagerFitCheck } from '../pdf/fit.ts';
import { preloadFonts } from '../pdf/fonts.ts';
import { offerPageAddresses } from '../site/routing.ts';

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

/** Offer folders from which a second thread pays for its start (about half a second of CPU). */
const OFFERS_PER_EXTRA_THREAD = 100;

/**
 * Checks the kit of `contentDir`, or only the offer folders `offers` names (with the kit-wide
 * files), on as many threads as it is worth.
 */
export async function checkKit(contentDir: string, offers?: readonly string[]): Promise<KitCheck> {
	const folders = offers?.length ?? offerFolderCount(contentDir);
	const count = Math.max(1, Math.min(availableParallelism(), Math.floor(folders / OFFERS_PER_EXTRA_THREAD)));
	const [own, ...others] = kitParts(count) as [KitPart, ...KitPart[]];
	const workers = others.map((part) => checkInWorker(contentDir, part, offers));
	try {
		const parts = [await checkKitPart(contentDir, own, offers), ...(await Promise.all(workers.map((worker) => worker.result)))];
		return { problems: sortProblems(parts.flatMap((part) => part.problems)), offers: parts.reduce((sum, part) => sum + part.offers, 0) };
	} finally {
		for (const worker of workers) await worker.stop();
	}
}

/** One part of the kit checked on this thread: the settings, git's dates and the fonts read while the others start. */
export async function checkKitPart(contentDir: string, part: KitPart, offers?: readonly string[]): Promise<KitCheck> {
	const [config, lastChange] = await Promise.all([loadSalesKitConfig(), lastChangeLookup(contentDir), preloadFonts()]);
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

/** A part checked in a worker thread that starts with Node's compile cache on (see validate.mjs). */
function checkInWorker(
	contentDir: string,
	part: KitPart,
	offers: readonly string[] | undefined,
): { result: Promise<KitCheck>; stop: () => Promise<unknown> } {
	const entry = new URL('./validate-part.ts', import.meta.url).href;
	const worker = new Worker(`require('node:module').enableCompileCache(); import(${JSON.stringify(entry)});`, {
		eval: true,
		workerData: { contentDir, part, offers },
		resourceLimits: { maxYoungGenerationSizeMb: 48 },
	});
	const result = new Promise<KitCheck>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the validate worker stopped (exit code ${code}) before it finished`)));
	});
	// A failure of this thread's own part is the one reported; the worker's is then moot.
	result.catch(() => {});
	return { result, stop: () => worker.terminate() };
}

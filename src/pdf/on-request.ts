// One one-pager made when it is asked for: what `npm run dev` serves. The same job as the build
// makes (generate.ts), drawn by the same engine, and kept in the same cache: an unchanged
// one-pager is made once, whether the build or the dev server made it first.

import { isPublished } from '../domain/offer-schema.ts';
import type { OfferPageAddress } from '../domain/one-pager-url.ts';
import type { PageSize } from '../domain/page-size.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { lastChangeLookup } from '../loading/last-change.ts';
import type { Kit } from '../loading/load-kit.ts';
import { keepOnePager, OnePagerCache } from './cache.ts';
import { contentErrors, onePagerJob } from './generate.ts';
import { renderOnePager } from './one-pager.ts';
import { cutCount } from './task.ts';

export interface OnePagerRequest {
	/** The kit as the content loaders read it last. */
	kit: Kit;
	contentDir: string;
	slug: string;
	locale: Locale;
	pageSize: PageSize;
	/** The build's one-pager cache folder. */
	cacheDir: string;
	/** The address of an offer's page on the published kit, as the build has it. */
	offerPage?: OfferPageAddress;
}

/** A problem of the content that stops this one-pager: the user fixes it, the message says where. */
export class ContentProblem extends Error {}

/** Caches by folder, each opened once per process (opening fingerprints the engine). */
const caches = new Map<string, Promise<OnePagerCache | undefined>>();
/** One-pagers being made, by cache key: a second request for one waits for the first. */
const making = new Map<string, Promise<Uint8Array>>();

/**
 * The PDF of an offer's one-pager in a language; undefined when no published offer has the slug
 * (none, or a draft). Throws `ContentProblem` when the content has errors.
 */
export async function onePagerOnRequest(request: OnePagerRequest): Promise<Uint8Array | undefined> {
	const { kit, slug } = request;
	const offer = kit.offers.find((candidate) => candidate.slug === slug);
	if (!offer || !isPublished(offer.data)) return undefined;
	const errors = contentErrors(kit);
	if (errors) throw new ContentProblem(`The one-pager of "${slug}" cannot be made: ${errors}`);
	const lastChange = await (await lastChangeLookup(request.contentDir))(offer.slug, offer.dir);
	let job: ReturnType<typeof onePagerJob>;
	try {
		job = onePagerJob(offer, kit, request.locale, lastChange, request.pageSize, request.offerPage?.(offer.slug, request.locale));
	} catch (error) {
		throw new ContentProblem(error instanceof Error ? error.message : String(error));
	}
	const cache = await openCache(request.cacheDir);
	const key = cache?.key(job) ?? JSON.stringify(job);
	let pdf = making.get(key);
	if (!pdf) {
		pdf = (async () => {
			const cached = await cache?.read(key);
			if (cached) return cached;
			const { bytes, layout } = await renderOnePager(job);
			if (cache) keepOnePager(cache.place(key), bytes, { bytes: bytes.length, cuts: cutCount(layout) });
			return bytes;
		})();
		making.set(key, pdf);
		pdf.finally(() => making.delete(key)).catch(() => undefined);
	}
	return pdf;
}

function openCache(dir: string): Promise<OnePagerCache | undefined> {
	let cache = caches.get(dir);
	if (!cache) {
		// A cache that cannot be opened only makes every one-pager anew.
		cache = OnePagerCache.open(dir).catch(() => undefined);
		caches.set(dir, cache);
	}
	return cache;
}

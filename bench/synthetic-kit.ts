// Writes a synthetic content folder of N offers (see synthetic-offer.ts) for the benchmark:
// the same N and seed give the same files, byte for byte.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type SyntheticOffer, syntheticOffer } from './synthetic-offer.ts';

export const DEFAULT_SEED = 20_261_125;

export interface SyntheticKitSummary {
	offers: number;
	/** Offers written in Chinese. */
	chineseOffers: number;
	/** Offers with a translation (index.zh-cn.mdx or index.en.mdx). */
	translations: number;
	contacts: number;
	/** Files written, and their total size. */
	files: number;
	bytes: number;
}

/** The offers of a kit of `count` offers, generated in memory. */
export function* syntheticOffers(count: number, seed = DEFAULT_SEED): Generator<SyntheticOffer> {
	const slugs = new Set<string>();
	for (let index = 0; index < count; index++) {
		const offer = syntheticOffer(index, seed, (slug) => slugs.has(slug));
		slugs.add(offer.slug);
		yield offer;
	}
}

/** Writes `count` offers into `<contentDir>/offers/`, a few offers at a time. */
export async function writeSyntheticKit(contentDir: string, count: number, seed = DEFAULT_SEED): Promise<SyntheticKitSummary> {
	const summary: SyntheticKitSummary = { offers: 0, chineseOffers: 0, translations: 0, contacts: 0, files: 0, bytes: 0 };
	let pending: Promise<void>[] = [];
	for (const offer of syntheticOffers(count, seed)) {
		summary.offers++;
		if (offer.chinese) summary.chineseOffers++;
		if (offer.translation) summary.translations++;
		summary.contacts += offer.contactCount;
		for (const [file, content] of offer.files) {
			const path = join(contentDir, 'offers', offer.slug, file);
			summary.files++;
			summary.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
			pending.push(mkdir(dirname(path), { recursive: true }).then(() => writeFile(path, content)));
		}
		if (pending.length >= 256) {
			await Promise.all(pending);
			pending = [];
		}
	}
	await Promise.all(pending);
	return summary;
}

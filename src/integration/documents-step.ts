// The committed files the site publishes: each published offer's documents, and the files its
// bodies show or link to, copied as they are to the paths the pages link to (site/routing.ts).
// A build step rather than an Astro route: a route reads each file into memory and writes it
// from the main thread, between the pages; a copy is the kernel's work, alongside the pages.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isPublished } from '../domain/offer-schema.ts';
import { resolveContentDir } from '../loading/content-dir.ts';
import type { LoadedOffer } from '../loading/load-kit.ts';
import { sharedKit } from '../loading/shared-kit.ts';
import { publishedFiles } from '../site/documents.ts';
import { documentOutputPath } from '../site/routing.ts';
import type { BuildStep } from './build-steps.ts';

/** Files copied at a time. */
const IN_FLIGHT = 16;

/** Each published file of an offer: where it is in the offer folder, and its path in the built site. */
export function offerFileCopies(offer: LoadedOffer): { from: string; to: string }[] {
	const bodies = [offer.body, ...offer.translations.map((translation) => translation.body)];
	return publishedFiles(
		offer.data,
		bodies.map((body) => body.files),
	).map((file) => ({ from: join(offer.dir, file), to: documentOutputPath(offer.slug, file) }));
}

export const documentsStep: BuildStep = async ({ outDir, config, logger }) => {
	const started = performance.now();
	const kit = await sharedKit(resolveContentDir(), { defaultLocale: config.defaultLocale });
	const copies = kit.offers.filter((offer) => isPublished(offer.data)).flatMap(offerFileCopies);
	let next = 0;
	const copyNext = async () => {
		while (next < copies.length) {
			const { from, to } = copies[next++] as { from: string; to: string };
			const target = join(outDir, to);
			await mkdir(dirname(target), { recursive: true });
			await copyFile(from, target);
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, copyNext));
	logger.info(`${copies.length} documents copied in ${((performance.now() - started) / 1000).toFixed(1)} s`);
};

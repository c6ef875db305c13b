import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { closestMatch } from '../domain/suggest.ts';

export type OfferLookup = { found: true; dir: string } | { found: false; suggestion: string | undefined };

/**
 * The folder of the offer `slug` in the content folder, or the closest slug to suggest.
 * Only folder names listed in `offers/` match, so a slug such as "../x" never leaves it.
 */
export async function findOffer(contentDir: string, slug: string): Promise<OfferLookup> {
	const offersDir = join(contentDir, 'offers');
	const entries = await readdir(offersDir, { withFileTypes: true }).catch(() => []);
	const slugs = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
	if (slugs.includes(slug)) return { found: true, dir: join(offersDir, slug) };
	return { found: false, suggestion: closestMatch(slug, slugs) };
}

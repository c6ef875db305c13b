// The offer's committed documents, served as they are at /offers/<slug>/documents/<file>.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOffers } from '../../../../site/kit.ts';
import { documentRouteParam } from '../../../../site/routing.ts';

export const getStaticPaths = (async () => {
	const offers = await getOffers();
	return offers.flatMap((offer) =>
		offer.files.map((file) => ({
			params: { slug: offer.slug, file: documentRouteParam(file) },
			props: { path: resolve(dirname(offer.entry.filePath ?? ''), file) },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(new Uint8Array(await readFile((props as { path: string }).path)));

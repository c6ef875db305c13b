// The offer's contacts in Partner Center's template format, ready to import there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatContactsCsv } from '../../../domain/contacts-csv.ts';
import { getOffers, type SiteOffer } from '../../../site/kit.ts';

export const getStaticPaths = (async () => {
	const offers = await getOffers();
	return offers.map((offer) => ({ params: { slug: offer.slug }, props: { offer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(formatContactsCsv((props as { offer: SiteOffer }).offer.contacts), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});

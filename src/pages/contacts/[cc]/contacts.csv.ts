// Everyone on a country page, in the template format with an extra Offer column.

import config from 'virtual:sales-kit/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedCountryContactsCsv } from '../../../site/country-csv.ts';
import { getOffers } from '../../../site/kit.ts';

export const getStaticPaths = (async () => {
	const { codes } = sharedCountryContactsCsv(await getOffers(), config.defaultLocale);
	return codes.map((code) => ({ params: { cc: code.toLowerCase() }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const downloads = sharedCountryContactsCsv(await getOffers(), config.defaultLocale);
	// Bytes, not a string: the files grow with the kit's global contacts (country-csv.ts).
	const body = downloads.file((props as { code: string }).code);
	return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

// Everyone on a country page, in the template format with an extra Offer column.

import config from 'virtual:sales-kit/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedCountryContactsCsv } from '../../../site/country-csv.ts';
import { getOffers } from '../../../site/kit.ts';

export const getStaticPaths = (async () => {
	const { codes } = sharedCountryContactsCsv(await getOffers(), config.defaultLocale);
	return codes.map((code) => ({ params: { cc: code.toLowerCase() }, props: { code } }));
}) satisfies GetStaticPaths;

const utf8 = new TextEncoder();

export const GET: APIRoute = async ({ props }) => {
	const downloads = sharedCountryContactsCsv(await getOffers(), config.defaultLocale);
	// Encoded here: a string body makes the Response scan every character of a file that grows
	// with the kit's global contacts (about 1 s over a 1,000-offer kit's 246 files).
	const body = utf8.encode(downloads.csv((props as { code: string }).code));
	return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

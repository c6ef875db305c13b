// A country's own contacts (those whose Countries/Regions name it), in the template format with
// an extra Offer column.

import config from 'virtual:sales-kit/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contactsCsv, countriesWithContacts } from '../../../site/country-csv.ts';
import { getOffers } from '../../../site/kit.ts';

export const getStaticPaths = (async () =>
	countriesWithContacts(await getOffers()).map((code) => ({
		params: { cc: code.toLowerCase() },
		props: { code },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(contactsCsv(await getOffers(), (props as { code: string }).code, config.defaultLocale), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});

// Every global (OOO) contact, in the template format with an extra Offer column.

import config from 'virtual:sales-kit/config';
import type { APIRoute } from 'astro';
import { ALL_COUNTRIES } from '../../../domain/countries.ts';
import { contactsCsv } from '../../../site/country-csv.ts';
import { getOffers } from '../../../site/kit.ts';

export const GET: APIRoute = async () =>
	new Response(contactsCsv(await getOffers(), ALL_COUNTRIES, config.defaultLocale), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});

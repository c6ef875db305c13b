// Everyone on a country page, in the template format with an extra Offer column.

import config from 'virtual:sales-kit/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatCountryContactsCsv } from '../../../domain/contacts-csv.ts';
import { COUNTRY_CODES } from '../../../domain/countries.ts';
import { localizeOffer } from '../../../domain/localized-offer.ts';
import { contactsForCountry } from '../../../site/directory.ts';
import { getOffers } from '../../../site/kit.ts';

export const getStaticPaths = (async () => {
	const offers = await getOffers();
	return COUNTRY_CODES.flatMap((code) => {
		const byOffer = contactsForCountry(offers, code);
		if (byOffer.length === 0) return [];
		const rows = byOffer.flatMap(({ offer, roles }) => {
			const title = localizeOffer(offer.data, offer.translations, config.defaultLocale).title;
			return roles.flatMap((group) => group.contacts.map((entry) => ({ offer: title, contact: entry.contact })));
		});
		return [{ params: { cc: code.toLowerCase() }, props: { rows } }];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(formatCountryContactsCsv((props as { rows: Parameters<typeof formatCountryContactsCsv>[0] }).rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});

import { defineCollection } from 'astro:content';
import config from 'virtual:sales-kit/config';
import { z } from 'astro/zod';
import type { Contact } from './domain/contact-schema.ts';
import type { Offer, Translation } from './domain/offer-schema.ts';
import type { Taxonomy } from './domain/taxonomy.ts';
import { kitLoaders } from './loading/astro-loaders.ts';
import { resolveContentDir } from './loading/content-dir.ts';
import { paths, withBase } from './site/routing.ts';

// The content folder: `content/`, or the one `SALES_KIT_CONTENT` names. The loaders store what
// the kit's reader parsed and checked with the offer, translation and contact schemas (the same
// reading as `npm run validate`), so the collections take their data as it is.
const loaders = kitLoaders(resolveContentDir(), { defaultLocale: config.defaultLocale }, (slug, base) => ({
	file: (path) => withBase(base, paths.document(slug, path)),
	site: (path) => withBase(base, path),
}));

export const collections = {
	offers: defineCollection({ loader: loaders.offers, schema: z.custom<Offer>() }),
	translations: defineCollection({ loader: loaders.translations, schema: z.custom<Translation>() }),
	contacts: defineCollection({ loader: loaders.contacts, schema: z.custom<{ contacts: Contact[] }>() }),
	taxonomy: defineCollection({ loader: loaders.taxonomy, schema: z.custom<Taxonomy>() }),
};

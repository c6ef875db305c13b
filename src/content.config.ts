import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import config from 'virtual:sales-kit/config';
import { z } from 'astro/zod';
import { ContactSchema } from './domain/contact-schema.ts';
import { OfferSchema, TranslationSchema } from './domain/offer-schema.ts';
import { contactsLoader, offersLoader, translationsLoader } from './loading/astro-loaders.ts';
import { resolveContentDir } from './loading/content-dir.ts';
import { loadTaxonomy } from './loading/load-kit.ts';

// The content folder: `content/`, or the one `SALES_KIT_CONTENT` names.
const contentDir = resolveContentDir();
const taxonomy = await loadTaxonomy(join(contentDir, 'taxonomy.yaml'));
const options = { defaultLocale: config.defaultLocale };

export const collections = {
	offers: defineCollection({ loader: offersLoader(contentDir, options), schema: OfferSchema({ taxonomy, ...options }) }),
	translations: defineCollection({ loader: translationsLoader(contentDir, options), schema: TranslationSchema() }),
	contacts: defineCollection({
		loader: contactsLoader(contentDir, options),
		schema: z.object({ contacts: z.array(ContactSchema()) }),
	}),
};

import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ContactSchema } from './domain/contact-schema.ts';
import { OfferSchema, TranslationSchema } from './domain/offer-schema.ts';
import { contactsLoader, offersLoader, translationsLoader } from './loading/astro-loaders.ts';
import { resolveContentDir } from './loading/content-dir.ts';
import { loadTaxonomy } from './loading/load-kit.ts';

// The content folder: `content/`, or the one `SALES_KIT_CONTENT` names.
const contentDir = resolveContentDir();
const taxonomy = await loadTaxonomy(join(contentDir, 'taxonomy.yaml'));

export const collections = {
	offers: defineCollection({ loader: offersLoader(contentDir), schema: OfferSchema({ taxonomy }) }),
	translations: defineCollection({ loader: translationsLoader(contentDir), schema: TranslationSchema() }),
	contacts: defineCollection({
		loader: contactsLoader(contentDir),
		schema: z.object({ contacts: z.array(ContactSchema()) }),
	}),
};

import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import config from 'virtual:sales-kit/config';
import { z } from 'astro/zod';
import { ContactSchema } from './domain/contact-schema.ts';
import { OfferSchema, TranslationSchema } from './domain/offer-schema.ts';
import { contactsLoader, offersLoader, translationsLoader } from './loading/astro-loaders.ts';
import { resolveContentDir } from './loading/content-dir.ts';
import { loadTaxonomy } from './loading/load-kit.ts';
import { loadTemplates } from './loading/templates.ts';
import { templateTerms } from './pdf/template-schema.ts';

// The content folder: `content/`, or the one `SALES_KIT_CONTENT` names.
const contentDir = resolveContentDir();
const taxonomy = await loadTaxonomy(join(contentDir, 'taxonomy.yaml'));
// `onePager.template` names one of the templates in templates/ (the loaders report their problems).
const { templates } = await loadTemplates();
const options = { defaultLocale: config.defaultLocale };
const templateNames = templates.length > 0 ? { templates: templateTerms(templates) } : {};

export const collections = {
	offers: defineCollection({ loader: offersLoader(contentDir, options), schema: OfferSchema({ taxonomy, ...options, ...templateNames }) }),
	translations: defineCollection({ loader: translationsLoader(contentDir, options), schema: TranslationSchema() }),
	contacts: defineCollection({
		loader: contactsLoader(contentDir, options),
		schema: z.object({ contacts: z.array(ContactSchema()) }),
	}),
};

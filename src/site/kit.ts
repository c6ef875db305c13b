// The kit as the pages see it: the content collections joined per offer, computed once.
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { Contact } from '../domain/contact-schema.ts';
import { isPublished, type Offer, type Translation } from '../domain/offer-schema.ts';
import { type Checklist, readiness } from '../domain/readiness.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../domain/taxonomy.ts';
import { type TermNames, termNames } from '../domain/term-names.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { offerDir, resolveContentDir } from '../loading/content-dir.ts';
import { lastChangeLookup } from '../loading/last-change.ts';
import { publishedFiles } from './documents.ts';

export interface SiteOffer {
	slug: string;
	data: Offer;
	entry: CollectionEntry<'offers'>;
	translations: Partial<Record<Locale, Translation>>;
	translationEntries: Partial<Record<Locale, CollectionEntry<'translations'>>>;
	contacts: Contact[];
	/** The files of the offer folder the site publishes: the documents and what the bodies show or link to. */
	files: string[];
	readiness: { coSellReady: Checklist; ipCoSell: Checklist };
	/** The offer's last change: the date its one-pagers print (one lookup, pdf/last-change.ts). */
	lastChange: Date;
	/** Kept for the directory: `markets` and the title in the main language. */
	title: string;
	markets: string[];
}

let cached: Promise<SiteOffer[]> | undefined;

/** Every published (non-draft) offer, sorted by title. */
export function getOffers(): Promise<SiteOffer[]> {
	cached ??= load();
	return cached;
}

async function load(): Promise<SiteOffer[]> {
	const contentDir = resolveContentDir();
	const [offers, translations, contacts, lastChange] = await Promise.all([
		getCollection('offers', ({ data }) => isPublished(data)),
		getCollection('translations'),
		getCollection('contacts'),
		lastChangeLookup(contentDir),
	]);
	const contactsBySlug = new Map(contacts.map((entry) => [entry.id, entry.data.contacts]));
	const translationsBySlug = new Map<string, CollectionEntry<'translations'>[]>();
	for (const entry of translations) {
		const slug = entry.id.split('/')[0] ?? entry.id;
		translationsBySlug.set(slug, [...(translationsBySlug.get(slug) ?? []), entry]);
	}
	const lastChanges = await Promise.all(offers.map((entry) => lastChange(entry.id, offerDir(contentDir, entry.id))));
	return offers
		.map((entry, index): SiteOffer => {
			const offerContacts = contactsBySlug.get(entry.id) ?? [];
			const entries = translationsBySlug.get(entry.id) ?? [];
			const translationEntries = Object.fromEntries(entries.map((t) => [t.id.split('/')[1] as Locale, t]));
			return {
				slug: entry.id,
				data: entry.data,
				entry,
				translations: Object.fromEntries(entries.map((t) => [t.id.split('/')[1] as Locale, t.data])),
				translationEntries,
				contacts: offerContacts,
				files: publishedFiles(entry.data, [entry, ...entries].map(bodyFiles)),
				readiness: readiness(entry.data, offerContacts),
				lastChange: lastChanges[index] as Date,
				title: entry.data.title,
				markets: entry.data.markets,
			};
		})
		.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

let taxonomy: Promise<Taxonomy> | undefined;

/** The kit's vocabulary, with the names `taxonomy.yaml` gives its terms. */
export function getTaxonomy(): Promise<Taxonomy> {
	taxonomy ??= readTaxonomyEntry();
	return taxonomy;
}

/** The taxonomy as the content loader stored it. */
async function readTaxonomyEntry(): Promise<Taxonomy> {
	const entry = await getEntry('taxonomy', 'taxonomy');
	return entry?.data ?? DEFAULT_TAXONOMY;
}

/** The printed names of the kit's terms in a language. */
export async function getTermNames(locale: Locale): Promise<TermNames> {
	return termNames(await getTaxonomy(), locale);
}

/** The files of the offer folder a body shows or links to, as the loader stored them. */
function bodyFiles(entry: CollectionEntry<'offers' | 'translations'>): string[] {
	const files = entry.rendered?.metadata?.files;
	return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string') : [];
}

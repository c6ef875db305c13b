import { classifyDocument } from './documents.ts';
import type { Offer, Translation } from './offer-schema.ts';
import type { Locale } from './vocabulary.ts';

/** An offer's text in one language: the site and the one-pager show this. */
export interface LocalizedText {
	title: string;
	summary: string;
	publisher: string;
	/** The one-pager headline; defaults to the summary. */
	headline: string;
	benefits: string[];
	/** The language the text is written in. */
	textLocale: Locale;
	/** Which body to show: the main file's, or the translation's. */
	source: 'main' | 'translation';
	/** True when the reader's language has no text and the main text stands in for it. */
	fallback: boolean;
}

/** A text with the file it comes from and its field there, so that a problem with it can point at it. */
export interface LocalizedField {
	text: string;
	from: 'main' | 'translation';
	path: readonly (string | number)[];
}

/** `LocalizedText` with where each text comes from: what the one-pager's warnings need. */
export interface LocalizedFields extends Omit<LocalizedText, 'title' | 'summary' | 'publisher' | 'headline' | 'benefits'> {
	title: LocalizedField;
	summary: LocalizedField;
	publisher: LocalizedField;
	headline: LocalizedField;
	benefits: LocalizedField[];
}

const TITLE = ['title'];
const SUMMARY = ['summary'];
const PUBLISHER = ['publisher'];
const HEADLINE = ['onePager', 'headline'];
const benefitPath = (index: number) => ['onePager', 'benefits', index];

/** The translation a reader of `locale` is shown: none when the main file is written in that language, or has none in it. */
function shownTranslation(offer: Pick<Offer, 'lang'>, translations: Partial<Record<Locale, Translation>>, locale: Locale) {
	return offer.lang === locale ? undefined : translations[locale];
}

/**
 * The offer's text for a reader of `locale`: the main file when it is written in that language,
 * else its translation (whose fields override the main ones), else the main text as a fallback.
 */
export function localizeOffer(offer: Offer, translations: Partial<Record<Locale, Translation>>, locale: Locale): LocalizedText {
	const fields = localizeOfferFields(offer, translations, locale);
	return {
		...fields,
		title: fields.title.text,
		summary: fields.summary.text,
		publisher: fields.publisher.text,
		headline: fields.headline.text,
		benefits: fields.benefits.map((benefit) => benefit.text),
	};
}

/** `localizeOffer`, each text with the file and field it comes from. */
export function localizeOfferFields(offer: Offer, translations: Partial<Record<Locale, Translation>>, locale: Locale): LocalizedFields {
	const main = (text: string, path: readonly (string | number)[]): LocalizedField => ({ text, from: 'main', path });
	const translated = (text: string, path: readonly (string | number)[]): LocalizedField => ({ text, from: 'translation', path });
	const summary = main(offer.summary, SUMMARY);
	const headline = offer.onePager?.headline === undefined ? summary : main(offer.onePager.headline, HEADLINE);
	const benefits = (offer.onePager?.benefits ?? []).map((text, index) => main(text, benefitPath(index)));
	const translation = shownTranslation(offer, translations, locale);
	if (!translation) {
		const text = { title: main(offer.title, TITLE), summary, publisher: main(offer.publisher, PUBLISHER), headline, benefits };
		return { ...text, textLocale: offer.lang, source: 'main', fallback: offer.lang !== locale };
	}
	const translatedSummary = translation.summary === undefined ? summary : translated(translation.summary, SUMMARY);
	return {
		title: translation.title === undefined ? main(offer.title, TITLE) : translated(translation.title, TITLE),
		summary: translatedSummary,
		publisher: translation.publisher === undefined ? main(offer.publisher, PUBLISHER) : translated(translation.publisher, PUBLISHER),
		// A translated summary stands as the headline rather than the main file's headline in another language.
		headline:
			translation.onePager?.headline !== undefined
				? translated(translation.onePager.headline, HEADLINE)
				: translation.summary !== undefined
					? translatedSummary
					: headline,
		benefits: translation.onePager?.benefits?.map((text, index) => translated(text, benefitPath(index))) ?? benefits,
		textLocale: locale,
		source: 'translation',
		fallback: false,
	};
}

/**
 * The titles of the offer's `documents.other` for a reader of `locale`, in their order: from the
 * translation `localizeOffer` shows, where it gives a title. Only the offer page shows them.
 */
export function otherDocumentTitles(
	offer: Pick<Offer, 'lang' | 'documents'>,
	translations: Partial<Record<Locale, Translation>>,
	locale: Locale,
): string[] {
	const translation = shownTranslation(offer, translations, locale);
	if (translation) return translatedDocumentTitles(offer, translation).titles;
	return (offer.documents?.other ?? []).map((document) => document.title);
}

/** A translated title that names no document of `index.mdx`, or one already named. */
export interface DocumentTitleProblem {
	/** The field of the translation: `['documents', 'other', 1, 'file']`. */
	path: (string | number)[];
	message: string;
}

/**
 * The titles of the offer's other documents with a translation's titles in place: each entry of
 * the translation's `documents.other` names its document by `file:` or `url:`, written as in
 * `index.mdx` (`./documents/a.pdf` is `documents/a.pdf`). Entries that name no document, or one
 * named before, are problems.
 */
export function translatedDocumentTitles(offer: Pick<Offer, 'documents'>, translation: Pick<Translation, 'documents'>) {
	const documents = offer.documents?.other ?? [];
	const titles = documents.map((document) => document.title);
	const keys = documents.map((document) => referenceKey(document.file ?? document.url ?? ''));
	const problems: DocumentTitleProblem[] = [];
	const namedAt = new Map<number, number>();
	(translation.documents?.other ?? []).forEach((entry, index) => {
		const field = entry.file !== undefined ? 'file' : 'url';
		const written = entry.file ?? entry.url;
		if (written === undefined) return; // the schema reports it
		const target = keys.indexOf(referenceKey(written));
		const path = ['documents', 'other', index, field];
		if (target < 0) {
			const choices = documents.map((document) => (document.file !== undefined ? `file: ${document.file}` : `url: ${document.url}`));
			problems.push({
				path,
				message:
					choices.length === 0
						? `"${written}" cannot be translated: index.mdx has no documents.other. Remove this entry, or add the document to index.mdx`
						: `"${written}" is not one of index.mdx's documents.other: name the document this title translates as index.mdx does (${choices.join('; ')})`,
			});
			return;
		}
		const earlier = namedAt.get(target);
		if (earlier !== undefined) {
			problems.push({ path, message: `"${written}" is translated already by documents.other[${earlier}]: keep one of the two` });
			return;
		}
		namedAt.set(target, index);
		titles[target] = entry.title;
	});
	return { titles, problems };
}

/** A document reference as it is compared: a path normalised inside the offer folder, or a trimmed URL. */
function referenceKey(reference: string): string {
	const location = classifyDocument(reference);
	if ('problem' in location) return reference.trim();
	return location.kind === 'file' ? location.path : location.url;
}

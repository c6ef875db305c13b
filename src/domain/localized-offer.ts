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
	const translation = offer.lang === locale ? undefined : translations[locale];
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

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

/**
 * The offer's text for a reader of `locale`: the main file when it is written in that language,
 * else its translation (whose fields override the main ones), else the main text as a fallback.
 */
export function localizeOffer(offer: Offer, translations: Partial<Record<Locale, Translation>>, locale: Locale): LocalizedText {
	const main = {
		title: offer.title,
		summary: offer.summary,
		publisher: offer.publisher,
		headline: offer.onePager?.headline ?? offer.summary,
		benefits: offer.onePager?.benefits ?? [],
	};
	const translation = offer.lang === locale ? undefined : translations[locale];
	if (!translation) return { ...main, textLocale: offer.lang, source: 'main', fallback: offer.lang !== locale };
	const summary = translation.summary ?? main.summary;
	return {
		title: translation.title ?? main.title,
		summary,
		publisher: translation.publisher ?? main.publisher,
		headline: translation.onePager?.headline ?? (translation.summary ? summary : main.headline),
		benefits: translation.onePager?.benefits ?? main.benefits,
		textLocale: locale,
		source: 'translation',
		fallback: false,
	};
}

// The facts of an offer as its page prints them, in the reader's language: every term by its
// name there, lists and labels punctuated as the language does.
import { ALL_COUNTRIES } from '../domain/countries.ts';
import { countryName } from '../domain/country-names.ts';
import { formatList } from '../domain/language-format.ts';
import type { Offer } from '../domain/offer-schema.ts';
import { describeSolutionArea, type TermNames } from '../domain/term-names.ts';
import type { Translate } from '../i18n/index.ts';

export interface OfferFacts {
	solutionType: string;
	/** Each list as one text; "None declared" when empty. */
	platforms: string;
	segments: string;
	markets: string;
	/** One line per solution area: "Data and AI: Analytics, AI and machine learning". */
	solutionAreas: string[];
}

export function offerFacts(
	offer: Pick<Offer, 'solutionType' | 'platforms' | 'segments' | 'solutionAreas' | 'markets'>,
	names: TermNames,
	t: Translate,
): OfferFacts {
	const { locale } = names;
	const list = (items: readonly string[]) => (items.length > 0 ? formatList(items, locale) : t('offer.noneDeclared'));
	return {
		solutionType: names.solutionType(offer.solutionType),
		platforms: list(offer.platforms.map(names.platform)),
		segments: list(offer.segments.map(names.segment)),
		markets: offer.markets.includes(ALL_COUNTRIES) ? t('countries.all') : list(offer.markets.map((code) => countryName(code, locale))),
		solutionAreas: offer.solutionAreas.map((entry) => describeSolutionArea(entry, names)),
	};
}

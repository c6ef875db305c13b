import { ALL_COUNTRIES } from '../domain/countries.ts';
import { countryName } from '../domain/country-names.ts';
import { formatList } from '../domain/language-format.ts';
import type { Offer } from '../domain/offer-schema.ts';
import type { ChecklistItem } from '../domain/readiness.ts';
import { solutionTypeName } from '../domain/term-names.ts';
import type { Locale } from '../domain/vocabulary.ts';
import { LANGUAGE_TAGS, type Translate, type UiKey } from '../i18n/index.ts';

/** Why a checklist item is unmet or not applicable, in the reader's language; empty when met. */
export function explainItem(item: ChecklistItem, offer: Offer, t: Translate, locale: Locale): string {
	if (item.status === 'met') return '';
	if (item.status === 'not-applicable') return t(`why.notApplicable.${item.id}` as UiKey);
	switch (item.id) {
		case 'sales-coverage': {
			const names = (item.uncoveredMarkets ?? []).map((code) => (code === ALL_COUNTRIES ? t('countries.all') : countryName(code, locale)));
			return t('why.sales-coverage', { markets: formatList(names, locale) });
		}
		case 'ip-solution':
			return t('why.ip-solution', { type: solutionTypeName(offer.solutionType, locale) });
		case 'azure-revenue': {
			const revenue = offer.prerequisites.azureConsumedRevenueUsd;
			if (revenue === undefined) return t('why.azure-revenue.none');
			return t('why.azure-revenue', { revenue: usd(locale).format(revenue) });
		}
		default:
			return t(`why.${item.id}` as UiKey);
	}
}

const usdFormats = new Map<Locale, Intl.NumberFormat>();

/** Whole US dollars in the reader's language; one format per language, as every offer page may use it. */
function usd(locale: Locale): Intl.NumberFormat {
	let format = usdFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
		usdFormats.set(locale, format);
	}
	return format;
}

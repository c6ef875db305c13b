// How each language punctuates what the kit assembles from terms: lists ("Azure, Windows" or
// "Azure、Windows"), labels ("Markets: " or "市场："), and a name with its code; and how it
// writes a date. One definition for the pages and the one-pagers. The separators are those of CLDR's narrow conjunction lists
// (Intl.ListFormat), written out so that text stays the same whatever Node's ICU data; a unit
// test holds them to ICU's.
import type { Locale } from './vocabulary.ts';

/** Between the items of a list: the enumeration comma 、 in Chinese. */
export const LIST_SEPARATORS: Readonly<Record<Locale, string>> = { en: ', ', 'zh-cn': '、' };

/** After a label: the full-width colon in Chinese, which carries its own space. */
const LABEL_SEPARATORS: Readonly<Record<Locale, string>> = { en: ': ', 'zh-cn': '：' };

/** "Azure, Windows" or "Azure、Windows". */
export function formatList(items: readonly string[], locale: Locale): string {
	return items.join(LIST_SEPARATORS[locale]);
}

/** "Data and AI: Analytics" or "数据和 AI：分析". */
export function labelled(label: string, value: string, locale: Locale): string {
	return `${label}${LABEL_SEPARATORS[locale]}${value}`;
}

/** Around a code after a name: full-width brackets after Chinese text. */
const CODE_BRACKETS: Readonly<Record<Locale, readonly [string, string]>> = { en: [' (', ')'], 'zh-cn': ['（', '）'] };

/** "Arizona (US-AZ)" or "亚利桑那州（US-AZ）". */
export function withCode(name: string, code: string, locale: Locale): string {
	const [open, close] = CODE_BRACKETS[locale];
	return `${name}${open}${code}${close}`;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
/** Dates already formatted: offers changed together share them, and formatting is slow. */
const formattedDates = new Map<string, string>();

/** "March 12, 2026" or "2026年3月12日", in UTC so that every machine prints the same date. */
export function formatDate(iso: string, locale: Locale): string {
	const key = `${locale} ${iso}`;
	let formatted = formattedDates.get(key);
	if (formatted === undefined) {
		let format = dateFormats.get(locale);
		if (!format) {
			format = new Intl.DateTimeFormat(locale === 'zh-cn' ? 'zh-CN' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
			dateFormats.set(locale, format);
		}
		formatted = format.format(new Date(iso));
		formattedDates.set(key, formatted);
	}
	return formatted;
}

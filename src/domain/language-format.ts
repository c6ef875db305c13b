// How each language punctuates what the kit assembles from terms: lists ("Azure, Windows" or
// "Azure、Windows"), labels ("Markets: " or "市场："), and a name with its code. One definition for
// the pages and the one-pagers. The separators are those of CLDR's narrow conjunction lists
// (Intl.ListFormat), written out so that text stays the same whatever Node's ICU data; a unit
// test holds them to ICU's.
import type { Locale } from './vocabulary.ts';

/** Between the items of a list: the enumeration comma 、 in Chinese. */
export const LIST_SEPARATORS: Readonly<Record<Locale, string>> = { en: ', ', 'zh-cn': '、' };

/** After a label: the full-width colon in Chinese, which carries its own space. */
export const LABEL_SEPARATORS: Readonly<Record<Locale, string>> = { en: ': ', 'zh-cn': '：' };

/** "Azure, Windows" or "Azure、Windows". */
export function formatList(items: readonly string[], locale: Locale): string {
	return items.join(LIST_SEPARATORS[locale]);
}

/** "Data and AI: Analytics" or "数据和 AI：分析". */
export function labelled(label: string, value: string, locale: Locale): string {
	return `${label}${LABEL_SEPARATORS[locale]}${value}`;
}

/** Around a code after a name: full-width brackets after Chinese text. */
export const CODE_BRACKETS: Readonly<Record<Locale, readonly [string, string]>> = { en: [' (', ')'], 'zh-cn': ['（', '）'] };

/** "Arizona (US-AZ)" or "亚利桑那州（US-AZ）". */
export function withCode(name: string, code: string, locale: Locale): string {
	const [open, close] = CODE_BRACKETS[locale];
	return `${name}${open}${code}${close}`;
}

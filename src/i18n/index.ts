// Interface text in every language of the kit. Each language is a JSON file of the same keys;
// a key missing from a language falls back to English (a test keeps them complete).
import type { Locale } from '../domain/vocabulary.ts';
import en from './en.json' with { type: 'json' };
import zhCn from './zh-cn.json' with { type: 'json' };

export type UiKey = keyof typeof en;
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

export const DICTIONARIES: Record<Locale, Partial<Record<UiKey, string>>> = { en, 'zh-cn': zhCn };

// Defined with the locales, so that the domain (country names) can use them too.
export { LANGUAGE_TAGS } from '../domain/vocabulary.ts';

/** The interface text of a language: `t('catalog.showing', { shown: 2, total: 4 })`. */
export function translator(locale: Locale): Translate {
	const dictionary = DICTIONARIES[locale];
	return (key, params) => {
		const text = dictionary[key] ?? en[key];
		return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
	};
}

/**
 * The text before and after a placeholder of an interface text, to put an element in its place:
 * `aroundPlaceholder('Last changed {date}', 'date')` is `['Last changed ', '']`.
 */
export function aroundPlaceholder(text: string, name: string): [string, string] {
	const at = text.indexOf(`{${name}}`);
	return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + name.length + 2)];
}

/** Keys present in one language's file and missing from another's. */
export function missingKeys(): { locale: Locale; key: string }[] {
	const all = new Set(Object.values(DICTIONARIES).flatMap((dictionary) => Object.keys(dictionary)));
	return (Object.entries(DICTIONARIES) as [Locale, Record<string, string>][]).flatMap(([locale, dictionary]) =>
		[...all].filter((key) => !(key in dictionary)).map((key) => ({ locale, key })),
	);
}

/** The label of a vocabulary term (`segment.SMB`), or the term itself when the kit's taxonomy added it. */
export function termLabel(t: Translate, prefix: 'segment' | 'solutionType' | 'role', term: string): string {
	const key = `${prefix}.${term}`;
	return key in en ? t(key as UiKey) : term;
}

// Listing names in the reader's alphabet: the sort order and the index letters of the country
// directory. The names themselves come from src/domain/country-names.ts.
import { LANGUAGE_TAGS, type Locale } from '../domain/vocabulary.ts';

const collators = new Map<Locale, Intl.Collator>();

/** Sorts by the reader's alphabet (pinyin order for Chinese). Made once per language: pages sort with it often. */
export function collator(locale: Locale): Intl.Collator {
	let made = collators.get(locale);
	if (!made) {
		made = new Intl.Collator(LANGUAGE_TAGS[locale]);
		collators.set(locale, made);
	}
	return made;
}

// The first character of each pinyin initial in Chinese collation order (A, B, C ... Z without
// I, U, V): a name belongs to the last boundary that sorts before or with it.
const PINYIN_BOUNDARIES: [string, string][] = [
	['A', '阿'],
	['B', '八'],
	['C', '嚓'],
	['D', '哒'],
	['E', '妸'],
	['F', '发'],
	['G', '旮'],
	['H', '哈'],
	['J', '讥'],
	['K', '咔'],
	['L', '垃'],
	['M', '妈'],
	['N', '拏'],
	['O', '噢'],
	['P', '妑'],
	['Q', '七'],
	['R', '呥'],
	['S', '仨'],
	['T', '他'],
	['W', '屲'],
	['X', '夕'],
	['Y', '丫'],
	['Z', '帀'],
];

/** The letter a name is listed under in an alphabetical index: its first letter, or its pinyin initial. */
export function indexLetter(name: string, locale: Locale): string {
	const first = name.normalize('NFD').charAt(0).toUpperCase();
	if (locale !== 'zh-cn' || /[A-Z]/.test(first)) return /[A-Z]/.test(first) ? first : '#';
	const compare = collator(locale).compare;
	let letter = '#';
	for (const [initial, boundary] of PINYIN_BOUNDARIES) {
		if (compare(boundary, name) <= 0) letter = initial;
		else break;
	}
	return letter;
}

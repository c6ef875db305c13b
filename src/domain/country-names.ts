// A country's name in each language of the kit: the one definition that pages, one-pagers and
// messages use. Names are ICU's region names (CLDR: "South Korea", "Türkiye", "韩国"), which a
// reader knows; a code ICU does not name falls back to the co-sell table's English name. They
// change with Node's ICU data, so whatever keeps printed names (the one-pager cache) keys on
// `countryNameTable()`.
import { CO_SELL_COUNTRIES } from './co-sell-tables.ts';
import { LANGUAGE_TAGS, LOCALES, type Locale } from './vocabulary.ts';

const tableNames = new Map(CO_SELL_COUNTRIES.map((country) => [country.code, country.name]));
const displayNames = new Map<Locale, Intl.DisplayNames>();

/** Names already looked up, by language and code: every page names countries, often the same. */
const knownNames = new Map<string, string>();

/** The name of a co-sell country code (`KR`, any case) in `locale`; the code itself when nothing names it. */
export function countryName(code: string, locale: Locale): string {
	const upper = code.toUpperCase();
	const key = `${locale}:${upper}`;
	let name = knownNames.get(key);
	if (name === undefined) {
		name = lookUpCountryName(upper, locale);
		knownNames.set(key, name);
	}
	return name;
}

function lookUpCountryName(code: string, locale: Locale): string {
	let names = displayNames.get(locale);
	if (!names) {
		names = new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'region', fallback: 'none' });
		displayNames.set(locale, names);
	}
	let name: string | undefined;
	try {
		name = names.of(code);
	} catch {
		name = undefined; // not a region code for ICU: OOO
	}
	return name && name !== code ? name : (tableNames.get(code) ?? code);
}

/** Every co-sell country's name in every language, `OOO` included: what the names depend on, as data. */
export function countryNameTable(): Record<Locale, Record<string, string>> {
	const table = {} as Record<Locale, Record<string, string>>;
	for (const locale of LOCALES) {
		table[locale] = Object.fromEntries(CO_SELL_COUNTRIES.map(({ code }) => [code, countryName(code, locale)]));
	}
	return table;
}

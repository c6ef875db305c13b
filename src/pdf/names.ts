// Names the layout prints and problems use, kept apart from content.ts so that the worker
// threads that draw PDFs load no schema code.

import { findCountry } from '../domain/countries.ts';
import { formatPath } from '../domain/problem.ts';
import type { Locale } from '../domain/vocabulary.ts';
import type { Origin } from './content.ts';

/** The field name of an origin as problems show it: `onePager.benefits[2]`, or a CSV column. */
export function originField(origin: Origin): string {
	return 'path' in origin ? formatPath(origin.path) : origin.field;
}

let chineseNames: Intl.DisplayNames | undefined;
const names = new Map<string, string>();

/** A country's name in a language: Partner Center's English names, `Intl` for Chinese. */
export function countryName(code: string, locale: Locale): string {
	if (locale === 'en') return findCountry(code)?.name ?? code;
	let name = names.get(code);
	if (name === undefined) {
		chineseNames ??= new Intl.DisplayNames(['zh-CN'], { type: 'region' });
		name = chineseNames.of(code) ?? findCountry(code)?.name ?? code;
		names.set(code, name);
	}
	return name;
}

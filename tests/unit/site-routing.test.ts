import { describe, expect, it } from 'vitest';
import { documentUrlPath, localeParam, localePrefix, localeRoutes, otherLocale, paths, withBase } from '../../src/site/routing.ts';

describe('routing', () => {
	it('puts the default language at the root and the other under its prefix', () => {
		expect(localePrefix('en', 'en')).toBe('');
		expect(localePrefix('zh-cn', 'en')).toBe('/zh-cn');
		expect(localePrefix('en', 'zh-cn')).toBe('/en');
		expect(localeRoutes('en')).toEqual([
			{ locale: 'en', param: undefined },
			{ locale: 'zh-cn', param: 'zh-cn' },
		]);
		expect(localeParam('zh-cn', 'zh-cn')).toBeUndefined();
		expect(otherLocale('en')).toBe('zh-cn');
		expect(otherLocale('zh-cn')).toBe('en');
	});

	it.each([
		['/', '/offers/x/', '/offers/x/'],
		['/kit/', '/offers/x/', '/kit/offers/x/'],
		['/kit', '/', '/kit/'],
		['/kit/', 'pagefind/', '/kit/pagefind/'],
	])('withBase(%j, %j) is %j', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});

	it('serves committed documents under /offers/<slug>/documents/', () => {
		expect(paths.document('x', 'documents/pitch deck.pptx')).toBe('/offers/x/documents/pitch%20deck.pptx');
		expect(paths.document('x', 'documents/sub/a.pdf')).toBe('/offers/x/documents/sub/a.pdf');
		expect(documentUrlPath('files/a.pdf')).toBe('files/a.pdf');
		expect(paths.country('FR')).toBe('/contacts/fr/');
		expect(paths.countryContactsCsv('FR')).toBe('/contacts/fr/contacts.csv');
	});
});

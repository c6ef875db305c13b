import { describe, expect, it } from 'vitest';
import { parseSalesKitConfig } from '../../src/loading/kit-config-schema.ts';
import {
	documentOutputPath,
	documentUrlPath,
	localeParam,
	localePrefix,
	localeRoutes,
	offerPageAddresses,
	offerPageUrl,
	otherLocale,
	paths,
	withBase,
} from '../../src/site/routing.ts';

describe("an offer's page on the published kit (a one-pager's QR code)", () => {
	it("joins the kit's address, the language prefix and the offer's path", () => {
		expect(offerPageUrl('https://kit.example/', 'contoso', 'en', 'en')).toBe('https://kit.example/offers/contoso/');
		expect(offerPageUrl('https://kit.example/sales/', 'contoso', 'zh-cn', 'en')).toBe('https://kit.example/sales/zh-cn/offers/contoso/');
		expect(offerPageUrl('https://kit.example/sales/', 'contoso', 'en', 'zh-cn')).toBe('https://kit.example/sales/en/offers/contoso/');
	});

	it('has no addresses when the kit has none', () => {
		expect(offerPageAddresses({ defaultLocale: 'en' })).toBeUndefined();
		expect(offerPageAddresses({ site: 'https://kit.example/', defaultLocale: 'zh-cn' })?.('a', 'zh-cn')).toBe(
			'https://kit.example/offers/a/',
		);
	});

	it('takes salesKit({ site }) as an https address of a home page, and refuses others', () => {
		expect(parseSalesKitConfig({ site: 'https://kit.example/sales' }).site).toBe('https://kit.example/sales/');
		expect(parseSalesKitConfig({}).site).toBeUndefined();
		for (const site of ['http://kit.example/', 'kit.example', 'https://kit.example/?x=1']) {
			expect(() => parseSalesKitConfig({ site }), site).toThrow(/site: must be the https address of the kit's home page/);
		}
	});
});

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
		expect(paths.globalContacts()).toBe('/contacts/global/');
		expect(paths.globalContactsCsv()).toBe('/contacts/global/contacts.csv');
	});

	it.each([
		// name in the offer folder, file the build writes under documents/, path of the link (what a server decodes to that file)
		[
			'documents/case study #2 (50% off)?.pdf',
			'case study %232 (50\uFF05 off)%3F.pdf',
			'case%20study%20%25232%20(50%EF%BC%85%20off)%253F.pdf',
		],
		['documents/a%20b.docx', 'a\uFF0520b.docx', 'a%EF%BC%8520b.docx'],
		['documents/sub folder/x #1 & y.png', 'sub folder/x %231 & y.png', 'sub%20folder/x%20%25231%20%26%20y.png'],
		['documents/caf\u0065\u0301.pdf', 'caf\u00e9.pdf', 'caf%C3%A9.pdf'],
	])('links %j to the file the build writes for it', (file, written, urlPath) => {
		expect(documentOutputPath('x', file)).toBe(`offers/x/documents/${written}`);
		expect(documentUrlPath(file)).toBe(urlPath);
		// What a web server looks up: the link's path, decoded.
		expect(urlPath.split('/').map(decodeURIComponent).join('/')).toBe(written);
		expect(written).not.toMatch(/%(?!23|3F)/);
	});
});

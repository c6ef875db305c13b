import { describe, expect, it } from 'vitest';
import { parseSalesKitConfig } from '../../src/loading/kit-config-schema.ts';
import { kitSiteAddress, kitSiteBaseWarning } from '../../src/loading/kit-site.ts';

describe("the kit's address (salesKit({ site }), or Astro's site and base)", () => {
	it('requires an https address', () => {
		for (const site of ['http://kit.example/', 'kit.example', '/kit/', 'ftp://kit.example/', 'https://', '']) {
			expect(kitSiteAddress(site), site).toBeUndefined();
			expect(kitSiteAddress(site, '/kit/'), site).toBeUndefined();
		}
		expect(kitSiteAddress('  https://kit.example/sales/ ')).toBe('https://kit.example/sales/');
	});

	it('ends it with a slash', () => {
		expect(kitSiteAddress('https://kit.example')).toBe('https://kit.example/');
		expect(kitSiteAddress('https://kit.example/sales')).toBe('https://kit.example/sales/');
		expect(kitSiteAddress('https://kit.example/sales/')).toBe('https://kit.example/sales/');
	});

	it("joins the base path to the site's own path", () => {
		expect(kitSiteAddress('https://kit.example', '/kit/')).toBe('https://kit.example/kit/');
		expect(kitSiteAddress('https://kit.example/', '/kit')).toBe('https://kit.example/kit/');
		expect(kitSiteAddress('https://contoso.github.io/partners', '/sales-kit/')).toBe('https://contoso.github.io/partners/sales-kit/');
		expect(kitSiteAddress('https://kit.example/sales/', '/')).toBe('https://kit.example/sales/');
	});

	it('refuses a query or a fragment, which no home page has', () => {
		for (const site of ['https://kit.example/?x=1', 'https://kit.example/#top', 'https://kit.example?', 'https://kit.example/kit#']) {
			expect(kitSiteAddress(site), site).toBeUndefined();
			expect(kitSiteAddress(site, '/kit/'), site).toBeUndefined();
		}
	});

	it('is the rule salesKit({ site }) is checked by', () => {
		expect(parseSalesKitConfig({ site: 'https://kit.example' }).site).toBe('https://kit.example/');
		for (const site of ['http://kit.example/', 'https://kit.example/#top']) {
			expect(() => parseSalesKitConfig({ site }), site).toThrow(
				`- site: must be the https address of the kit's home page, base path included, e.g. "https://partners.contoso.example/kit/", found "${site}"`,
			);
		}
	});

	it('warns when salesKit({ site }) does not end with the base path, and says what to write', () => {
		expect(kitSiteBaseWarning('https://kit.example/', '/kit/')).toBe(
			"salesKit({ site }) is https://kit.example/, but the pages are built under the base path /kit/: the one-pagers' QR codes open https://kit.example/offers/<slug>/. If the kit is served under /kit/, write site with it, e.g. https://kit.example/kit/",
		);
		expect(kitSiteBaseWarning('https://kit.example/partners/', '/kit')).toMatch(/e\.g\. https:\/\/kit\.example\/partners\/kit\/$/);
	});

	it('does not warn when salesKit({ site }) ends with the base path', () => {
		expect(kitSiteBaseWarning('https://kit.example/', '/')).toBeUndefined();
		expect(kitSiteBaseWarning('https://kit.example/kit/', '/kit/')).toBeUndefined();
		expect(kitSiteBaseWarning('https://kit.example/kit/', '/kit')).toBeUndefined();
		expect(kitSiteBaseWarning('https://kit.example/partners/kit/', '/kit/')).toBeUndefined();
	});
});

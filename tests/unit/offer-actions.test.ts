// The offer page's action bar: its downloads, the date of the last change and the edit link.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/language-format.ts';
import { parseSalesKitConfig } from '../../src/loading/kit-config-schema.ts';
import { contactsDownload, lastChangeTime, offerEditUrl, onePagerDownloads } from '../../src/site/offer-actions.ts';

describe('the action bar of an offer page', () => {
	it('offers the one-pager in the page’s language first, then in the other, under names that say which', () => {
		expect(onePagerDownloads('contoso-retail', 'en')).toEqual([
			{ path: '/offers/contoso-retail/one-pager.pdf', fileName: 'contoso-retail-one-pager.pdf', locale: 'en' },
			{ path: '/zh-cn/offers/contoso-retail/one-pager.pdf', fileName: 'contoso-retail-one-pager-zh-cn.pdf', locale: 'zh-cn' },
		]);
		expect(onePagerDownloads('contoso-retail', 'zh-cn').map((download) => download.locale)).toEqual(['zh-cn', 'en']);
		expect(contactsDownload('contoso-retail')).toEqual({
			path: '/offers/contoso-retail/contacts.csv',
			fileName: 'contoso-retail-contacts.csv',
		});
	});

	it('dates the last change as the one-pager’s footer does, the day in UTC', () => {
		const date = new Date('2026-03-12T23:30:00.000Z');
		expect(lastChangeTime(date, 'en')).toEqual({ datetime: '2026-03-12', text: 'March 12, 2026' });
		expect(lastChangeTime(date, 'zh-cn')).toEqual({ datetime: '2026-03-12', text: '2026年3月12日' });
		expect(lastChangeTime(date, 'en').text).toBe(formatDate(date.toISOString(), 'en'));
	});

	it('links to the offer’s index.mdx under the edit address, with or without its last slash', () => {
		expect(offerEditUrl('https://github.com/contoso/kit/edit/main/content/', 'contoso-retail')).toBe(
			'https://github.com/contoso/kit/edit/main/content/offers/contoso-retail/index.mdx',
		);
		expect(offerEditUrl('https://gitlab.example/kit/-/edit/main/content', 'contoso-retail')).toBe(
			'https://gitlab.example/kit/-/edit/main/content/offers/contoso-retail/index.mdx',
		);
	});
});

describe('the editUrl option of salesKit()', () => {
	it('is optional, and ends with a slash once read', () => {
		expect(parseSalesKitConfig({}).editUrl).toBeUndefined();
		expect(parseSalesKitConfig({ editUrl: 'https://github.com/contoso/kit/edit/main/content' }).editUrl).toBe(
			'https://github.com/contoso/kit/edit/main/content/',
		);
	});

	it.each([
		'http://github.com/contoso/kit/edit/main/content/',
		'github.com/contoso/kit',
		'https://x.example/edit?file=',
		'https://x.example/#edit',
		'javascript:alert(1)',
	])('refuses %s, saying how to write it', (editUrl) => {
		expect(() => parseSalesKitConfig({ editUrl })).toThrow(
			'- editUrl: must be an https address without ? or #, e.g. "https://github.com/contoso/sales-kit/edit/main/content/"',
		);
	});
});

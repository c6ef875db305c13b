import { describe, expect, it } from 'vitest';
import { localizeOffer, otherDocumentTitles, translatedDocumentTitles } from '../../src/domain/localized-offer.ts';
import { brandCss, contrastRatio, readableOnWhite, textOn } from '../../src/site/colour.ts';
import { indexLetter } from '../../src/site/country-names.ts';
import { offer as parseOffer, READY_OFFER } from './support.ts';

describe('country names in an alphabetical index', () => {
	it.each([
		['France', 'en', 'F'],
		['Åland Islands', 'en', 'A'],
		['法国', 'zh-cn', 'F'],
		['阿富汗', 'zh-cn', 'A'],
		['中国', 'zh-cn', 'Z'],
		['美国', 'zh-cn', 'M'],
	] as const)('%s is listed under %s', (name, locale, letter) => {
		expect(indexLetter(name, locale)).toBe(letter);
	});
});

describe('brand colours', () => {
	it.each(['#0f6cbd', '#ffb900', '#107c10', '#ffffff', '#000000'])('%s gets readable text and links', (brand) => {
		expect(contrastRatio(brand, textOn(brand))).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(readableOnWhite(brand), '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});

	it('reach the pages as a stylesheet of custom properties', () => {
		expect(brandCss('#ffb900')).toBe(`:root{--brand:#ffb900;--on-brand:${textOn('#ffb900')};--brand-text:${readableOnWhite('#ffb900')}}\n`);
	});
});

describe('localizeOffer', () => {
	const offer = parseOffer({ ...READY_OFFER, onePager: { template: 'azure', benefits: ['Fast'] } });

	it('uses the main text in its own language', () => {
		expect(localizeOffer(offer, {}, 'en')).toMatchObject({ title: offer.title, headline: offer.summary, source: 'main', fallback: false });
	});

	it('uses a translation where one exists, inheriting what it leaves out', () => {
		const text = localizeOffer(offer, { 'zh-cn': { title: '标题', summary: '摘要' } }, 'zh-cn');
		expect(text).toMatchObject({ title: '标题', summary: '摘要', headline: '摘要', benefits: ['Fast'], publisher: offer.publisher });
		expect(text).toMatchObject({ textLocale: 'zh-cn', source: 'translation', fallback: false });
	});

	it('falls back to the main text, saying so', () => {
		expect(localizeOffer(offer, {}, 'zh-cn')).toMatchObject({ title: offer.title, textLocale: 'en', fallback: true });
	});
});

describe('titles of other documents in a translation', () => {
	const offer = parseOffer({
		...READY_OFFER,
		documents: {
			other: [
				{ title: 'Demo video', url: 'https://contoso.example/demo' },
				{ title: 'Security overview', file: 'documents/security.pdf' },
				{ title: 'Price list', file: 'documents/prices.xlsx' },
			],
		},
	});

	it('name their document by file or url, in any order, as index.mdx writes it or normalised', () => {
		const translation = {
			documents: {
				other: [
					{ title: '安全概览', file: './documents/security.pdf' },
					{ title: '演示视频', url: 'https://contoso.example/demo' },
				],
			},
		};
		expect(translatedDocumentTitles(offer, translation)).toEqual({ titles: ['演示视频', '安全概览', 'Price list'], problems: [] });
	});

	it("are shown from the translation the offer's text comes from, else from index.mdx", () => {
		const translation = { title: '标题', documents: { other: [{ title: '安全概览', file: 'documents/security.pdf' }] } };
		expect(otherDocumentTitles(offer, { 'zh-cn': translation }, 'zh-cn')).toEqual(['Demo video', '安全概览', 'Price list']);
		expect(localizeOffer(offer, { 'zh-cn': translation }, 'zh-cn').source).toBe('translation');
		expect(otherDocumentTitles(offer, { 'zh-cn': translation }, 'en')).toEqual(['Demo video', 'Security overview', 'Price list']);
		// A Chinese reader of an offer without a Chinese translation reads the English titles.
		expect(otherDocumentTitles(offer, {}, 'zh-cn')).toEqual(['Demo video', 'Security overview', 'Price list']);
		// An offer written in Chinese shows its own titles to Chinese readers, whatever other translations say.
		const chinese = { ...offer, lang: 'zh-cn' as const };
		expect(
			otherDocumentTitles(
				chinese,
				{ 'zh-cn': translation, en: { documents: { other: [{ title: 'Demo', url: 'https://contoso.example/demo' }] } } },
				'zh-cn',
			),
		).toEqual(['Demo video', 'Security overview', 'Price list']);
		expect(
			otherDocumentTitles(chinese, { en: { documents: { other: [{ title: 'Demo', url: 'https://contoso.example/demo' }] } } }, 'en'),
		).toEqual(['Demo', 'Security overview', 'Price list']);
	});

	it('are problems when they name no document of index.mdx, or one named before', () => {
		const translation = {
			documents: {
				other: [
					{ title: '安全概览', file: 'documents/security.pdf' },
					{ title: '演示', url: 'https://contoso.example/demo-zh' },
					{ title: '再一次', file: 'documents/security.pdf' },
				],
			},
		};
		expect(translatedDocumentTitles(offer, translation).problems).toEqual([
			{
				path: ['documents', 'other', 1, 'url'],
				message:
					'"https://contoso.example/demo-zh" is not one of index.mdx\'s documents.other: name the document this title translates as index.mdx does (url: https://contoso.example/demo; file: documents/security.pdf; file: documents/prices.xlsx)',
			},
			{
				path: ['documents', 'other', 2, 'file'],
				message: '"documents/security.pdf" is translated already by documents.other[0]: keep one of the two',
			},
		]);
		const withoutOthers = parseOffer(READY_OFFER);
		expect(translatedDocumentTitles(withoutOthers, translation).problems[0]?.message).toBe(
			'"documents/security.pdf" cannot be translated: index.mdx has no documents.other. Remove this entry, or add the document to index.mdx',
		);
	});
});

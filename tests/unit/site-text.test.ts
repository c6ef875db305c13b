import { describe, expect, it } from 'vitest';
import { localizeOffer } from '../../src/domain/localized-offer.ts';
import { contrastRatio, readableOnWhite, textOn } from '../../src/site/colour.ts';
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

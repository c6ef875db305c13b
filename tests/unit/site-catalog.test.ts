// What the catalog page gives the filters: each card's facts, the order, the markets.
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/domain/countries.ts';
import type { Offer } from '../../src/domain/offer-schema.ts';
import { byTitle, cardData, marketOptions, searchableText } from '../../src/site/catalog.ts';
import type { SiteOffer } from '../../src/site/kit.ts';

function offer(slug: string, title: string, more: Partial<SiteOffer> = {}): SiteOffer {
	const data = {
		title,
		summary: `${title} summary`,
		publisher: 'Contoso Ltd.',
		lang: 'en',
		solutionType: 'IP',
		platforms: ['Azure'],
		segments: ['SMB'],
		solutionAreas: [{ area: 'Data and AI', subAreas: ['Analytics'] }],
		markets: ['US', 'FR'],
	} as unknown as Offer;
	return {
		slug,
		data,
		translations: {},
		contacts: [],
		readiness: { coSellReady: { met: true }, ipCoSell: { met: false } },
		lastChange: new Date('2026-03-12T10:00:00Z'),
		...more,
	} as unknown as SiteOffer;
}

describe('the catalog', () => {
	it('searches the title, publisher and summary of every language, each once', () => {
		const translated = offer('contoso', 'Contoso Retail', {
			translations: { 'zh-cn': { title: 'Contoso 零售', summary: '门店需求预测' } } as SiteOffer['translations'],
		});
		expect(searchableText(translated).split('\n')).toEqual([
			'Contoso Retail',
			'Contoso Ltd.',
			'Contoso Retail summary',
			'Contoso 零售',
			'门店需求预测',
		]);
	});

	it('gives each card the facts its filters read', () => {
		expect(cardData(offer('contoso', 'Contoso Retail'), 'en')).toEqual({
			'data-type': 'IP',
			'data-platforms': '["Azure"]',
			'data-segments': '["SMB"]',
			'data-areas': '["Data and AI"]',
			'data-markets': '["US","FR"]',
			'data-readiness': 'ready',
			'data-text': 'Contoso Retail\nContoso Ltd.\nContoso Retail summary',
			'data-title': 'Contoso Retail',
			'data-last-change': '2026-03-12T10:00:00.000Z',
		});
	});

	it('lists the offers by title in the reader’s language and alphabet', () => {
		const offers = [
			offer('b', 'beta', { translations: { 'zh-cn': { title: '阿尔法' } } as SiteOffer['translations'] }),
			offer('a', 'Alpha', { translations: { 'zh-cn': { title: '贝塔' } } as SiteOffer['translations'] }),
		];
		expect(byTitle(offers, 'en').map((o) => o.slug)).toEqual(['a', 'b']);
		// Pinyin order: 阿 (a) before 贝 (bei).
		expect(byTitle(offers, 'zh-cn').map((o) => o.slug)).toEqual(['b', 'a']);
	});

	it('offers every market of the co-sell table, named in the reader’s language', () => {
		const en = marketOptions('en');
		expect(en).toHaveLength(COUNTRY_CODES.length);
		expect(en.find((option) => option.value === 'FR')?.label).toBe('France');
		expect(marketOptions('zh-cn').find((option) => option.value === 'FR')?.label).toBe('法国');
		expect(en.some((option) => option.value === 'OOO')).toBe(false);
	});
});

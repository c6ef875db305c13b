import { describe, expect, it } from 'vitest';
import { localizeOffer } from '../../src/domain/localized-offer.ts';
import { LOCALES } from '../../src/domain/vocabulary.ts';
import { groupContacts, onePagerContent } from '../../src/pdf/content.ts';
import { BASE_CONTACTS, BASE_FRONTMATTER, type TestOffer, testOffer } from '../helpers/one-pager.ts';

const DATE = new Date('2026-03-12T10:00:00Z');

/** Offers whose text the site and the one-pager must choose alike, in every language. */
const TEXT_CASES: Record<string, TestOffer> = {
	'an English offer': { frontmatter: BASE_FRONTMATTER },
	'a Chinese offer': { frontmatter: { ...BASE_FRONTMATTER, lang: 'zh-cn', title: 'Teams 混合办公' } },
	'a full translation': {
		frontmatter: BASE_FRONTMATTER,
		translations: {
			'zh-cn': { title: '零售洞察', summary: '摘要', publisher: 'Contoso 公司', onePager: { headline: '标题', benefits: ['优势'] } },
		},
	},
	'a translated summary, no translated headline': { frontmatter: BASE_FRONTMATTER, translations: { 'zh-cn': { summary: '摘要' } } },
	'a translated title only': { frontmatter: BASE_FRONTMATTER, translations: { 'zh-cn': { title: '零售洞察' } } },
	'no headline, translated benefits': {
		frontmatter: { ...BASE_FRONTMATTER, onePager: { template: 'azure', benefits: ['Fast'] } },
		translations: { 'zh-cn': { onePager: { benefits: ['快'] } } },
	},
	'a Chinese offer with an English translation': {
		frontmatter: { ...BASE_FRONTMATTER, lang: 'zh-cn' },
		translations: { en: { title: 'English title', onePager: { headline: 'English headline' } } },
	},
};

describe('one-pager content: the offer text the site shows', () => {
	it.each(Object.keys(TEXT_CASES).flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))('%s in %s', (name, locale) => {
		const offer = testOffer(TEXT_CASES[name] as TestOffer);
		const content = onePagerContent(offer, locale, DATE, 'azure');
		const site = localizeOffer(offer.data, Object.fromEntries(offer.translations.map((entry) => [entry.lang, entry.data])), locale);
		expect({
			title: content.title.text,
			summary: (content.summary ?? content.headline).text,
			publisher: content.publisher.text,
			headline: content.headline.text,
			benefits: content.benefits.map((benefit) => benefit.text),
			textLocale: content.textLocale,
		}).toEqual({
			title: site.title,
			summary: site.summary,
			publisher: site.publisher,
			headline: site.headline,
			benefits: site.benefits,
			textLocale: site.textLocale,
		});
		// Each text's origin holds that very text.
		const files = new Map<string, unknown>([
			[offer.path, offer.data],
			...offer.translations.map((entry) => [entry.path, entry.data] as const),
		]);
		for (const text of [content.title, content.headline, content.publisher, ...content.benefits]) {
			if (!text.origin || !('path' in text.origin)) throw new Error(`no field origin for "${text.text}"`);
			const value = text.origin.path.reduce<unknown>(
				(node, key) => (node as Record<string | number, unknown>)?.[key],
				files.get(text.origin.file),
			);
			expect(value, `${text.origin.file} ${text.origin.path.join('.')}`).toBe(text.text);
		}
	});
});

describe('one-pager content: which text', () => {
	it('uses the main text for its own language, with origins in index.mdx', () => {
		const content = onePagerContent(testOffer({ frontmatter: BASE_FRONTMATTER, contacts: BASE_CONTACTS }), 'en', DATE, 'azure');
		expect(content.title).toEqual({
			text: 'Contoso Retail Insights',
			origin: { file: '/kit/offers/test-offer/index.mdx', path: ['title'] },
		});
		expect(content.headline.text).toBe('Know what every store will sell next week');
		expect(content.summary?.text).toBe(BASE_FRONTMATTER.summary);
		expect(content.benefits.map((benefit) => benefit.origin)).toEqual([
			{ file: '/kit/offers/test-offer/index.mdx', path: ['onePager', 'benefits', 0] },
			{ file: '/kit/offers/test-offer/index.mdx', path: ['onePager', 'benefits', 1] },
		]);
		expect(content.textLocale).toBe('en');
		expect(content.keywords).toBe('IP (application), Azure, Power Platform, Data and AI, Analytics');
		expect(content.lastChange).toBe('2026-03-12T10:00:00.000Z');
	});

	it('uses the translation for its language: its fields override, the rest is inherited', () => {
		const offer = testOffer({
			frontmatter: BASE_FRONTMATTER,
			translations: { 'zh-cn': { title: 'Contoso 零售洞察', onePager: { headline: '提前预知销量' } } },
		});
		const content = onePagerContent(offer, 'zh-cn', DATE, 'azure');
		expect(content.title).toEqual({
			text: 'Contoso 零售洞察',
			origin: { file: '/kit/offers/test-offer/index.zh-cn.mdx', path: ['title'] },
		});
		expect(content.headline.origin).toEqual({ file: '/kit/offers/test-offer/index.zh-cn.mdx', path: ['onePager', 'headline'] });
		// Not translated: from index.mdx.
		expect(content.summary?.origin).toEqual({ file: '/kit/offers/test-offer/index.mdx', path: ['summary'] });
		expect(content.benefits[0]?.origin).toEqual({ file: '/kit/offers/test-offer/index.mdx', path: ['onePager', 'benefits', 0] });
		expect(content.textLocale).toBe('zh-cn');
		expect(content.locale).toBe('zh-cn');
	});

	it('gives an offer without a translation its main text under the other language labels', () => {
		const chinese = testOffer({ frontmatter: { ...BASE_FRONTMATTER, lang: 'zh-cn', title: 'Teams 混合办公' } });
		const english = onePagerContent(chinese, 'en', DATE, 'azure');
		expect(english.title.text).toBe('Teams 混合办公');
		expect(english.locale).toBe('en');
		expect(english.textLocale).toBe('zh-cn');
		const zh = onePagerContent(testOffer({ frontmatter: BASE_FRONTMATTER }), 'zh-cn', DATE, 'azure');
		expect(zh.title.text).toBe('Contoso Retail Insights');
		expect(zh.locale).toBe('zh-cn');
		expect(zh.textLocale).toBe('en');
	});

	it('names the terms in the language of its labels, punctuated as that language does', () => {
		const offer = testOffer({ frontmatter: BASE_FRONTMATTER });
		const zh = onePagerContent(offer, 'zh-cn', DATE, 'azure');
		expect(zh.platforms).toEqual(['Azure', 'Power Platform']);
		expect(zh.solutionAreas.map((area) => area.text)).toEqual(['数据和 AI：分析']);
		expect(zh.keywords).toBe('IP（应用程序）、Azure、Power Platform、数据和 AI、分析');
		expect(onePagerContent(offer, 'en', DATE, 'azure').solutionAreas.map((area) => area.text)).toEqual(['Data and AI: Analytics']);
		// A kit's own names come from its taxonomy.
		const taxonomy = { names: { platform: {}, segment: {}, solutionArea: { 'Data and AI': { 'zh-cn': '数据与智能' } }, subArea: {} } };
		expect(onePagerContent(offer, 'zh-cn', DATE, 'azure', taxonomy).solutionAreas[0]?.text).toBe('数据与智能：分析');
	});

	it('defaults the headline to the summary and then does not repeat the summary', () => {
		const content = onePagerContent(
			testOffer({ frontmatter: { ...BASE_FRONTMATTER, onePager: { template: 'azure' } } }),
			'en',
			DATE,
			'azure',
		);
		expect(content.headline.text).toBe(BASE_FRONTMATTER.summary);
		expect(content.summary).toBeUndefined();
		expect(content.benefits).toEqual([]);
	});

	it('takes a translated summary as the headline when the translation has no headline', () => {
		const offer = testOffer({ frontmatter: BASE_FRONTMATTER, translations: { 'zh-cn': { summary: '基于 Azure 的需求预测。' } } });
		const content = onePagerContent(offer, 'zh-cn', DATE, 'azure');
		expect(content.headline.text).toBe('基于 Azure 的需求预测。');
		expect(content.summary).toBeUndefined();
	});
});

describe('one-pager content: QR code and metadata', () => {
	const offer = testOffer({ frontmatter: BASE_FRONTMATTER });
	const withoutLandingPage = testOffer({ frontmatter: { ...BASE_FRONTMATTER, landingPage: undefined } });
	const kitPage = 'https://kit.example/zh-cn/offers/test-offer/';

	it('opens the landing page, in its normalised form, whether or not the kit has an address', () => {
		expect(onePagerContent(offer, 'en', DATE, 'azure').qrCode).toEqual({ url: 'https://contoso.example/retail', target: 'landingPage' });
		expect(onePagerContent(offer, 'zh-cn', DATE, 'azure', undefined, kitPage).qrCode?.target).toBe('landingPage');
		const unicode = testOffer({ frontmatter: { ...BASE_FRONTMATTER, landingPage: 'https://bücher.example/a b' } });
		expect(onePagerContent(unicode, 'en', DATE, 'azure').qrCode?.url).toBe('https://xn--bcher-kva.example/a%20b');
	});

	it("opens the offer's page in the kit without a landing page, and has no code without either", () => {
		expect(onePagerContent(withoutLandingPage, 'zh-cn', DATE, 'azure', undefined, kitPage).qrCode).toEqual({
			url: kitPage,
			target: 'offerPage',
		});
		expect(onePagerContent(withoutLandingPage, 'en', DATE, 'azure').qrCode).toBeUndefined();
	});
});

describe('Partner sales contacts by country', () => {
	const rows = testOffer({
		frontmatter: BASE_FRONTMATTER,
		contacts: [
			'Global Desk,global@contoso.example,Sales desk,Partner sales,OOO,',
			'Oliver Hughes,oliver@contoso.example,Sales director,Partner sales,"GB, IE",',
			'Daniel Okafor,daniel@contoso.example,VP Sales,Partner sales,"US, CA",',
			'Hannah Lindqvist,hannah@contoso.example,Account executive,Partner sales,US,US-WA',
			'Priya Raman,priya@contoso.example,Marketing,Partner marketing,US,',
			'Chloe Nguyen,chloe@contoso.example,Sales director,Partner sales,AU,',
		],
	}).contacts;

	it('lists the markets first in their order, merges countries with the same contacts, and puts OOO last', () => {
		const { groups, count } = groupContacts(rows, ['CA', 'US', 'IE', 'GB'], '/kit/contacts.csv');
		expect(groups.map((group) => [group.countries, group.contacts.map((contact) => contact.name.text)])).toEqual([
			[['CA'], ['Daniel Okafor']],
			[['US'], ['Daniel Okafor', 'Hannah Lindqvist']],
			[['IE', 'GB'], ['Oliver Hughes']],
			[['AU'], ['Chloe Nguyen']],
			[['OOO'], ['Global Desk']],
		]);
		expect(count).toBe(5);
	});

	it('remembers the CSV row and column of every cell', () => {
		const { groups } = groupContacts(rows, [], '/kit/contacts.csv');
		const hannah = groups.flatMap((group) => group.contacts).find((contact) => contact.name.text === 'Hannah Lindqvist');
		expect(hannah?.jobTitle.origin).toEqual({ file: '/kit/contacts.csv', row: 5, column: 3, field: 'Job title' });
		expect(hannah?.email.origin).toEqual({ file: '/kit/contacts.csv', row: 5, column: 2, field: 'Email' });
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/language-format.ts';
import { offerTemplate } from '../../src/domain/offer-template.ts';
import { LINE_LIMITS, type OnePagerTemplate } from '../../src/domain/one-pager-template.ts';
import { PAGE_SIZES, type PageSize } from '../../src/domain/page-size.ts';
import { loadKit } from '../../src/loading/load-kit.ts';
import { loadTemplates } from '../../src/loading/templates.ts';
import { type OnePagerContent, onePagerContent } from '../../src/pdf/content.ts';
import { loadFonts } from '../../src/pdf/fonts.ts';
import { type DrawOp, layoutOnePager, type PageLayout } from '../../src/pdf/layout.ts';
import { BASE_CONTACTS, BASE_FRONTMATTER, longText, testOffer } from '../helpers/one-pager.ts';

const fonts = loadFonts();
const DATE = new Date('2026-03-12T10:00:00Z');
const SIZES: PageSize[] = ['A4', 'Letter'];
let templates: OnePagerTemplate[];

beforeAll(async () => {
	templates = (await loadTemplates()).templates;
});

const template = (name: string) => {
	const found = templates.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`no template ${name}`);
	return found;
};

/** The text drawn on the page, in drawing order. */
const texts = (layout: PageLayout) => layout.ops.filter((op): op is Extract<DrawOp, { op: 'text' }> => op.op === 'text');
const textWidth = (op: Extract<DrawOp, { op: 'text' }>) => fonts[op.face].width(op.text) * op.size;

/** Everything is on the page, inside the margins, and nothing but the footer below the body. */
function expectInsidePage(layout: PageLayout) {
	const footerTop = layout.height - 54;
	for (const op of layout.ops) {
		if (op.op === 'text') {
			expect(op.x, op.text).toBeGreaterThanOrEqual(40 - 0.01);
			expect(op.x + textWidth(op), op.text).toBeLessThanOrEqual(layout.width - 40 + 0.01);
			if (op.y < layout.height - 40) expect(op.y, `"${op.text}" runs into the footer`).toBeLessThanOrEqual(footerTop);
		} else {
			expect(op.x).toBeGreaterThanOrEqual(0);
			expect(op.x + op.width).toBeLessThanOrEqual(layout.width + 0.01);
			expect(op.y + op.height).toBeLessThanOrEqual(layout.height);
		}
	}
}

describe('layout of the example one-pagers', () => {
	it('fits every example offer, in both languages, on A4 and Letter, with every template, without cutting', async () => {
		const kit = await loadKit('content');
		expect(kit.offers.length).toBeGreaterThanOrEqual(4);
		for (const offer of kit.offers) {
			for (const size of SIZES) {
				for (const candidate of templates) {
					for (const locale of ['en', 'zh-cn'] as const) {
						const layout = layoutOnePager(onePagerContent(offer, locale, DATE, candidate.name), candidate, size, fonts);
						expect([layout.width, layout.height]).toEqual(PAGE_SIZES[size]);
						expect(layout.cuts, `${offer.slug} ${locale} ${size} ${candidate.name}`).toEqual([]);
						expect(layout.hiddenContacts, `${offer.slug} ${locale} ${size} ${candidate.name}`).toBeUndefined();
						expectInsidePage(layout);
					}
				}
			}
			expect(offerTemplate(offer.data, kit.templates)?.name).toBe(offer.data.onePager?.template);
		}
	});

	it('draws the header, title, headline, labels and footer in the language asked', async () => {
		const kit = await loadKit('content');
		const offer = kit.offers.find((candidate) => candidate.slug === 'contoso-retail-insights');
		if (!offer) throw new Error('example offer missing');
		const drawn = (locale: 'en' | 'zh-cn') =>
			texts(layoutOnePager(onePagerContent(offer, locale, DATE, 'azure'), template('azure'), 'A4', fonts))
				.map((op) => op.text)
				.join('');
		const english = drawn('en');
		for (const text of [
			'Microsoft Azure',
			'Contoso Retail Insights',
			'Key benefits',
			'Partner sales contacts',
			'Last updated March 12, 2026',
			'United States',
		]) {
			expect(english).toContain(text);
		}
		const chinese = drawn('zh-cn');
		for (const text of ['Contoso零售洞察', '主要优势', '合作伙伴销售联系人', '更新日期：2026年3月12日', '美国']) {
			expect(chinese.replaceAll(' ', '')).toContain(text);
		}
	});

	it('orders the sections as the template lists them', () => {
		const offer = testOffer({ frontmatter: BASE_FRONTMATTER, contacts: BASE_CONTACTS });
		const top = (name: string, label: 'benefits' | 'facts' | 'contacts' | 'learnMore') => {
			const layout = layoutOnePager(onePagerContent(offer, 'en', DATE, name), template(name), 'A4', fonts);
			return texts(layout).find((op) => op.text === template(name).labels.en[label])?.y ?? Number.NaN;
		};
		// windows: facts above benefits; azure: benefits beside facts; microsoft-365: benefits above facts.
		expect(top('windows', 'facts')).toBeLessThan(top('windows', 'benefits'));
		expect(top('azure', 'benefits')).toBeCloseTo(top('azure', 'facts') - 12, 0);
		expect(top('microsoft-365', 'benefits')).toBeLessThan(top('microsoft-365', 'facts'));
		expect(top('dynamics-365', 'facts')).toBeCloseTo(top('dynamics-365', 'benefits') + 12, 0);
		for (const name of ['azure', 'dynamics-365', 'microsoft-365', 'windows']) {
			expect(top(name, 'contacts')).toBeLessThan(top(name, 'learnMore'));
		}
	});

	it('makes links of the landing page and the contacts’ email addresses', () => {
		const offer = testOffer({ frontmatter: BASE_FRONTMATTER, contacts: BASE_CONTACTS });
		const layout = layoutOnePager(onePagerContent(offer, 'en', DATE, 'azure'), template('azure'), 'A4', fonts);
		const links = layout.ops.filter((op) => op.op === 'link').map((op) => op.uri);
		// The landing page as text, and its QR code.
		expect(links).toEqual(['mailto:ava@contoso.example', 'https://contoso.example/retail', 'https://contoso.example/retail']);
	});

	it('formats the date of the last change in UTC', () => {
		expect(formatDate('2026-03-12T23:30:00-05:00', 'en')).toBe('March 13, 2026');
		expect(formatDate('2026-03-12T10:00:00Z', 'zh-cn')).toBe('2026年3月12日');
	});
});

describe('text that does not fit', () => {
	const long = testOffer({
		frontmatter: {
			...BASE_FRONTMATTER,
			title: longText(30, 'Insights'),
			onePager: { template: 'azure', headline: 'Know what every store will sell', benefits: ['Fewer out-of-stocks', longText(60)] },
		},
		contacts: BASE_CONTACTS,
	});

	it('shortens it with a visible ellipsis and reports the field and where it is cut', () => {
		const layout = layoutOnePager(onePagerContent(long, 'en', DATE, 'azure'), template('azure'), 'A4', fonts);
		expect(layout.cuts.map((cut) => [cut.field, cut.origin])).toEqual([
			['title', { file: '/kit/offers/test-offer/index.mdx', path: ['title'] }],
			['onePager.benefits[1]', { file: '/kit/offers/test-offer/index.mdx', path: ['onePager', 'benefits', 1] }],
		]);
		const benefit = layout.cuts[1];
		expect(benefit?.before).toMatch(/^….*forecast\d+$/);
		expect(benefit?.shownChars).toBeGreaterThan(60);
		expect(longText(60).slice(0, benefit?.shownChars)).toMatch(new RegExp(`${(benefit?.before ?? '').slice(1)}$`));
		expect(texts(layout).filter((op) => op.text === '…')).toHaveLength(3); // title, benefit, and the running footer's title
	});

	it('never overflows the page, whatever the content, with any template and page size', () => {
		const contacts = Array.from({ length: 40 }, (_, index) => {
			const country = ['US', 'CA', 'GB', 'DE', 'FR', 'JP', 'AU', 'BR'][index % 8];
			return `Person ${index} With A Rather Long Name,person${index}@a-very-long-domain-name.example,${longText(8, 'Director')},Partner sales,${country},`;
		});
		const everything = testOffer({
			frontmatter: {
				...BASE_FRONTMATTER,
				title: longText(40, 'Title'),
				summary: longText(200, 'Summary'),
				publisher: longText(20, 'Publisher'),
				platforms: ['Azure', 'Dynamics 365', 'Microsoft 365', 'Power Platform', 'Windows', 'Microsoft Teams', 'SQL Server', 'Surface'],
				solutionAreas: [
					{ area: 'Data and AI', subAreas: ['Analytics', 'AI and machine learning'] },
					{ area: 'Security', subAreas: ['Identity and access', 'Threat protection'] },
					{ area: 'Apps and Infrastructure', subAreas: ['Cloud migration', 'Cloud-native apps'] },
				],
				markets: ['US', 'CA', 'GB', 'DE', 'FR', 'JP', 'AU', 'BR', 'IN', 'MX', 'ES', 'IT', 'NL', 'SE', 'NO', 'DK', 'FI', 'PL', 'CH', 'AT'],
				landingPage: `https://contoso.example/${longText(30, 'path').replaceAll(' ', '/')}`,
				onePager: { template: 'azure', headline: longText(60, 'Headline'), benefits: Array.from({ length: 6 }, () => longText(80)) },
			},
			contacts,
		});
		for (const base of templates) {
			// The largest line limits a template may set.
			const roomy = {
				...base,
				maxLines: Object.fromEntries(Object.entries(LINE_LIMITS).map(([key, limit]) => [key, limit.max])),
			} as OnePagerTemplate;
			for (const candidate of [base, roomy]) {
				for (const size of SIZES) {
					for (const locale of ['en', 'zh-cn'] as const) {
						const content: OnePagerContent = onePagerContent(everything, locale, DATE, candidate.name);
						const layout = layoutOnePager(content, candidate, size, fonts);
						expectInsidePage(layout);
						expect(layout.hiddenContacts?.rows).toBeGreaterThan(0);
						expect(layout.cuts.map((cut) => cut.field)).toEqual(
							expect.arrayContaining(['title', 'onePager.headline', 'summary', 'onePager.benefits[0]', 'landingPage']),
						);
						expect(
							texts(layout)
								.map((op) => op.text)
								.join(''),
						).toMatch(/\+\d+ more in the sales kit|另有 \d+ 位联系人/);
					}
				}
			}
		}
	});

	it('reports characters that neither font can draw', () => {
		const offer = testOffer({
			frontmatter: { ...BASE_FRONTMATTER, onePager: { template: 'azure', benefits: ['Set up in a day 🚀🚀', 'Fewer out-of-stocks'] } },
		});
		const layout = layoutOnePager(onePagerContent(offer, 'en', DATE, 'azure'), template('azure'), 'A4', fonts);
		expect(layout.missingGlyphs).toEqual([
			{
				origin: { file: '/kit/offers/test-offer/index.mdx', path: ['onePager', 'benefits', 0] },
				field: 'onePager.benefits[0]',
				chars: '🚀',
			},
		]);
	});

	it('shows Chinese text cut between characters, with the ellipsis in the Chinese font', () => {
		const offer = testOffer({
			frontmatter: { ...BASE_FRONTMATTER, lang: 'zh-cn', onePager: { template: 'azure', benefits: ['两个季度内将缺货率降低'.repeat(12)] } },
		});
		const layout = layoutOnePager(onePagerContent(offer, 'zh-cn', DATE, 'azure'), template('azure'), 'A4', fonts);
		const cut = layout.cuts.find((candidate) => candidate.field === 'onePager.benefits[0]');
		expect(cut?.before).toMatch(/^…[\u4e00-\u9fff]+$/u);
		const ellipsis = texts(layout).find((op) => op.text === '…');
		expect(ellipsis?.face).toBe('cjk-regular');
	});
});

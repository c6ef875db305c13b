// Chinese pages and one-pagers name every term in Chinese, with Chinese punctuation: the example
// site built once by the global setup, its HTML read as files and its PDFs through pdftotext.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CO_SELL_STATES } from '../../src/domain/co-sell-tables.ts';
import {
	DOCUMENT_KIND_NAMES,
	ROLE_NAMES,
	SEGMENT_NAMES_ZH,
	SOLUTION_AREA_NAMES_ZH,
	SOLUTION_TYPE_NAMES,
	SUB_AREA_NAMES_ZH,
} from '../../src/domain/term-names.ts';
import { pdfinfo, pdftotext } from '../helpers/pdf-tools.ts';

/** Every English term that has a Chinese name of its own (product names such as Azure stay as they are). */
const ENGLISH_TERMS = [
	...[SEGMENT_NAMES_ZH, SOLUTION_AREA_NAMES_ZH, SUB_AREA_NAMES_ZH].flatMap((table) =>
		Object.entries(table).flatMap(([english, chinese]) => (english === chinese ? [] : [english])),
	),
	...[SOLUTION_TYPE_NAMES, ROLE_NAMES, DOCUMENT_KIND_NAMES].flatMap((table) => Object.values(table).map((names) => names.en)),
	...CO_SELL_STATES.map((state) => state.name),
];

/** The English terms a text holds, as whole words. */
function englishTerms(text: string): string[] {
	const asPattern = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return ENGLISH_TERMS.filter((term) => new RegExp(`(?<![\\p{L}])${asPattern(term)}(?![\\p{L}])`, 'u').test(text));
}

const site = () => {
	const built = inject('exampleSite');
	expect(built.status, built.output).toBe(0);
	return built.outDir;
};

/** The text of a page's main element, without what contacts wrote about themselves (names, job titles, emails). */
function pageText(path: string): string {
	const html = readFileSync(join(site(), path), 'utf8');
	const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
	return main
		.replace(/<p class="contact__(name|title)"[^>]*>[\s\S]*?<\/p>/g, ' ')
		.replace(/<a class="contact__email"[\s\S]*?<\/a>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('&amp;', '&')
		.replace(/\s+/g, ' ');
}

describe('a Chinese offer page', () => {
	it('names every term in Chinese, lists with 、 and labels with ：, codes kept', () => {
		const text = pageText('zh-cn/offers/fabrikam-managed-field-service/index.html');
		for (const shown of [
			'托管服务',
			'Dynamics 365、Power Platform、Azure',
			'中型企业、大型企业',
			'业务应用程序：客户服务、Power Platform 应用',
			'数据和 AI：物联网',
			'合作伙伴销售',
			'合作伙伴技术销售',
			'安大略省（CA-ON）、魁北克省（CA-QC）',
			'客户演示文稿',
			'可验证的客户成功案例',
		]) {
			expect(text).toContain(shown);
		}
	});

	it('shows no English term, and the titles of other documents as the translation gives them', () => {
		// Contoso's offer is translated: everything but the contacts' own words is Chinese.
		const text = pageText('zh-cn/offers/contoso-retail-insights/index.html');
		expect(englishTerms(text)).toEqual([]);
		expect(text).toContain('五分钟产品演示');
		expect(text).toContain('安全与数据驻留概览');
		expect(text).not.toContain('Five-minute product demo');
		expect(text).toContain('数据和 AI：分析、AI 和机器学习');
		// The English page keeps the English names and punctuation.
		const english = pageText('offers/contoso-retail-insights/index.html');
		expect(english).toContain('Data and AI: Analytics, AI and machine learning');
		expect(english).toContain('Five-minute product demo');
	});

	it('is matched by a Chinese country page that names states in Chinese', () => {
		const text = pageText('zh-cn/contacts/ca/index.html');
		expect(text).toContain('安大略省（CA-ON）');
		// The rows keep the contacts' job titles and the offers' titles as written: only the provinces are checked.
		const provinces = CO_SELL_STATES.filter((state) => state.country === 'CA').map((state) => state.name);
		expect(provinces.filter((name) => text.includes(name))).toEqual([]);
	});
});

describe('a Chinese one-pager', () => {
	const pdf = (slug: string) => join(site(), 'zh-cn/offers', slug, 'one-pager.pdf');
	/** What a one-pager says above its contacts table (whose job titles are the contacts' own words). */
	const aboveContacts = (file: string) => pdftotext(file).split('合作伙伴销售联系人')[0] ?? '';

	it('names the terms in Chinese, with 、 and ：', () => {
		const contoso = aboveContacts(pdf('contoso-retail-insights'));
		expect(contoso).toContain('IP（应用程序）');
		expect(contoso).toContain('Azure、Power Platform');
		expect(contoso).toContain('数据和 AI：分析、AI 和机器学习');
		expect(englishTerms(contoso)).toEqual([]);
		const xingqiao = aboveContacts(pdf('xingqiao-teams-hybrid-work'));
		expect(xingqiao).toContain('新式工作区：团队协作、合规性');
		expect(xingqiao).toContain('安全性：标识和访问');
		expect(englishTerms(xingqiao)).toEqual([]);
	});

	it('names the terms in Chinese in its keywords', () => {
		expect(pdfinfo(pdf('contoso-retail-insights')).Keywords).toBe('IP（应用程序）、Azure、Power Platform、数据和 AI、分析、AI 和机器学习');
	});
});

import { describe, expect, it } from 'vitest';
import { CO_SELL_STATES } from '../../src/domain/co-sell-tables.ts';
import { countryName } from '../../src/domain/country-names.ts';
import { STATE_NAMES_ZH, stateName, stateWithCode, TERRITORIES_NAMED_AS_COUNTRIES } from '../../src/domain/state-names.ts';
import { DEFAULT_TAXONOMY, TaxonomySchema } from '../../src/domain/taxonomy.ts';
import {
	describeSolutionArea,
	PLATFORM_NAMES_ZH,
	SEGMENT_NAMES_ZH,
	SOLUTION_AREA_NAMES_ZH,
	SOLUTION_TYPE_NAMES,
	SUB_AREA_NAMES_ZH,
	termNames,
	unnamedTerms,
} from '../../src/domain/term-names.ts';
import { SOLUTION_TYPES } from '../../src/domain/vocabulary.ts';

const HAN = /\p{Script=Han}/u;

describe('the Chinese name tables', () => {
	it('name exactly the terms of the default taxonomy', () => {
		const sorted = (names: Iterable<string>) => [...names].sort();
		expect(sorted(Object.keys(PLATFORM_NAMES_ZH))).toEqual(sorted(DEFAULT_TAXONOMY.platforms.map((term) => term.name)));
		expect(sorted(Object.keys(SEGMENT_NAMES_ZH))).toEqual(sorted(DEFAULT_TAXONOMY.segments.map((term) => term.name)));
		expect(sorted(Object.keys(SOLUTION_AREA_NAMES_ZH))).toEqual(sorted(DEFAULT_TAXONOMY.solutionAreas.map((area) => area.name)));
		expect(sorted(Object.keys(SUB_AREA_NAMES_ZH))).toEqual(sorted(DEFAULT_TAXONOMY.solutionAreas.flatMap((area) => area.subAreas)));
		expect(sorted(Object.keys(SOLUTION_TYPE_NAMES))).toEqual(sorted(SOLUTION_TYPES.map((type) => type.name)));
	});

	it('keep product names as Microsoft writes them, and translate every descriptive term', () => {
		for (const [english, chinese] of Object.entries(PLATFORM_NAMES_ZH)) expect(chinese).toBe(english);
		// Product names inside a translated term stay too ("AI", "SAP", "Azure", "Power Platform").
		const keptAsIs = ['DevOps'];
		for (const table of [SEGMENT_NAMES_ZH, SOLUTION_AREA_NAMES_ZH, SUB_AREA_NAMES_ZH]) {
			for (const [english, chinese] of Object.entries(table)) {
				if (!keptAsIs.includes(english)) expect(chinese, english).toMatch(HAN);
			}
		}
		for (const names of Object.values(SOLUTION_TYPE_NAMES)) expect(names['zh-cn']).toMatch(HAN);
	});

	it('name every state and province of the co-sell table in Chinese, territories as their countries', () => {
		for (const state of CO_SELL_STATES) {
			const name = stateName(state.code, 'zh-cn');
			expect(name, state.code).toMatch(HAN);
			if (TERRITORIES_NAMED_AS_COUNTRIES.includes(state.code)) expect(name).toBe(countryName(state.code.slice(3), 'zh-cn'));
			else expect(name).toBe(STATE_NAMES_ZH[state.code]);
		}
		const tableCodes = CO_SELL_STATES.map((state) => state.code).filter((code) => !TERRITORIES_NAMED_AS_COUNTRIES.includes(code));
		expect(Object.keys(STATE_NAMES_ZH).sort()).toEqual(tableCodes.sort());
	});

	it.each([
		['US-AZ', 'Arizona', '亚利桑那州'],
		['us-wa', 'Washington', '华盛顿州'],
		['CA-BC', 'British Columbia', '不列颠哥伦比亚省'],
		['CA-QC', 'Quebec', '魁北克省'],
		['CA-ON', 'Ontario', '安大略省'],
		['AU-NSW', 'New South Wales', '新南威尔士州'],
		['US-PR', 'Puerto Rico', '波多黎各'],
		['US-VI', 'U.S. Virgin Islands', '美属维尔京群岛'],
		['XX-YY', 'XX-YY', 'XX-YY'],
	])('names %s "%s" and "%s"', (code, english, chinese) => {
		expect(stateName(code, 'en')).toBe(english);
		expect(stateName(code, 'zh-cn')).toBe(chinese);
	});

	it('keeps the code beside a state', () => {
		expect(stateWithCode('US-AZ', 'en')).toBe('Arizona (US-AZ)');
		expect(stateWithCode('us-az', 'zh-cn')).toBe('亚利桑那州（US-AZ）');
	});
});

describe('termNames', () => {
	it('names the default terms in Chinese and keeps them in English', () => {
		const zh = termNames(DEFAULT_TAXONOMY, 'zh-cn');
		const en = termNames(DEFAULT_TAXONOMY, 'en');
		expect(zh.solutionArea('Data and AI')).toBe('数据和 AI');
		expect(zh.subArea('Customer service')).toBe('客户服务');
		expect(zh.segment('SMB')).toBe('中小企业');
		expect(zh.platform('Microsoft 365')).toBe('Microsoft 365');
		expect(zh.solutionType('Managed Service')).toBe('托管服务');
		expect(zh.role('Partner technical sales')).toBe('合作伙伴技术销售');
		expect(zh.document('customerPresentation')).toBe('客户演示文稿');
		expect(en.solutionArea('Data and AI')).toBe('Data and AI');
		expect(en.solutionType('IP')).toBe('IP (application)');
		expect(en.document('caseStudy')).toBe('Customer case study');
	});

	it('prints a solution area with its sub-areas in the punctuation of the language', () => {
		const entry = { area: 'Business Applications', subAreas: ['Customer service', 'Power Platform apps'] };
		expect(describeSolutionArea(entry, termNames(DEFAULT_TAXONOMY, 'en'))).toBe(
			'Business Applications: Customer service, Power Platform apps',
		);
		expect(describeSolutionArea(entry, termNames(DEFAULT_TAXONOMY, 'zh-cn'))).toBe('业务应用程序：客户服务、Power Platform 应用');
	});

	it("takes a taxonomy's own names first, then the kit's, then the term itself", () => {
		const taxonomy = TaxonomySchema().parse({
			platforms: ['Azure', { name: 'Contoso Edge', 'zh-cn': 'Contoso 边缘' }, 'GitHub'],
			segments: [{ name: 'SMB', 'zh-cn': '小企业' }, 'Startups'],
			solutionAreas: [
				{ name: 'Edge computing', 'zh-cn': '边缘计算', subAreas: [{ name: 'Factories', 'zh-cn': '工厂' }, 'Analytics', 'Stores'] },
			],
		});
		const zh = termNames(taxonomy, 'zh-cn');
		expect(['Azure', 'Contoso Edge', 'GitHub'].map(zh.platform)).toEqual(['Azure', 'Contoso 边缘', 'GitHub']);
		expect(['SMB', 'Startups'].map(zh.segment)).toEqual(['小企业', 'Startups']);
		expect(zh.solutionArea('Edge computing')).toBe('边缘计算');
		expect(['Factories', 'Analytics', 'Stores'].map(zh.subArea)).toEqual(['工厂', '分析', 'Stores']);
		expect(termNames(taxonomy, 'en').platform('Contoso Edge')).toBe('Contoso Edge');
		// Names that are also properties of every object are terms like any other.
		expect(zh.platform('__proto__')).toBe('__proto__');
		expect(zh.subArea('constructor')).toBe('constructor');
	});
});

describe('unnamedTerms', () => {
	it('finds nothing in the default taxonomy', () => {
		expect(unnamedTerms(DEFAULT_TAXONOMY)).toEqual([]);
	});

	it('lists each custom term without a Chinese name at its place in taxonomy.yaml, with the fix in its own words', () => {
		const taxonomy = TaxonomySchema().parse({
			platforms: ['Azure', { name: 'Azure Stack HCI', aliases: ['HCI'] }, { name: 'Contoso Edge', 'zh-cn': 'Contoso 边缘' }],
			solutionAreas: [{ name: 'Edge computing', subAreas: ['Retail stores: POS', { name: 'Factories', 'zh-cn': '工厂' }] }],
		});
		expect(unnamedTerms(taxonomy).map(({ path, message }) => ({ path, message }))).toEqual([
			{
				path: ['platforms', 1],
				message:
					'platform "Azure Stack HCI" has no zh-cn name, so Chinese pages and one-pagers print it as it is: write it as { name: Azure Stack HCI, aliases: [HCI], zh-cn: <Chinese name> }',
			},
			{
				path: ['solutionAreas', 0],
				message:
					'solution area "Edge computing" has no zh-cn name, so Chinese pages and one-pagers print it as it is: add "zh-cn: <Chinese name>" beside its name',
			},
			{
				path: ['solutionAreas', 0, 'subAreas', 0],
				message:
					'sub-area "Retail stores: POS" has no zh-cn name, so Chinese pages and one-pagers print it as it is: write it as { name: "Retail stores: POS", zh-cn: <Chinese name> }',
			},
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { formatList, LIST_SEPARATORS, labelled, withCode } from '../../src/domain/language-format.ts';
import { LANGUAGE_TAGS, LOCALES } from '../../src/domain/vocabulary.ts';

describe('language formatting', () => {
	it('separates list items as CLDR does in each language: ", " in English, "、" in Chinese', () => {
		for (const locale of LOCALES) {
			const cldr = new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: 'conjunction', style: 'narrow' }).format(['A', 'B', 'C']);
			expect(formatList(['A', 'B', 'C'], locale)).toBe(cldr);
		}
		expect(formatList(['Azure', 'Power Platform'], 'en')).toBe('Azure, Power Platform');
		expect(formatList(['Azure', 'Power Platform'], 'zh-cn')).toBe('Azure、Power Platform');
		expect(formatList(['Azure'], 'zh-cn')).toBe('Azure');
		expect(formatList([], 'en')).toBe('');
	});

	it('puts a colon after a label: ": " in English, the full-width "：" in Chinese', () => {
		expect(labelled('Data and AI', 'Analytics', 'en')).toBe('Data and AI: Analytics');
		expect(labelled('数据和 AI', '分析', 'zh-cn')).toBe('数据和 AI：分析');
	});

	it('keeps a code beside a name in brackets of the language', () => {
		expect(withCode('Arizona', 'US-AZ', 'en')).toBe('Arizona (US-AZ)');
		expect(withCode('亚利桑那州', 'US-AZ', 'zh-cn')).toBe('亚利桑那州（US-AZ）');
	});

	it('has a list separator for every language', () => {
		expect(Object.keys(LIST_SEPARATORS).sort()).toEqual([...LOCALES].sort());
	});
});

import { describe, expect, it } from 'vitest';
import { CONTACT_ROLES, SOLUTION_TYPES } from '../../src/domain/vocabulary.ts';
import { aroundPlaceholder, DICTIONARIES, missingKeys, termLabel, translator } from '../../src/i18n/index.ts';

describe('interface text', () => {
	it('has every key in every language', () => {
		expect(missingKeys()).toEqual([]);
	});

	it('has no empty text', () => {
		for (const dictionary of Object.values(DICTIONARIES)) {
			expect(Object.entries(dictionary).filter(([, text]) => !text?.trim())).toEqual([]);
		}
	});

	it('uses the same placeholders in every language', () => {
		const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, english] of Object.entries(DICTIONARIES.en)) {
			expect(placeholders(DICTIONARIES['zh-cn'][key as keyof typeof DICTIONARIES.en]), key).toEqual(placeholders(english));
		}
	});

	it('labels every solution type and role', () => {
		for (const locale of ['en', 'zh-cn'] as const) {
			const t = translator(locale);
			for (const type of SOLUTION_TYPES) expect(termLabel(t, 'solutionType', type.name)).not.toBe('');
			for (const role of CONTACT_ROLES) expect(termLabel(t, 'role', role)).not.toBe('');
		}
		expect(termLabel(translator('zh-cn'), 'role', 'Partner sales')).toBe('合作伙伴销售');
		expect(termLabel(translator('zh-cn'), 'segment', 'Startups')).toBe('Startups');
	});

	it('fills in placeholders', () => {
		expect(translator('en')('catalog.showing', { shown: 2, total: 4 })).toBe('Showing 2 of 4 offers');
		expect(translator('zh-cn')('catalog.showing', { shown: 2, total: 4 })).toBe('显示 2 个，共 4 个');
	});
});

describe('aroundPlaceholder', () => {
	it('splits an interface text around a placeholder, for an element in its place', () => {
		expect(aroundPlaceholder('Last changed {date}', 'date')).toEqual(['Last changed ', '']);
		expect(aroundPlaceholder('更新日期：{date}', 'date')).toEqual(['更新日期：', '']);
		expect(aroundPlaceholder('Changed {date} by the partner', 'date')).toEqual(['Changed ', ' by the partner']);
		expect(aroundPlaceholder('No date here', 'date')).toEqual(['No date here', '']);
	});
});

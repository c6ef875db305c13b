import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../src/domain/taxonomy.ts';
import { DOCUMENT_KIND_NAMES, termNames, unnamedTerms } from '../../src/domain/term-names.ts';
import { CONTACT_ROLES, DOCUMENT_SLOTS, LOCALES, SOLUTION_TYPES } from '../../src/domain/vocabulary.ts';
import { aroundPlaceholder, DICTIONARIES, missingKeys, translator } from '../../src/i18n/index.ts';

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

	// The terms the pages print beside the interface text: src/domain/term-names.ts.
	it('names every term of the default taxonomy in every language', () => {
		expect(unnamedTerms(DEFAULT_TAXONOMY)).toEqual([]);
		for (const locale of LOCALES) {
			const names = termNames(DEFAULT_TAXONOMY, locale);
			for (const term of DEFAULT_TAXONOMY.platforms) expect(names.platform(term.name)).not.toBe('');
			for (const term of DEFAULT_TAXONOMY.segments) expect(names.segment(term.name)).not.toBe('');
			for (const area of DEFAULT_TAXONOMY.solutionAreas) {
				expect(names.solutionArea(area.name)).not.toBe('');
				for (const subArea of area.subAreas) expect(names.subArea(subArea)).not.toBe('');
			}
		}
	});

	it('names every solution type, role and document kind in every language', () => {
		for (const locale of LOCALES) {
			const names = termNames(DEFAULT_TAXONOMY, locale);
			for (const type of SOLUTION_TYPES) expect(names.solutionType(type.name).trim()).not.toBe('');
			for (const role of CONTACT_ROLES) expect(names.role(role).trim()).not.toBe('');
			for (const kind of [...DOCUMENT_SLOTS, 'other'] as const) expect(names.document(kind).trim()).not.toBe('');
		}
		expect(Object.keys(DOCUMENT_KIND_NAMES).sort()).toEqual([...DOCUMENT_SLOTS, 'other'].sort());
		const zh = termNames(DEFAULT_TAXONOMY, 'zh-cn');
		expect(zh.role('Partner sales')).toBe('合作伙伴销售');
		expect(zh.solutionType('IP')).toBe('IP（应用程序）');
		expect(zh.segment('Startups')).toBe('Startups');
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

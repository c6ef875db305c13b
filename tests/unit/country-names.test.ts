// One name per country and language (src/domain/country-names.ts): the site's pages, the
// one-pagers and validate's messages all print it. Partner Center's table spells some
// differently ("Korea (South)", "Turkey"); those spellings are only a fallback.
import { describe, expect, it } from 'vitest';
import { ALL_COUNTRIES, describeCountry, findCountry } from '../../src/domain/countries.ts';
import { countryName, countryNameTable } from '../../src/domain/country-names.ts';
import { coSellReadyChecklist } from '../../src/domain/readiness.ts';
import { DEFAULT_TAXONOMY } from '../../src/domain/taxonomy.ts';
import { termNames } from '../../src/domain/term-names.ts';
import { LOCALES } from '../../src/domain/vocabulary.ts';
import { translator } from '../../src/i18n/index.ts';
import { loadTemplates } from '../../src/loading/templates.ts';
import { onePagerContent } from '../../src/pdf/content.ts';
import { loadFonts } from '../../src/pdf/fonts.ts';
import { layoutOnePager } from '../../src/pdf/layout.ts';
import { offerFacts } from '../../src/site/offer-facts.ts';
import { explainItem } from '../../src/site/why.ts';
import { BASE_FRONTMATTER, testOffer } from '../helpers/one-pager.ts';
import { offer as parseOffer, READY_OFFER } from './support.ts';

/** Codes whose co-sell table name differs from the one readers see, and two that do not. */
const CODES = ['KR', 'TR', 'HK', 'CD', 'CI', 'US', 'FR'];

describe('countryName', () => {
	it.each([
		['FR', 'en', 'France'],
		['FR', 'zh-cn', '法国'],
		['KR', 'en', 'South Korea'],
		['kr', 'zh-cn', '韩国'],
		['TR', 'en', 'Türkiye'],
		['XK', 'en', 'Kosovo'],
		['OOO', 'en', 'Global contacts'],
		['OOO', 'zh-cn', 'Global contacts'],
		['XX', 'en', 'XX'],
	] as const)('%s in %s is %s', (code, locale, name) => {
		expect(countryName(code, locale)).toBe(name);
	});

	it('has a table of every co-sell country in every language, the names it gives', () => {
		const table = countryNameTable();
		expect(Object.keys(table)).toEqual([...LOCALES]);
		expect(Object.keys(table.en)).toHaveLength(Object.keys(table['zh-cn']).length);
		expect(table.en.KR).toBe(countryName('KR', 'en'));
		expect(table['zh-cn'].TR).toBe(countryName('TR', 'zh-cn'));
		expect(table.en.OOO).toBe('Global contacts');
	});
});

describe('the same country name on pages, one-pagers and in messages', () => {
	it.each(CODES)('%s', async (code) => {
		// Messages (validate, readiness reasons) name it in English.
		expect(describeCountry(code)).toBe(`${countryName(code, 'en')} (${code})`);

		const offer = parseOffer({ ...READY_OFFER, markets: [code] });
		const coverage = coSellReadyChecklist(offer, []).items.find((item) => item.id === 'sales-coverage');
		if (!coverage) throw new Error('no sales-coverage item');
		expect(coverage.reason).toContain(describeCountry(code));

		const { templates } = await loadTemplates();
		const template = templates.find((candidate) => candidate.name === 'azure');
		if (!template) throw new Error('no azure template');
		const source = testOffer({
			frontmatter: { ...BASE_FRONTMATTER, markets: [code] },
			contacts: [`Ava Reyes,ava@contoso.example,Account executive,Partner sales,${code},`],
		});
		for (const locale of LOCALES) {
			const name = countryName(code, locale);
			// The offer page's "why" for a market without a sales contact.
			expect(explainItem(coverage, offer, translator(locale), locale)).toContain(name);
			// The one-pager: the markets fact and the contacts table's country column.
			const layout = layoutOnePager(onePagerContent(source, locale, new Date(0), 'azure'), template, 'A4', loadFonts());
			const drawn = compact(layout.ops.flatMap((op) => (op.op === 'text' ? [op.text] : [])).join(''));
			expect(drawn.split(compact(name)).length - 1, `${name} in the ${locale} one-pager`).toBe(2);
			const tableName = findCountry(code)?.name ?? code;
			if (!compact(name).includes(compact(tableName))) expect(drawn).not.toContain(compact(tableName));
		}
	});
});

describe('all countries (OOO) on the pages', () => {
	it.each([
		['en', 'All countries and regions'],
		['zh-cn', '所有国家和地区'],
	] as const)('is one text in %s: the markets fact and the reason a market lacks a sales contact', (locale, text) => {
		const offer = parseOffer({ ...READY_OFFER, markets: [ALL_COUNTRIES] });
		const t = translator(locale);
		expect(offerFacts(offer, termNames(DEFAULT_TAXONOMY, locale), t).markets).toBe(text);
		const coverage = coSellReadyChecklist(offer, []).items.find((item) => item.id === 'sales-coverage');
		if (!coverage) throw new Error('no sales-coverage item');
		expect(explainItem(coverage, offer, t, locale)).toContain(text);
		expect(t('countries.all')).toBe(text);
	});
});

/** Text without white space: a name may be broken over lines. */
const compact = (text: string) => text.replace(/\s+/g, '');

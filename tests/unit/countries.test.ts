import { describe, expect, it } from 'vitest';
import { CO_SELL_COUNTRIES, CO_SELL_STATES } from '../../src/domain/co-sell-tables.ts';
import {
	ALL_COUNTRIES,
	COUNTRIES_WITH_STATES,
	COUNTRY_CODES,
	describeCountry,
	findCountry,
	findState,
	joinCodes,
	STATE_CODES,
	splitCodes,
} from '../../src/domain/countries.ts';

describe('the co-sell tables', () => {
	it('lists OOO first, then 246 two-letter codes', () => {
		expect(ALL_COUNTRIES).toBe('OOO');
		expect(CO_SELL_COUNTRIES[0]).toEqual({ code: 'OOO', name: 'Global contacts' });
		expect(CO_SELL_COUNTRIES).toHaveLength(247);
		expect(COUNTRY_CODES).toHaveLength(246);
		expect(COUNTRY_CODES).not.toContain('OOO');
		expect(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
		expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
	});

	it('has 78 states: 57 in the US, 13 in Canada, 8 in Australia', () => {
		expect(STATE_CODES).toHaveLength(78);
		expect(new Set(STATE_CODES).size).toBe(78);
		expect(COUNTRIES_WITH_STATES).toEqual(['US', 'CA', 'AU']);
		expect(COUNTRIES_WITH_STATES.map((country) => CO_SELL_STATES.filter((state) => state.country === country).length)).toEqual([57, 13, 8]);
		expect(CO_SELL_STATES.every((state) => state.code.startsWith(`${state.country}-`))).toBe(true);
	});

	it.each(['AI', 'EH', 'FK'])('lacks %s, as the Partner Center table does', (code) => {
		expect(findCountry(code)).toBeUndefined();
	});

	it.each(['AS', 'GU', 'MP', 'PR', 'UM', 'VI'])('has %s both as a country and as a US state', (code) => {
		expect(findCountry(code)?.code).toBe(code);
		expect(findState(`US-${code}`)?.country).toBe('US');
	});
});

describe('findCountry', () => {
	it.each<[string, string | undefined]>([
		['US', 'United States'],
		['us', 'United States'],
		['ooo', 'Global contacts'],
		['KR', 'Korea (South)'],
		['HK', 'Hong Kong SAR'],
		['TR', 'Turkey'],
		['UK', undefined],
		['USA', undefined],
		['', undefined],
	])('%j: %j', (code, name) => {
		expect(findCountry(code)?.name).toBe(name);
	});
});

describe('findState', () => {
	it.each<[string, { code: string; name: string; country: string } | undefined]>([
		['US-WA', { code: 'US-WA', name: 'Washington', country: 'US' }],
		['us-dc', { code: 'US-DC', name: 'District of Columbia', country: 'US' }],
		['ca-on', { code: 'CA-ON', name: 'Ontario', country: 'CA' }],
		['AU-NSW', { code: 'AU-NSW', name: 'New South Wales', country: 'AU' }],
		['WA', undefined],
		['GB-ENG', undefined],
	])('%j: %j', (code, state) => {
		expect(findState(code)).toEqual(state);
	});
});

describe('describeCountry', () => {
	it.each<[string, string]>([
		['CA', 'Canada (CA)'],
		['gb', 'United Kingdom (GB)'],
		['OOO', 'Global contacts (OOO)'],
		['XX', 'XX'],
	])('%j: %j', (code, text) => {
		expect(describeCountry(code)).toBe(text);
	});
});

describe('splitCodes and joinCodes', () => {
	it.each<[string, string[]]>([
		['US', ['US']],
		['US,CA', ['US', 'CA']],
		['US, CA, FR', ['US', 'CA', 'FR']],
		['us , ca', ['US', 'CA']],
		['US,CA,', ['US', 'CA']],
		[' , ,', []],
		['', []],
		['us-wa, CA-on', ['US-WA', 'CA-ON']],
	])('splits %j into %j', (cell, codes) => {
		expect(splitCodes(cell)).toEqual(codes);
	});

	it.each<[string[], string]>([
		[[], ''],
		[['OOO'], 'OOO'],
		[['US', 'CA', 'FR'], 'US, CA, FR'],
	])('joins %j as %j', (codes, cell) => {
		expect(joinCodes(codes)).toBe(cell);
		expect(splitCodes(joinCodes(codes))).toEqual(codes);
	});
});

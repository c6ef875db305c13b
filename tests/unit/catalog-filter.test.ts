import { describe, expect, it } from 'vitest';
import { type CardFacets, foldText, matches, readFilters, sortCards, statusText, writeFilters } from '../../src/scripts/catalog-filter.ts';

const card: CardFacets = {
	type: 'IP',
	platforms: ['Azure', 'Power Platform'],
	segments: ['Enterprise'],
	areas: ['Data and AI'],
	markets: ['US', 'CA'],
	readiness: 'ready',
	text: 'Contoso Retail Insights\nContoso Ltd.\nStore-level demand forecasting on Azure\nContoso 零售洞察\n基于 Azure 的门店级需求预测',
	title: 'Contoso Retail Insights',
	lastChange: '2026-03-12T10:00:00.000Z',
};

describe('catalog filters', () => {
	it('read and write the URL query, keeping other parameters', () => {
		expect(readFilters('?type=IP&platform=Power+Platform&utm=x&market=')).toEqual({ type: 'IP', platform: 'Power Platform' });
		expect(writeFilters({ platform: 'Power Platform', market: 'CA' }, '?utm=x&type=IP')).toBe('?utm=x&platform=Power+Platform&market=CA');
		expect(writeFilters({})).toBe('');
	});

	it('read the text, the readiness, the sort order and a market in any case from the URL', () => {
		expect(readFilters('?q=+retail+&readiness=ip&sort=changed&market=fr')).toEqual({
			q: 'retail',
			readiness: 'ip',
			sort: 'changed',
			market: 'FR',
		});
		// The name order is the default: neither read nor written.
		expect(readFilters('?sort=name')).toEqual({});
		expect(readFilters('?sort=anything')).toEqual({});
		expect(writeFilters({ q: 'retail forecast', sort: 'name' })).toBe('?q=retail+forecast');
		expect(writeFilters({ q: '  ', sort: 'changed' }, '?q=old')).toBe('?sort=changed');
	});

	it.each([
		[{}, true],
		[{ type: 'IP' }, true],
		[{ type: 'Service' }, false],
		[{ platform: 'Azure', segment: 'Enterprise', area: 'Data and AI', market: 'CA' }, true],
		[{ platform: 'Windows' }, false],
		[{ segment: 'SMB' }, false],
		[{ area: 'Security' }, false],
		[{ market: 'FR' }, false],
		[{ readiness: 'ready' }, true],
		[{ readiness: 'ip' }, false],
		[{ readiness: 'something else' }, false],
		[{ q: 'retail' }, true],
		[{ q: 'RETAIL contoso' }, true],
		[{ q: 'contoso ltd' }, true],
		[{ q: 'demand forecasting' }, true],
		[{ q: '零售' }, true],
		[{ q: '门店级 需求' }, true],
		[{ q: 'retail fabrikam' }, false],
		[{ q: 'field service' }, false],
	])('%j matches: %s', (filters, expected) => {
		expect(matches(card, filters)).toBe(expected);
	});

	it('counts an Azure IP co-sell offer as co-sell ready too', () => {
		const ip = { ...card, readiness: 'ip' };
		expect(matches(ip, { readiness: 'ready' })).toBe(true);
		expect(matches(ip, { readiness: 'ip' })).toBe(true);
		expect(matches({ ...card, readiness: 'not-ready' }, { readiness: 'ready' })).toBe(false);
	});

	it('finds text whatever its accents, width and case', () => {
		expect(foldText('Café ＡＢＣ Über')).toBe('cafe abc uber');
		expect(matches({ ...card, text: 'Café Québec' }, { q: 'cafe quebec' })).toBe(true);
		expect(matches({ ...card, text: 'Cafe Quebec' }, { q: 'Café' })).toBe(true);
	});

	it('treats an offer sold in all countries (OOO) as in every market', () => {
		expect(matches({ ...card, markets: ['OOO'] }, { market: 'FR' })).toBe(true);
	});
});

describe('catalog order', () => {
	const cards = [
		{ facets: { title: 'Beta', lastChange: '2026-01-01T00:00:00.000Z' } },
		{ facets: { title: 'alpha', lastChange: '2026-02-01T00:00:00.000Z' } },
		{ facets: { title: 'Gamma', lastChange: '2026-02-01T00:00:00.000Z' } },
		{ facets: { title: 'Delta', lastChange: '2025-12-31T23:59:59.000Z' } },
	];
	const compare = new Intl.Collator('en').compare;
	const titles = (list: typeof cards) => list.map((entry) => entry.facets.title);

	it('sorts by title in the reader’s alphabet by default', () => {
		expect(titles(sortCards(cards, undefined, compare))).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
		expect(titles(sortCards(cards, 'name', compare))).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
	});

	it('sorts by last change, newest first, then by title', () => {
		expect(titles(sortCards(cards, 'changed', compare))).toEqual(['alpha', 'Gamma', 'Beta', 'Delta']);
	});

	it('leaves the list it is given as it was', () => {
		sortCards(cards, 'changed', compare);
		expect(titles(cards)).toEqual(['Beta', 'alpha', 'Gamma', 'Delta']);
	});
});

describe('catalog result count', () => {
	const texts = { showing: 'Showing {shown} of {total} offers', market: '{shown} of {total} offers seek {market}' };

	it('says how many offers seek the market when it is the only filter', () => {
		expect(statusText(texts, 0, 5, { market: 'FR' }, 'France')).toBe('0 of 5 offers seek France');
		expect(statusText(texts, 2, 5, { market: 'FR', sort: 'changed' }, 'France')).toBe('2 of 5 offers seek France');
	});

	it('says how many offers are shown otherwise', () => {
		expect(statusText(texts, 5, 5, {})).toBe('Showing 5 of 5 offers');
		expect(statusText(texts, 1, 5, { market: 'FR', q: 'retail' }, 'France')).toBe('Showing 1 of 5 offers');
		expect(statusText(texts, 1, 5, { readiness: 'ip' })).toBe('Showing 1 of 5 offers');
	});

	it('names a market without a name by its code', () => {
		expect(statusText(texts, 0, 5, { market: 'ZZ' })).toBe('0 of 5 offers seek ZZ');
	});
});

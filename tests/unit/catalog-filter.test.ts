import { describe, expect, it } from 'vitest';
import { type CardFacets, matches, readFilters, writeFilters } from '../../src/scripts/catalog-filter.ts';

const card: CardFacets = {
	type: 'IP',
	platforms: ['Azure', 'Power Platform'],
	segments: ['Enterprise'],
	areas: ['Data and AI'],
	markets: ['US', 'CA'],
};

describe('catalog filters', () => {
	it('read and write the URL query, keeping other parameters', () => {
		expect(readFilters('?type=IP&platform=Power+Platform&utm=x&market=')).toEqual({ type: 'IP', platform: 'Power Platform' });
		expect(writeFilters({ platform: 'Power Platform', market: 'CA' }, '?utm=x&type=IP')).toBe('?utm=x&platform=Power+Platform&market=CA');
		expect(writeFilters({})).toBe('');
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
	])('%j matches: %s', (filters, expected) => {
		expect(matches(card, filters)).toBe(expected);
	});

	it('treats an offer sold in all countries (OOO) as in every market', () => {
		expect(matches({ ...card, markets: ['OOO'] }, { market: 'FR' })).toBe(true);
	});
});

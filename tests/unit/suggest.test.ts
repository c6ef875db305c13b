import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, listChoices } from '../../src/domain/suggest.ts';

describe('closestMatch', () => {
	// Case and surrounding spaces are ignored. A match is either a candidate that starts with an
	// input of 4 or more letters, or the closest candidate when few enough letters differ (a third
	// of the longer word's). There is no minimum allowance any more: short words need near-exact input.
	// [input, candidates, match]
	it.each<[string, string[], string | undefined]>([
		['Azure', ['Azure'], 'Azure'],
		['AZURE', ['Azure', 'Windows'], 'Azure'],
		['  azure ', ['Azure'], 'Azure'],
		['Azur', ['Azure', 'Windows'], 'Azure'],
		// the start of a longer value, from 4 letters on
		['landing', ['title', 'landingPage'], 'landingPage'],
		['Micros', ['Microsoft 365'], 'Microsoft 365'],
		['Microsof', ['Microsoft 365'], 'Microsoft 365'],
		['Microsoft', ['Microsoft 365'], 'Microsoft 365'],
		['Mic', ['Microsoft 365'], undefined],
		['Az', ['Azure'], undefined],
		// 9 letters: 3 edits allowed, not 4
		['Anxlytxcx', ['Analytics'], 'Analytics'],
		['Axxlytxcx', ['Analytics'], undefined],
		// 13 letters (the longer word counts): 4 edits allowed
		['Mxcxoxoft 3x5', ['Microsoft 365'], 'Microsoft 365'],
		// two neighbouring letters swapped, the most common typo
		['titel', ['title', 'summary'], 'title'],
		['Azrue', ['Azure'], 'Azure'],
		['Widnows', ['Azure', 'Windows'], 'Windows'],
		// the candidate comes back as spelled, the closest one wins
		['office 356', ['Microsoft 365', 'Office 365'], 'Office 365'],
		['Services', ['Service', 'Managed Service'], 'Service'],
		['colour', ['title', 'summary', 'markets'], undefined],
		['Azure', [], undefined],
	])('%j among %j: %j', (input, candidates, expected) => {
		expect(closestMatch(input, candidates)).toBe(expected);
	});

	// Without the former floor of 2 edits, short inputs are no longer "close" to any short
	// candidate, and an empty input matches nothing.
	it.each<[string, string[]]>([
		['fr', ['en', 'zh-cn']],
		['QA', ['Device', 'IP', 'Service']],
		['', ['Device', 'IP', 'Service']],
		['   ', ['IP']],
	])('%j among %j: no match', (input, candidates) => {
		expect(closestMatch(input, candidates)).toBeUndefined();
	});

	// Pending a fix in src/domain/suggest.ts (see the report): the allowance is rounded up
	// (ceil) today and a swap of two letters counts as 2 edits. The intended rule, a third of the
	// letters rounded down with a swap counting as 1 edit, gives these results. Switch these to
	// `it` once the fix is in.
	it.each<[string, string[], string | undefined]>([
		// 5 letters, 2 edits: more than a third differ (today: "Azure")
		['Azu', ['Azure'], undefined],
		// 2 letters, 1 edit: half the word (today: "ac")
		['ab', ['ac', 'ad'], undefined],
		// 13 letters: 5 edits are too many (today: "Microsoft 365")
		['Mxcxoxoxt 3x5', ['Microsoft 365'], undefined],
		// a swap in a 3-letter term is 1 edit (today: no match; before the change: "SMB")
		['SBM', ['SMB', 'Corporate', 'Enterprise'], 'SMB'],
	])('%j among %j: %j (pending the fix)', (input, candidates, expected) => {
		expect(closestMatch(input, candidates)).toBe(expected);
	});
});

describe('didYouMean', () => {
	it.each<[string, string[], string]>([
		['Azur', ['Azure'], ' Did you mean "Azure"?'],
		['titel', ['title', 'summary'], ' Did you mean "title"?'],
		['landing', ['title', 'landingPage'], ' Did you mean "landingPage"?'],
		['colour', ['title', 'summary'], ''],
		['', ['title'], ''],
		['x', [], ''],
	])('%j among %j: %j', (input, candidates, expected) => {
		expect(didYouMean(input, candidates)).toBe(expected);
	});
});

describe('listChoices', () => {
	it.each<[string[], string | undefined, string]>([
		[[], undefined, ''],
		[['en'], undefined, '"en"'],
		[['en', 'zh-cn'], undefined, '"en" or "zh-cn"'],
		[['SMB', 'Corporate', 'Enterprise'], undefined, '"SMB", "Corporate" or "Enterprise"'],
		[['US', 'CA', 'GB'], 'and', '"US", "CA" and "GB"'],
	])('%j joined with %s: %s', (choices, conjunction, expected) => {
		expect(listChoices(choices, conjunction)).toBe(expected);
	});
});

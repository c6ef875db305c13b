import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
	countryCode,
	countryList,
	EVEN_WITH_ISSUES,
	fields,
	httpsUrl,
	list,
	parseHttpsUrl,
	stateCode,
	term,
	text,
} from '../../src/domain/schema-kit.ts';
import { check, type FieldProblem } from './support.ts';

describe('parseHttpsUrl', () => {
	it.each<[string, string | undefined]>([
		['https://contoso.example', 'https://contoso.example'],
		['  https://contoso.example/retail?x=1#top ', 'https://contoso.example/retail?x=1#top'],
		['HTTPS://CONTOSO.EXAMPLE', 'HTTPS://CONTOSO.EXAMPLE'],
		['https://localhost:8443/a', 'https://localhost:8443/a'],
		['http://contoso.example', undefined],
		['contoso.example', undefined],
		['//contoso.example', undefined],
		['https://', undefined],
		['https://exa mple.com', undefined],
		['ftp://contoso.example', undefined],
		['', undefined],
	])('%j: %j', (value, url) => {
		expect(parseHttpsUrl(value)).toBe(url);
	});
});

describe('list', () => {
	// [rule, schema, input, every problem expected]
	it.each<[string, z.ZodType, unknown, FieldProblem[]]>([
		[
			'the default message for too many items',
			list(z.string(), { max: 2 }),
			['a', 'b', 'c'],
			[{ field: '', message: 'lists 3 items: at most 2 allowed' }],
		],
		[
			'a custom message for too many items',
			list(z.string(), { max: 1, tooMany: 'one is enough' }),
			['a', 'b'],
			[{ field: '', message: 'one is enough' }],
		],
		[
			'duplicates, case-insensitive, each repetition named',
			list(z.string(), { unique: 'word' }),
			['a', 'B', 'A', 'b', 'a'],
			[
				{ field: '[2]', message: 'repeats word "A": remove it' },
				{ field: '[3]', message: 'repeats word "b": remove it' },
				{ field: '[4]', message: 'repeats word "a": remove it' },
			],
		],
		[
			'duplicates by key, items without a text key skipped',
			list(z.object({ area: z.string().optional() }), { unique: 'area', keyOf: (item) => (item as { area?: unknown }).area }),
			[{ area: 'X' }, {}, {}, { area: 'x' }],
			[{ field: '[3]', message: 'repeats area "x": remove it' }],
		],
		[
			'bad items, a duplicate and too many items at once',
			list(z.string().min(2, 'too short'), { max: 2, unique: 'word' }),
			['ab', 'a', 'AB'],
			[
				{ field: '[1]', message: 'too short' },
				{ field: '', message: 'lists 3 items: at most 2 allowed' },
				{ field: '[2]', message: 'repeats word "AB": remove it' },
			],
		],
		[
			'a mapping instead of a list: the type problem only, the list rules skipped',
			list(z.string(), { max: 1, unique: 'word' }),
			{ a: 'x', b: 'y' },
			[{ field: '', message: 'must be a list, found a group of fields' }],
		],
	])('%s', (_rule, schema, input, expected) => {
		expect(check(schema, input).problems).toEqual(expected);
	});
});

describe('EVEN_WITH_ISSUES', () => {
	// [value, runs list rules, runs rules over a group of fields]
	it.each<[unknown, boolean, boolean]>([
		[[], true, false],
		[['a'], true, false],
		[{}, false, true],
		[{ a: 1 }, false, true],
		[null, false, false],
		['a', false, false],
		[3, false, false],
	])('%j: list rules %s, field rules %s', (value, onList, onFields) => {
		expect(EVEN_WITH_ISSUES.list.when({ value })).toBe(onList);
		expect(EVEN_WITH_ISSUES.fields.when({ value })).toBe(onFields);
	});

	it('skips rules over a group of fields when a list is written instead', () => {
		const schema = fields({ title: text() }).superRefine((_value, ctx) => {
			ctx.addIssue({ code: 'custom', message: 'the rule ran' });
		}, EVEN_WITH_ISSUES.fields);
		expect(check(schema, ['x']).problems).toEqual([{ field: '', message: 'must be a group of fields, found a list' }]);
		// on a group of fields, it runs even when a field failed
		expect(check(schema, {}).problems).toEqual([
			{ field: 'title', message: 'is required' },
			{ field: '', message: 'the rule ran' },
		]);
	});
});

describe('fields', () => {
	it('uses the hint for unknown fields when it gives one, else the default message', () => {
		const schema = fields({ title: text().optional() }, (key) => (key === 'markets' ? 'is inherited' : undefined));
		expect(check(schema, { markets: [], titel: 'x' }).problems).toEqual([
			{ field: 'markets', message: 'is inherited' },
			{ field: 'titel', message: 'is not a known field. Did you mean "title"? Known fields: title.' },
		]);
	});
});

describe('term, countryCode, stateCode, countryList, httpsUrl', () => {
	it.each<[string, z.ZodType, unknown, unknown]>([
		['a term by alias', term([{ name: 'Microsoft 365', aliases: ['Office 365'] }], 'platform'), 'office 365', 'Microsoft 365'],
		['a country code, trimmed and upper-cased', countryCode(), ' gb ', 'GB'],
		['OOO as a country code', countryCode(), 'ooo', 'OOO'],
		['a state code, upper-cased', stateCode(), 'au-nsw', 'AU-NSW'],
		['a list of countries', countryList(), ['us', 'CA'], ['US', 'CA']],
		['an https URL, trimmed', httpsUrl(), ' https://contoso.example ', 'https://contoso.example'],
	])('read %s', (_rule, schema, input, output) => {
		expect(check(schema, input)).toEqual({ ok: true, data: output, problems: [] });
	});

	it.each<[string, z.ZodType, unknown, FieldProblem[]]>([
		[
			'a country name with the "did you mean" of its code',
			countryCode(),
			'Germany',
			[
				{
					field: '',
					message:
						'unknown country code "Germany". Did you mean "DE" (Germany)? Use OOO for all countries or a two-letter code from the co-sell country table.',
				},
			],
		],
		[
			'a state name: no prefix hint (not two letters)',
			stateCode(),
			'Ontario',
			[
				{
					field: '',
					message: 'unknown state or province code "Ontario". Use a code from the co-sell state table (US, Canada and Australia).',
				},
			],
		],
		[
			'a state code that is also a country code: both readings hinted',
			stateCode(),
			'ca',
			[
				{
					field: '',
					message:
						'unknown state or province code "ca". If it is a country, quote the Countries/Regions cell when it lists several ("US, CA"); if it is a state or province, write its country prefix: "US-CA". Use a code from the co-sell state table (US, Canada and Australia).',
				},
			],
		],
		[
			'two letters that are no country: the prefix hint only',
			stateCode(),
			'WA',
			[
				{
					field: '',
					message:
						'unknown state or province code "WA". If it is a state or province, write its country prefix: "US-WA" or "AU-WA". Use a code from the co-sell state table (US, Canada and Australia).',
				},
			],
		],
		['a number as a term', term([{ name: 'Azure' }], 'platform'), 5, [{ field: '', message: 'must be a string, found 5' }]],
		[
			'an empty term',
			term([{ name: 'Azure' }, { name: 'Windows' }], 'platform'),
			'',
			[{ field: '', message: 'is required: use one of "Azure" or "Windows"' }],
		],
		[
			'a blank term',
			term([{ name: 'Azure' }, { name: 'Windows' }], 'platform'),
			' \t',
			[{ field: '', message: 'is required: use one of "Azure" or "Windows"' }],
		],
		['a mapping as a country list', countryList(), { US: null }, [{ field: '', message: 'must be a list, found a group of fields' }]],
	])('reject %s', (_rule, schema, input, expected) => {
		expect(check(schema, input).problems).toEqual(expected);
	});
});

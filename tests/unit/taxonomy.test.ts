import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, TaxonomySchema } from '../../src/domain/taxonomy.ts';
import { check, type FieldProblem } from './support.ts';

describe('DEFAULT_TAXONOMY', () => {
	it('holds the platforms of the issue, with the short forms partners write as aliases', () => {
		expect(DEFAULT_TAXONOMY.platforms).toEqual([
			{ name: 'Azure' },
			{ name: 'Dynamics 365', aliases: ['D365', 'Dynamics'] },
			{ name: 'Microsoft 365', aliases: ['Office 365', 'O365', 'M365'] },
			{ name: 'Power Platform', aliases: ['Power BI', 'PowerBI', 'Power Apps', 'PowerApps', 'Power Automate'] },
			{ name: 'Windows' },
			{ name: 'Microsoft Teams' },
			{ name: 'SQL Server' },
			{ name: 'Surface' },
		]);
		expect(DEFAULT_TAXONOMY.segments.map((segment) => segment.name)).toEqual(['SMB', 'Corporate', 'Enterprise']);
	});

	it('holds five solution areas with their sub-areas', () => {
		expect(Object.fromEntries(DEFAULT_TAXONOMY.solutionAreas.map((area) => [area.name, area.subAreas]))).toEqual({
			'Apps and Infrastructure': ['Cloud migration', 'Cloud-native apps', 'DevOps', 'SAP on Azure', 'Hybrid cloud'],
			'Data and AI': ['Analytics', 'AI and machine learning', 'Internet of Things', 'Data modernization'],
			'Business Applications': ['Sales', 'Customer service', 'Finance and operations', 'Power Platform apps'],
			'Modern Workplace': ['Teamwork', 'Modern desktop', 'Frontline workers', 'Compliance'],
			Security: ['Identity and access', 'Threat protection', 'Information protection', 'Cloud security'],
		});
	});
});

describe('TaxonomySchema accepts', () => {
	it('an empty file: every list keeps its default', () => {
		expect(check(TaxonomySchema(), {}).data).toEqual(DEFAULT_TAXONOMY);
	});

	it('replaces only the lists it names; terms as names or { name, aliases }, a name read as { name }', () => {
		const parsed = check(TaxonomySchema(), {
			platforms: ['Azure', { name: 'Fabric', aliases: ['Microsoft Fabric'] }, { name: 'GitHub' }],
			solutionAreas: [{ name: 'Retail', subAreas: ['Stores', 'E-commerce'] }],
		});
		expect(parsed.problems).toEqual([]);
		expect(parsed.data).toEqual({
			platforms: [
				{ name: 'Azure', aliases: [] },
				{ name: 'Fabric', aliases: ['Microsoft Fabric'] },
				{ name: 'GitHub', aliases: [] },
			],
			segments: DEFAULT_TAXONOMY.segments,
			solutionAreas: [{ name: 'Retail', subAreas: ['Stores', 'E-commerce'] }],
		});
	});

	it('trims names', () => {
		expect(check(TaxonomySchema(), { segments: ['  Startups ', { name: ' Scale-ups\t' }] }).data?.segments).toEqual([
			{ name: 'Startups', aliases: [] },
			{ name: 'Scale-ups', aliases: [] },
		]);
	});
});

describe('TaxonomySchema rejects', () => {
	// [rule, taxonomy.yaml content, every problem expected]
	it.each<[string, Record<string, unknown>, FieldProblem[]]>([
		['an empty platform list', { platforms: [] }, [{ field: 'platforms', message: 'must list at least one platform' }]],
		['an empty segment list', { segments: [] }, [{ field: 'segments', message: 'must list at least one segment' }]],
		['an empty solution area list', { solutionAreas: [] }, [{ field: 'solutionAreas', message: 'must list at least one solution area' }]],
		[
			'a platform repeated in another case',
			{ platforms: ['Azure', 'azure'] },
			[{ field: 'platforms[1]', message: 'repeats platform "azure": remove it' }],
		],
		[
			'a platform repeated in the object form',
			{ platforms: ['Azure', { name: 'AZURE', aliases: ['Windows Azure'] }] },
			[{ field: 'platforms[1]', message: 'repeats platform "AZURE": remove it' }],
		],
		[
			'a repeated segment',
			{ segments: ['SMB', 'Corporate', 'smb'] },
			[{ field: 'segments[2]', message: 'repeats segment "smb": remove it' }],
		],
		[
			'a solution area without sub-areas',
			{ solutionAreas: [{ name: 'Retail', subAreas: [] }] },
			[{ field: 'solutionAreas[0].subAreas', message: 'must list at least one sub-area' }],
		],
		[
			'a repeated sub-area and a repeated area at once',
			{
				solutionAreas: [
					{ name: 'Retail', subAreas: ['Stores', 'stores'] },
					{ name: 'retail', subAreas: ['Online'] },
				],
			},
			[
				{ field: 'solutionAreas[0].subAreas[1]', message: 'repeats sub-area "stores": remove it' },
				{ field: 'solutionAreas[1]', message: 'repeats solution area "retail": remove it' },
			],
		],
		[
			'an unknown field of a term, with a suggestion',
			{ platforms: [{ name: 'Fabric', alias: ['Microsoft Fabric'] }] },
			[{ field: 'platforms[0].alias', message: 'is not a known field. Did you mean "aliases"? Known fields: name, aliases, zh-cn.' }],
		],
		[
			'an unknown field of a solution area',
			{ solutionAreas: [{ name: 'Retail', subareas: ['Stores'] }] },
			[
				{ field: 'solutionAreas[0].subAreas', message: 'is required' },
				{
					field: 'solutionAreas[0].subareas',
					message: 'is not a known field. Did you mean "subAreas"? Known fields: name, subAreas, zh-cn.',
				},
			],
		],
		[
			'an unknown top-level field, with a suggestion',
			{ solutionArea: [] },
			[
				{
					field: 'solutionArea',
					message: 'is not a known field. Did you mean "solutionAreas"? Known fields: platforms, segments, solutionAreas.',
				},
			],
		],
		['a list written as one string', { platforms: 'Azure' }, [{ field: 'platforms', message: 'must be a list, found "Azure"' }]],
		// A term written as a plain name is read as { name }, so its problems name the field.
		['an empty platform name', { platforms: [''] }, [{ field: 'platforms[0].name', message: 'must not be empty' }]],
		['a blank segment name', { segments: ['   '] }, [{ field: 'segments[0].name', message: 'must not be empty' }]],
		['an empty name in the object form', { platforms: [{ name: '' }] }, [{ field: 'platforms[0].name', message: 'must not be empty' }]],
		['a term without name', { platforms: [{ aliases: ['Azure'] }] }, [{ field: 'platforms[0].name', message: 'is required' }]],
		[
			'aliases written as one string',
			{ platforms: [{ name: 'Fabric', aliases: 'MS Fabric' }] },
			[{ field: 'platforms[0].aliases', message: 'must be a list, found "MS Fabric"' }],
		],
		[
			'an empty alias',
			{ platforms: [{ name: 'Fabric', aliases: ['MS Fabric', ''] }] },
			[{ field: 'platforms[0].aliases[1]', message: 'must not be empty' }],
		],
		[
			'a bad term and a repetition in one list',
			{ platforms: ['', 'Fabric', 'fabric'] },
			[
				{ field: 'platforms[0].name', message: 'must not be empty' },
				{ field: 'platforms[2]', message: 'repeats platform "fabric": remove it' },
			],
		],
		[
			'a repetition across the two forms',
			{ platforms: ['Fabric', { name: 'FABRIC', aliases: ['MS Fabric'] }] },
			[{ field: 'platforms[1]', message: 'repeats platform "FABRIC": remove it' }],
		],
	])('%s', (_rule, data, expected) => {
		expect(check(TaxonomySchema(), data).problems).toEqual(expected);
	});

	// A mapping where a list belongs (a forgotten "-") is a problem, not a crash: list rules run
	// only on lists.
	it.each<[string, Record<string, unknown>]>([
		['platforms', { platforms: { Azure: null } }],
		['solutionAreas', { solutionAreas: { name: 'Retail', subAreas: ['Stores'] } }],
		['solutionAreas[0].subAreas', { solutionAreas: [{ name: 'Retail', subAreas: { Stores: null } }] }],
		['segments[0].aliases', { segments: [{ name: 'SMB', aliases: { Small: null } }] }],
	])('%s as a mapping: reports "must be a list"', (field, data) => {
		expect(check(TaxonomySchema(), data).problems).toEqual([{ field, message: 'must be a list, found a group of fields' }]);
	});
});

describe('TaxonomySchema reads Chinese names', () => {
	it('beside any term: platforms and segments, solution areas, and sub-areas written as { name, zh-cn }', () => {
		const parsed = check(TaxonomySchema(), {
			platforms: ['Azure', { name: 'Azure Stack HCI', aliases: ['HCI'], 'zh-cn': 'Azure Stack HCI' }],
			segments: [{ name: 'Startups', 'zh-cn': '初创企业' }],
			solutionAreas: [
				{ name: 'Edge computing', 'zh-cn': '边缘计算', subAreas: [{ name: 'Retail stores', 'zh-cn': '零售门店' }, 'Factories'] },
			],
		});
		expect(parsed.problems).toEqual([]);
		expect(parsed.data).toEqual({
			platforms: [
				{ name: 'Azure', aliases: [] },
				{ name: 'Azure Stack HCI', aliases: ['HCI'] },
			],
			segments: [{ name: 'Startups', aliases: [] }],
			solutionAreas: [{ name: 'Edge computing', subAreas: ['Retail stores', 'Factories'] }],
			names: {
				platform: { 'Azure Stack HCI': { 'zh-cn': 'Azure Stack HCI' } },
				segment: { Startups: { 'zh-cn': '初创企业' } },
				solutionArea: { 'Edge computing': { 'zh-cn': '边缘计算' } },
				subArea: { 'Retail stores': { 'zh-cn': '零售门店' } },
			},
		});
	});

	it.each<[string, Record<string, unknown>, FieldProblem[]]>([
		[
			'an empty Chinese name',
			{ segments: [{ name: 'Startups', 'zh-cn': ' ' }] },
			[{ field: 'segments[0].zh-cn', message: 'must not be empty' }],
		],
		[
			'a sub-area repeated in the object form',
			{ solutionAreas: [{ name: 'Edge', subAreas: ['Stores', { name: 'stores', 'zh-cn': '门店' }] }] },
			[{ field: 'solutionAreas[0].subAreas[1]', message: 'repeats sub-area "stores": remove it' }],
		],
	])('and rejects %s', (_rule, input, expected) => {
		expect(check(TaxonomySchema(), input).problems).toEqual(expected);
	});
});

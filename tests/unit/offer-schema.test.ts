import { describe, expect, it } from 'vitest';
import { TranslationSchema } from '../../src/domain/offer-schema.ts';
import { TaxonomySchema } from '../../src/domain/taxonomy.ts';
import { check, checkYaml, describeProblem, type FieldProblem, MINIMAL_OFFER, offerSchema } from './support.ts';

const PLATFORMS = '"Azure", "Dynamics 365", "Microsoft 365", "Power Platform", "Windows", "Microsoft Teams", "SQL Server" or "Surface"';
const SOLUTION_TYPES = '"Device", "IP", "Service" or "Managed Service"';
const SEGMENTS = '"SMB", "Corporate" or "Enterprise"';
const AREAS = '"Apps and Infrastructure", "Data and AI", "Business Applications", "Modern Workplace" or "Security"';
const TEMPLATES = '"azure", "dynamics-365", "microsoft-365" or "windows"';
const COUNTRY_HELP = 'Use OOO for all countries or a two-letter code from the co-sell country table.';
const ACCEPTED_TYPES = '.pdf .ppt .pptx .doc .docx .xls .xlsx .jpg .png .mp4';
const OFFER_FIELDS =
	'title, summary, publisher, lang, draft, solutionType, platforms, segments, solutionAreas, markets, landingPage, onePager, documents, prerequisites';
const PREREQUISITE_FIELDS =
	'mpnId, businessProfileComplete, live, goldCompetency, isvConnect, azureConsumedRevenueUsd, technicalValidation';
const NEEDS_FILE_OR_URL = 'needs exactly one of `file:` (a path in the offer folder) or `url:` (an https link)';
const NOT_HTTPS = (value: string) => `must be an absolute https URL (https://...), found "${value}"`;
const MPN_ID = 'must be digits only, in quotes, e.g. "1234567"';
const NOT_A_LIST = 'must be a list, found a group of fields';

const area = (name: string, ...subAreas: string[]) => ({ area: name, subAreas });
const others = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ title: `Video ${i + 1}`, url: `https://contoso.example/v${i + 1}` }));
const parse = (fields: Record<string, unknown>) => check(offerSchema(), { ...MINIMAL_OFFER, ...fields });

describe('OfferSchema accepts', () => {
	it('the minimal offer, filling in every default', () => {
		expect(parse({})).toEqual({
			ok: true,
			problems: [],
			data: {
				...MINIMAL_OFFER,
				lang: 'en',
				draft: false,
				platforms: [],
				segments: [],
				solutionAreas: [],
				markets: [],
				documents: { other: [] },
				prerequisites: {
					businessProfileComplete: false,
					live: false,
					goldCompetency: false,
					isvConnect: false,
					technicalValidation: false,
				},
			},
		});
	});

	// One row per spelling the schema normalises: [rule, fields written, field read back, value read back].
	it.each<[string, Record<string, unknown>, string, unknown]>([
		['solution type by name', { solutionType: 'Managed Service' }, 'solutionType', 'Managed Service'],
		['solution type in any case', { solutionType: 'managed SERVICE' }, 'solutionType', 'Managed Service'],
		['solution type alias "IP (application)"', { solutionType: 'IP (application)' }, 'solutionType', 'IP'],
		['solution type alias "Device (hardware)"', { solutionType: 'Device (hardware)' }, 'solutionType', 'Device'],
		['solution type alias in any case, with spaces', { solutionType: ' device (HARDWARE) ' }, 'solutionType', 'Device'],
		['platform alias "Office 365"', { platforms: ['Office 365'] }, 'platforms', ['Microsoft 365']],
		[
			'the short forms partners write',
			{ platforms: ['PowerBI', 'O365', 'D365'] },
			'platforms',
			['Power Platform', 'Microsoft 365', 'Dynamics 365'],
		],
		['platforms in any case', { platforms: ['azure', 'POWER PLATFORM'] }, 'platforms', ['Azure', 'Power Platform']],
		['segments in any case', { segments: ['smb', 'Enterprise'] }, 'segments', ['SMB', 'Enterprise']],
		[
			'solution areas and sub-areas in any case',
			{ solutionAreas: [area('data and ai', 'ANALYTICS'), area('Security', 'Cloud security', 'threat protection')] },
			'solutionAreas',
			[area('Data and AI', 'Analytics'), area('Security', 'Cloud security', 'Threat protection')],
		],
		[
			'three solution areas',
			{ solutionAreas: [area('Data and AI', 'Analytics'), area('Security', 'Cloud security'), area('Modern Workplace', 'Teamwork')] },
			'solutionAreas',
			[area('Data and AI', 'Analytics'), area('Security', 'Cloud security'), area('Modern Workplace', 'Teamwork')],
		],
		['market codes in any case', { markets: ['us', 'Ca', 'GB'] }, 'markets', ['US', 'CA', 'GB']],
		['OOO alone as markets', { markets: ['ooo'] }, 'markets', ['OOO']],
		['an https landing page', { landingPage: 'https://contoso.example/retail' }, 'landingPage', 'https://contoso.example/retail'],
		['template by name', { onePager: { template: 'dynamics-365' } }, 'onePager', { template: 'dynamics-365', benefits: [] }],
		['template alias "office-365"', { onePager: { template: 'office-365' } }, 'onePager', { template: 'microsoft-365', benefits: [] }],
		['template in any case', { onePager: { template: 'Windows' } }, 'onePager', { template: 'windows', benefits: [] }],
		[
			'six benefits and a headline',
			{ onePager: { template: 'azure', headline: 'See every shelf', benefits: ['1', '2', '3', '4', '5', '6'] } },
			'onePager',
			{ template: 'azure', headline: 'See every shelf', benefits: ['1', '2', '3', '4', '5', '6'] },
		],
		[
			'documents as relative paths and https URLs, as written',
			{
				documents: {
					onePager: 'https://contoso.example/one-pager.pdf',
					customerPresentation: 'documents/pitch.pptx',
					caseStudy: './documents/case-study.PDF',
					customerWins: 'wins.docx',
					channelPitchDeck: 'documents/sub/../channel.ppt',
					referenceArchitecture: 'documents/architecture.png',
				},
			},
			'documents',
			{
				onePager: 'https://contoso.example/one-pager.pdf',
				customerPresentation: 'documents/pitch.pptx',
				caseStudy: './documents/case-study.PDF',
				customerWins: 'wins.docx',
				channelPitchDeck: 'documents/sub/../channel.ppt',
				referenceArchitecture: 'documents/architecture.png',
				other: [],
			},
		],
		[
			'five other documents, by file or by url',
			{ documents: { other: [{ title: 'Demo', file: 'documents/demo.mp4' }, ...others(4)] } },
			'documents',
			{ other: [{ title: 'Demo', file: 'documents/demo.mp4' }, ...others(4)] },
		],
		['mpnId as a string of digits', { prerequisites: { mpnId: '1234567' } }, 'prerequisites.mpnId', '1234567'],
		['mpnId as an integer, turned into a string', { prerequisites: { mpnId: 1234567 } }, 'prerequisites.mpnId', '1234567'],
		['mpnId with spaces around it', { prerequisites: { mpnId: ' 1234567 ' } }, 'prerequisites.mpnId', '1234567'],
		['mpnId with leading zeros as a string', { prerequisites: { mpnId: '0012345' } }, 'prerequisites.mpnId', '0012345'],
		['mpnId 0', { prerequisites: { mpnId: 0 } }, 'prerequisites.mpnId', '0'],
		[
			'mpnId as the largest exact integer',
			{ prerequisites: { mpnId: Number.MAX_SAFE_INTEGER } },
			'prerequisites.mpnId',
			'9007199254740991',
		],
		['zero revenue', { prerequisites: { azureConsumedRevenueUsd: 0 } }, 'prerequisites.azureConsumedRevenueUsd', 0],
		['lang in any case', { lang: 'zh-CN' }, 'lang', 'zh-cn'],
		['draft', { draft: true }, 'draft', true],
	])('%s', (_rule, fields, path, expected) => {
		const parsed = parse(fields);
		expect(parsed.problems).toEqual([]);
		const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], parsed.data);
		expect(value).toEqual(expected);
	});

	it('the site default language when lang is missing', () => {
		expect(check(offerSchema({ defaultLocale: 'zh-cn' }), MINIMAL_OFFER).data?.lang).toBe('zh-cn');
	});

	it('the terms of a custom taxonomy and custom templates', () => {
		const taxonomy = TaxonomySchema().parse({
			platforms: [{ name: 'Fabric', aliases: ['Microsoft Fabric'] }],
			solutionAreas: [{ name: 'Retail', subAreas: ['Stores'] }],
		});
		const schema = offerSchema({ taxonomy, templates: [{ name: 'partner-brand' }] });
		const fields = {
			platforms: ['microsoft fabric'],
			solutionAreas: [area('retail', 'stores')],
			onePager: { template: 'Partner-Brand' },
		};
		expect(check(schema, { ...MINIMAL_OFFER, ...fields }).data).toMatchObject({
			platforms: ['Fabric'],
			solutionAreas: [area('Retail', 'Stores')],
			onePager: { template: 'partner-brand' },
		});
		expect(check(schema, { ...MINIMAL_OFFER, platforms: ['Azure'], onePager: { template: 'azure' } }).problems).toEqual([
			{ field: 'platforms[0]', message: 'unknown platform "Azure". Use one of "Fabric".' },
			{ field: 'onePager.template', message: 'unknown one-pager template "azure". Use one of "partner-brand".' },
		]);
	});
});

describe('OfferSchema rejects', () => {
	it.each(['title', 'summary', 'publisher', 'solutionType'])('a missing %s', (field) => {
		const { [field as keyof typeof MINIMAL_OFFER]: _left, ...rest } = MINIMAL_OFFER;
		expect(check(offerSchema(), rest).problems).toEqual([{ field, message: 'is required' }]);
	});

	it('an empty file with every required field named', () => {
		expect(check(offerSchema(), {}).problems).toEqual([
			{ field: 'title', message: 'is required' },
			{ field: 'summary', message: 'is required' },
			{ field: 'publisher', message: 'is required' },
			{ field: 'solutionType', message: 'is required' },
		]);
	});

	// One row per rule: [rule, fields written over the minimal offer, every problem expected].
	it.each<[string, Record<string, unknown>, FieldProblem[]]>([
		// Text fields
		['empty text', { title: '' }, [{ field: 'title', message: 'must not be empty' }]],
		['blank text', { summary: '   ' }, [{ field: 'summary', message: 'must not be empty' }]],
		['an empty YAML value', { publisher: null }, [{ field: 'publisher', message: 'must be a string, found an empty value' }]],
		['a number for text', { title: 123 }, [{ field: 'title', message: 'must be a string, found 123' }]],
		['a list for text', { summary: ['a'] }, [{ field: 'summary', message: 'must be a string, found a list' }]],
		['a string for a boolean', { draft: 'yes' }, [{ field: 'draft', message: 'must be true or false, found "yes"' }]],

		// Solution type
		[
			'an unknown solution type, with a suggestion',
			{ solutionType: 'Services' },
			[{ field: 'solutionType', message: `unknown solution type "Services". Did you mean "Service"? Use one of ${SOLUTION_TYPES}.` }],
		],
		[
			'an unknown solution type, without a close match',
			{ solutionType: 'Software' },
			[{ field: 'solutionType', message: `unknown solution type "Software". Use one of ${SOLUTION_TYPES}.` }],
		],
		['an empty solution type', { solutionType: '' }, [{ field: 'solutionType', message: `is required: use one of ${SOLUTION_TYPES}` }]],

		// Platforms and segments
		[
			'an unknown platform, with a suggestion',
			{ platforms: ['Azur'] },
			[{ field: 'platforms[0]', message: `unknown platform "Azur". Did you mean "Azure"? Use one of ${PLATFORMS}.` }],
		],
		[
			'an unknown platform close to an alias, suggesting the alias',
			{ platforms: ['Office 356'] },
			[{ field: 'platforms[0]', message: `unknown platform "Office 356". Did you mean "Office 365"? Use one of ${PLATFORMS}.` }],
		],
		[
			'a platform repeated in another case',
			{ platforms: ['Azure', 'azure'] },
			[{ field: 'platforms[1]', message: 'repeats platform "Azure": remove it' }],
		],
		[
			'a platform repeated through its alias',
			{ platforms: ['Office 365', 'Microsoft 365'] },
			[{ field: 'platforms[1]', message: 'repeats platform "Microsoft 365": remove it' }],
		],
		['platforms as one string', { platforms: 'Azure' }, [{ field: 'platforms', message: 'must be a list, found "Azure"' }]],
		['an empty platform', { platforms: ['Azure', ''] }, [{ field: 'platforms[1]', message: `is required: use one of ${PLATFORMS}` }]],
		['a blank segment', { segments: ['  '] }, [{ field: 'segments[0]', message: `is required: use one of ${SEGMENTS}` }]],
		[
			'an unknown segment, with a suggestion',
			{ segments: ['Enterprize'] },
			[{ field: 'segments[0]', message: `unknown segment "Enterprize". Did you mean "Enterprise"? Use one of ${SEGMENTS}.` }],
		],
		['a repeated segment', { segments: ['SMB', 'smb'] }, [{ field: 'segments[1]', message: 'repeats segment "SMB": remove it' }]],

		// Solution areas
		[
			'more than 3 solution areas',
			{
				solutionAreas: [
					area('Data and AI', 'Analytics'),
					area('Security', 'Cloud security'),
					area('Modern Workplace', 'Teamwork'),
					area('Business Applications', 'Sales'),
				],
			},
			[{ field: 'solutionAreas', message: 'lists more than 3 solution areas: Partner Center allows 1 to 3' }],
		],
		[
			'a repeated solution area (any case)',
			{ solutionAreas: [area('Data and AI', 'Analytics'), area('data and AI', 'Data modernization')] },
			[{ field: 'solutionAreas[1]', message: 'repeats solution area "Data and AI": remove it' }],
		],
		[
			'an unknown solution area, with a suggestion',
			{ solutionAreas: [area('Secrity', 'Cloud security')] },
			[{ field: 'solutionAreas[0].area', message: `unknown solution area "Secrity". Did you mean "Security"? Use one of ${AREAS}.` }],
		],
		[
			'an empty solution area',
			{ solutionAreas: [area('', 'Analytics')] },
			[{ field: 'solutionAreas[0].area', message: `is required: use one of ${AREAS}` }],
		],
		[
			'a solution area without area',
			{ solutionAreas: [{ subAreas: ['Analytics'] }] },
			[{ field: 'solutionAreas[0].area', message: 'is required' }],
		],
		[
			'a solution area without subAreas',
			{ solutionAreas: [{ area: 'Security' }] },
			[{ field: 'solutionAreas[0].subAreas', message: 'is required' }],
		],
		[
			'a solution area with no sub-area',
			{ solutionAreas: [area('Security')] },
			[{ field: 'solutionAreas[0].subAreas', message: 'must name at least one sub-area' }],
		],
		[
			'more than 2 sub-areas',
			{ solutionAreas: [area('Security', 'Cloud security', 'Threat protection', 'Identity and access')] },
			[{ field: 'solutionAreas[0].subAreas', message: 'lists more than 2 sub-areas: Partner Center allows 1 or 2 per area' }],
		],
		[
			'a repeated sub-area (any case)',
			{ solutionAreas: [area('Data and AI', 'Analytics', 'analytics')] },
			[{ field: 'solutionAreas[0].subAreas[1]', message: 'repeats sub-area "Analytics": remove it' }],
		],
		[
			'a sub-area of another area',
			{ solutionAreas: [area('Data and AI', 'Sales')] },
			[
				{
					field: 'solutionAreas[0].subAreas[0]',
					message:
						'"Sales" is not a sub-area of "Data and AI": pick from Analytics, AI and machine learning, Internet of Things, Data modernization',
				},
			],
		],
		[
			'a solution area written as a plain name',
			{ solutionAreas: ['Security'] },
			[{ field: 'solutionAreas[0]', message: 'must be a group of fields, found "Security"' }],
		],
		[
			'an empty solution area item',
			{ solutionAreas: [null] },
			[{ field: 'solutionAreas[0]', message: 'must be a group of fields, found an empty value' }],
		],
		[
			'an unknown field in a solution area',
			{ solutionAreas: [{ ...area('Security', 'Cloud security'), subArea: 'Threat protection' }] },
			[{ field: 'solutionAreas[0].subArea', message: 'is not a known field. Did you mean "subAreas"? Known fields: area, subAreas.' }],
		],

		// Markets
		[
			'OOO together with country codes',
			{ markets: ['OOO', 'US'] },
			[{ field: 'markets', message: 'mixes OOO (all countries) with country codes: keep only OOO, or list the countries' }],
		],
		[
			'OOO twice',
			{ markets: ['OOO', 'ooo'] },
			[
				{ field: 'markets[1]', message: 'repeats country "OOO": remove it' },
				{ field: 'markets', message: 'mixes OOO (all countries) with country codes: keep only OOO, or list the countries' },
			],
		],
		[
			'UK, suggesting GB',
			{ markets: ['UK'] },
			[{ field: 'markets[0]', message: `unknown country code "UK". Did you mean "GB" (United Kingdom)? ${COUNTRY_HELP}` }],
		],
		[
			'a country name, suggesting its code',
			{ markets: ['canada'] },
			[{ field: 'markets[0]', message: `unknown country code "canada". Did you mean "CA" (Canada)? ${COUNTRY_HELP}` }],
		],
		[
			'a co-sell table name that differs from ISO',
			{ markets: ['Korea (South)'] },
			[{ field: 'markets[0]', message: `unknown country code "Korea (South)". Did you mean "KR" (South Korea)? ${COUNTRY_HELP}` }],
		],
		[
			'a country name as the site prints it',
			{ markets: ['Türkiye'] },
			[{ field: 'markets[0]', message: `unknown country code "Türkiye". Did you mean "TR" (Türkiye)? ${COUNTRY_HELP}` }],
		],
		['a three-letter code', { markets: ['USA'] }, [{ field: 'markets[0]', message: `unknown country code "USA". ${COUNTRY_HELP}` }]],
		[
			'a code missing from the co-sell table (AI)',
			{ markets: ['AI'] },
			[{ field: 'markets[0]', message: `unknown country code "AI". ${COUNTRY_HELP}` }],
		],
		['a repeated market (any case)', { markets: ['US', 'us'] }, [{ field: 'markets[1]', message: 'repeats country "US": remove it' }]],
		['markets as one string', { markets: 'US, CA' }, [{ field: 'markets', message: 'must be a list, found "US, CA"' }]],

		// Landing page
		[
			'an http landing page',
			{ landingPage: 'http://contoso.example' },
			[{ field: 'landingPage', message: NOT_HTTPS('http://contoso.example') }],
		],
		[
			'a landing page without scheme',
			{ landingPage: 'contoso.example/retail' },
			[{ field: 'landingPage', message: NOT_HTTPS('contoso.example/retail') }],
		],
		['a relative landing page', { landingPage: '/retail' }, [{ field: 'landingPage', message: NOT_HTTPS('/retail') }]],
		['a landing page with no host', { landingPage: 'https://' }, [{ field: 'landingPage', message: NOT_HTTPS('https://') }]],

		// One-pager
		['a one-pager without template', { onePager: {} }, [{ field: 'onePager.template', message: 'is required' }]],
		[
			'an empty template',
			{ onePager: { template: '' } },
			[{ field: 'onePager.template', message: `is required: use one of ${TEMPLATES}` }],
		],
		[
			'an unknown template, with a suggestion',
			{ onePager: { template: 'office365' } },
			[
				{
					field: 'onePager.template',
					message: `unknown one-pager template "office365". Did you mean "office-365"? Use one of ${TEMPLATES}.`,
				},
			],
		],
		[
			'an unknown template',
			{ onePager: { template: 'word' } },
			[{ field: 'onePager.template', message: `unknown one-pager template "word". Use one of ${TEMPLATES}.` }],
		],
		[
			'more than 6 benefits',
			{ onePager: { template: 'azure', benefits: ['1', '2', '3', '4', '5', '6', '7'] } },
			[{ field: 'onePager.benefits', message: 'lists more than 6 benefits: the one-pager has room for 6' }],
		],
		[
			'an empty benefit',
			{ onePager: { template: 'azure', benefits: ['Faster restocking', ''] } },
			[{ field: 'onePager.benefits[1]', message: 'must not be empty' }],
		],
		[
			'an empty headline',
			{ onePager: { template: 'azure', headline: '' } },
			[{ field: 'onePager.headline', message: 'must not be empty' }],
		],
		[
			'an unknown one-pager field',
			{ onePager: { template: 'azure', colour: 'blue' } },
			[{ field: 'onePager.colour', message: 'is not a known field. Known fields: template, headline, benefits, logo.' }],
		],

		// Documents
		[
			'an http document URL',
			{ documents: { onePager: 'http://contoso.example/one-pager.pdf' } },
			[
				{
					field: 'documents.onePager',
					message: 'must be an https URL or a path inside the offer folder, found "http://contoso.example/one-pager.pdf"',
				},
			],
		],
		[
			'an absolute document path',
			{ documents: { customerPresentation: '/documents/pitch.pptx' } },
			[
				{
					field: 'documents.customerPresentation',
					message: '"/documents/pitch.pptx" is absolute: write a path relative to the offer folder, e.g. documents/pitch.pptx',
				},
			],
		],
		[
			'a document path escaping the offer folder',
			{ documents: { caseStudy: '../other-offer/case.pdf' } },
			[
				{
					field: 'documents.caseStudy',
					message: '"../other-offer/case.pdf" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx',
				},
			],
		],
		[
			'a document path escaping through a sub-folder',
			{ documents: { customerWins: 'documents/../../wins.pdf' } },
			[
				{
					field: 'documents.customerWins',
					message: '"documents/../../wins.pdf" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx',
				},
			],
		],
		[
			'a Windows document path',
			{ documents: { caseStudy: 'C:\\Users\\ann\\case.pdf' } },
			[
				{
					field: 'documents.caseStudy',
					message: '"C:\\Users\\ann\\case.pdf" is absolute: write a path relative to the offer folder, e.g. documents/pitch.pptx',
				},
			],
		],
		[
			'a document path with backslashes',
			{ documents: { channelPitchDeck: 'documents\\channel.pptx' } },
			[{ field: 'documents.channelPitchDeck', message: 'use forward slashes in "documents\\channel.pptx"' }],
		],
		[
			'a document of a type Partner Center does not accept',
			{ documents: { referenceArchitecture: 'documents/architecture.svg' } },
			[
				{
					field: 'documents.referenceArchitecture',
					message: `"documents/architecture.svg" has a file type Partner Center does not accept: use ${ACCEPTED_TYPES}`,
				},
			],
		],
		[
			'an unknown document slot',
			{ documents: { pitchDeck: 'documents/pitch.pptx' } },
			[
				{
					field: 'documents.pitchDeck',
					message:
						'is not a known field. Known fields: onePager, customerPresentation, caseStudy, customerWins, channelPitchDeck, referenceArchitecture, other.',
				},
			],
		],
		[
			'more than 5 other documents',
			{ documents: { other: others(6) } },
			[{ field: 'documents.other', message: 'lists more than 5 other documents: Partner Center allows 5' }],
		],
		[
			'an other document with neither file nor url',
			{ documents: { other: [{ title: 'Demo' }] } },
			[{ field: 'documents.other[0]', message: NEEDS_FILE_OR_URL }],
		],
		[
			'an other document with both file and url',
			{ documents: { other: [{ title: 'Demo', file: 'documents/demo.mp4', url: 'https://contoso.example/demo' }] } },
			[{ field: 'documents.other[0]', message: NEEDS_FILE_OR_URL }],
		],
		[
			'an other document without title',
			{ documents: { other: [{ url: 'https://contoso.example/demo' }] } },
			[{ field: 'documents.other[0].title', message: 'is required' }],
		],
		[
			'an other document with an http url',
			{ documents: { other: [{ title: 'Demo', url: 'http://contoso.example/demo' }] } },
			[{ field: 'documents.other[0].url', message: NOT_HTTPS('http://contoso.example/demo') }],
		],
		[
			'an other document with a file outside the offer folder',
			{ documents: { other: [{ title: 'Demo', file: '../demo.mp4' }] } },
			[
				{
					field: 'documents.other[0].file',
					message: '"../demo.mp4" points outside the offer folder: keep documents inside it, e.g. documents/pitch.pptx',
				},
			],
		],
		[
			'an other document written as a plain path',
			{ documents: { other: ['documents/demo.mp4'] } },
			[{ field: 'documents.other[0]', message: 'must be a group of fields, found "documents/demo.mp4"' }],
		],

		// Prerequisites: every mpnId that is not digits gets the same message
		['an mpnId with letters', { prerequisites: { mpnId: '12a45' } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['an empty mpnId', { prerequisites: { mpnId: '' } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['a blank mpnId', { prerequisites: { mpnId: '  ' } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['an mpnId with a space inside', { prerequisites: { mpnId: '123 456' } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['a negative mpnId', { prerequisites: { mpnId: -5 } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['a negative mpnId as a string', { prerequisites: { mpnId: '-5' } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['a fractional mpnId', { prerequisites: { mpnId: 12.5 } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		[
			'an mpnId too large to be exact as a number',
			{ prerequisites: { mpnId: 2 ** 53 } },
			[{ field: 'prerequisites.mpnId', message: MPN_ID }],
		],
		['a boolean mpnId', { prerequisites: { mpnId: true } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['an empty YAML value as mpnId', { prerequisites: { mpnId: null } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		['a list as mpnId', { prerequisites: { mpnId: ['1234567'] } }, [{ field: 'prerequisites.mpnId', message: MPN_ID }]],
		[
			'a negative revenue',
			{ prerequisites: { azureConsumedRevenueUsd: -1 } },
			[{ field: 'prerequisites.azureConsumedRevenueUsd', message: 'must not be negative' }],
		],
		[
			'a revenue written as a string',
			{ prerequisites: { azureConsumedRevenueUsd: '150000' } },
			[{ field: 'prerequisites.azureConsumedRevenueUsd', message: 'must be a number, found "150000"' }],
		],
		[
			'a non-boolean declaration',
			{ prerequisites: { live: 'yes' } },
			[{ field: 'prerequisites.live', message: 'must be true or false, found "yes"' }],
		],
		[
			'an unknown prerequisite, with a suggestion',
			{ prerequisites: { mpnid: '1234567' } },
			[{ field: 'prerequisites.mpnid', message: `is not a known field. Did you mean "mpnId"? Known fields: ${PREREQUISITE_FIELDS}.` }],
		],
		['prerequisites as a list', { prerequisites: [] }, [{ field: 'prerequisites', message: 'must be a group of fields, found a list' }]],

		// Language and unknown fields
		['an unknown language', { lang: 'klingon' }, [{ field: 'lang', message: 'unknown language "klingon". Use one of "en" or "zh-cn".' }]],
		['an empty language', { lang: '' }, [{ field: 'lang', message: 'is required: use one of "en" or "zh-cn"' }]],
		[
			'an unknown field, with a suggestion',
			{ titel: 'Contoso' },
			[{ field: 'titel', message: `is not a known field. Did you mean "title"? Known fields: ${OFFER_FIELDS}.` }],
		],
		[
			'an unknown field, with a suggestion across spellings',
			{ solution_type: 'IP' },
			[{ field: 'solution_type', message: `is not a known field. Did you mean "solutionType"? Known fields: ${OFFER_FIELDS}.` }],
		],
		[
			'an unknown field that starts a known one',
			{ landing: 'https://contoso.example' },
			[{ field: 'landing', message: `is not a known field. Did you mean "landingPage"? Known fields: ${OFFER_FIELDS}.` }],
		],
		[
			'an unknown field, without a close match',
			{ colour: 'blue' },
			[{ field: 'colour', message: `is not a known field. Known fields: ${OFFER_FIELDS}.` }],
		],
		[
			'several unknown fields, one problem each',
			{ titel: 'Contoso', market: ['US'] },
			[
				{ field: 'titel', message: `is not a known field. Did you mean "title"? Known fields: ${OFFER_FIELDS}.` },
				{ field: 'market', message: `is not a known field. Did you mean "markets"? Known fields: ${OFFER_FIELDS}.` },
			],
		],
	])('%s', (_rule, fields, expected) => {
		expect(parse(fields).problems).toEqual(expected);
	});

	it('an unknown sub-area, suggesting the closest and listing every sub-area', () => {
		expect(parse({ solutionAreas: [area('Data and AI', 'Analitics')] }).problems).toMatchInlineSnapshot(`
			[
			  {
			    "field": "solutionAreas[0].subAreas[0]",
			    "message": "unknown sub-area "Analitics". Did you mean "Analytics"? Use one of "Cloud migration", "Cloud-native apps", "DevOps", "SAP on Azure", "Hybrid cloud", "Analytics", "AI and machine learning", "Internet of Things", "Data modernization", "Sales", "Customer service", "Finance and operations", "Power Platform apps", "Teamwork", "Modern desktop", "Frontline workers", "Compliance", "Identity and access", "Threat protection", "Information protection" or "Cloud security".",
			  },
			]
		`);
	});
});

describe('OfferSchema reports every problem at once', () => {
	it('a bad item, a duplicate and too many items in one list, with the other fields', () => {
		const yaml = [
			'titel: Contoso Retail Insights',
			'summary: Shelf analytics',
			'publisher: Contoso Ltd.',
			'solutionType: IP (application)',
			'platforms: [Azure, Azur, azure]',
			'solutionAreas:',
			'  - area: Data and AI',
			'    subAreas: [Analytics, analytics, Sales]',
			'  - area: Security',
			'    subAreas: [Cloud security]',
			'markets: [OOO, UK]',
			'onePager: { template: office-365, benefits: [a, b, c, d, e, f, g] }',
			'documents:',
			'  other:',
			'    - { title: One, url: "http://contoso.example/1" }',
			'    - { title: Two }',
			'    - { title: Three, file: documents/3.pdf }',
			'    - { title: Four, file: documents/4.pdf }',
			'    - { title: Five, file: documents/5.pdf }',
			'    - { title: Six, file: documents/6.pdf }',
			'prerequisites: { mpnId: 12a, azureConsumedRevenueUsd: -1 }',
		].join('\n');
		expect(checkYaml(offerSchema(), yaml).map(describeProblem)).toEqual([
			'1:1 title is required',
			`5:20 platforms[1] unknown platform "Azur". Did you mean "Azure"? Use one of ${PLATFORMS}.`,
			'5:26 platforms[2] repeats platform "Azure": remove it',
			'8:5 solutionAreas[0].subAreas lists more than 2 sub-areas: Partner Center allows 1 or 2 per area',
			'8:27 solutionAreas[0].subAreas[1] repeats sub-area "Analytics": remove it',
			'8:38 solutionAreas[0].subAreas[2] "Sales" is not a sub-area of "Data and AI": pick from Analytics, AI and machine learning, Internet of Things, Data modernization',
			`11:16 markets[1] unknown country code "UK". Did you mean "GB" (United Kingdom)? ${COUNTRY_HELP}`,
			'11:1 markets mixes OOO (all countries) with country codes: keep only OOO, or list the countries',
			'12:35 onePager.benefits lists more than 6 benefits: the one-pager has room for 6',
			'15:21 documents.other[0].url must be an absolute https URL (https://...), found "http://contoso.example/1"',
			`16:7 documents.other[1] ${NEEDS_FILE_OR_URL}`,
			'14:3 documents.other lists more than 5 other documents: Partner Center allows 5',
			`21:18 prerequisites.mpnId ${MPN_ID}`,
			'21:30 prerequisites.azureConsumedRevenueUsd must not be negative',
			`1:1 titel is not a known field. Did you mean "title"? Known fields: ${OFFER_FIELDS}.`,
		]);
	});

	it('unknown fields at their own positions, nested ones included', () => {
		const yaml = ['title: T', 'summry: S', 'publisher: P', 'solutionType: IP', 'onePager:', '  template: azure', '  colour: blue'].join(
			'\n',
		);
		expect(checkYaml(offerSchema(), yaml).map(describeProblem)).toEqual([
			'1:1 summary is required', // a missing field points at its parent: here the file
			'7:3 onePager.colour is not a known field. Known fields: template, headline, benefits, logo.',
			`2:1 summry is not a known field. Did you mean "summary"? Known fields: ${OFFER_FIELDS}.`,
		]);
	});
});

describe('TranslationSchema', () => {
	const INHERITED = 'cannot be translated: it is inherited from index.mdx. Remove it here, or change it in index.mdx';
	const ONE_PAGER_ONLY = 'cannot be translated: only headline and benefits can. Set it in index.mdx';

	it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
		['no field at all', {}, {}],
		[
			'every text field',
			{
				title: '零售洞察',
				summary: '门店货架分析',
				publisher: 'Contoso',
				lang: 'zh-CN',
				onePager: { headline: '看清每个货架', benefits: ['补货更快'] },
			},
			{
				title: '零售洞察',
				summary: '门店货架分析',
				publisher: 'Contoso',
				lang: 'zh-cn',
				onePager: { headline: '看清每个货架', benefits: ['补货更快'] },
			},
		],
	])('accepts %s', (_rule, data, expected) => {
		expect(check(TranslationSchema(), data)).toEqual({ ok: true, data: expected, problems: [] });
	});

	it.each<[string, Record<string, unknown>, FieldProblem[]]>([
		['markets', { markets: ['US'] }, [{ field: 'markets', message: INHERITED }]],
		['solutionType', { solutionType: 'IP' }, [{ field: 'solutionType', message: INHERITED }]],
		[
			'a document slot: the same file in every language',
			{ documents: { caseStudy: 'documents/case-study.zh.pdf' } },
			[
				{
					field: 'documents.caseStudy',
					message:
						'cannot be translated: a document is the same file in every language. Only the titles of documents.other can be translated here',
				},
			],
		],
		[
			'an other document that names no document',
			{ documents: { other: [{ title: '演示' }, { title: '概览', file: 'documents/a.pdf', url: 'https://contoso.example/a' }] } },
			[
				{
					field: 'documents.other[0]',
					message: 'needs exactly one of `file:` or `url:`: the file or link of the index.mdx document whose title this translates',
				},
				{
					field: 'documents.other[1]',
					message: 'needs exactly one of `file:` or `url:`: the file or link of the index.mdx document whose title this translates',
				},
			],
		],
		[
			'an other document without its title',
			{ documents: { other: [{ file: 'documents/a.pdf' }] } },
			[{ field: 'documents.other[0].title', message: 'is required' }],
		],
		['prerequisites', { prerequisites: { live: true } }, [{ field: 'prerequisites', message: INHERITED }]],
		['draft', { draft: true }, [{ field: 'draft', message: INHERITED }]],
		[
			'several inherited fields, one problem each',
			{ platforms: ['Azure'], landingPage: 'https://contoso.example' },
			[
				{ field: 'platforms', message: INHERITED },
				{ field: 'landingPage', message: INHERITED },
			],
		],
		['onePager.template', { onePager: { template: 'azure' } }, [{ field: 'onePager.template', message: ONE_PAGER_ONLY }]],
		[
			'an unknown one-pager field, with a suggestion',
			{ onePager: { headlin: 'x' } },
			[{ field: 'onePager.headlin', message: 'is not a known field. Did you mean "headline"? Known fields: headline, benefits.' }],
		],
		[
			'an unknown one-pager field, without a close match',
			{ onePager: { colour: 'blue' } },
			[{ field: 'onePager.colour', message: 'is not a known field. Known fields: headline, benefits.' }],
		],
		[
			'onePager.template and an unknown one-pager field, one problem each',
			{ onePager: { template: 'azure', benefit: ['x'] } },
			[
				{ field: 'onePager.template', message: ONE_PAGER_ONLY },
				{ field: 'onePager.benefit', message: 'is not a known field. Did you mean "benefits"? Known fields: headline, benefits.' },
			],
		],
		[
			'an unknown field, with a suggestion among translatable fields',
			{ titel: 'x' },
			[
				{
					field: 'titel',
					message: 'is not a known field. Did you mean "title"? Known fields: title, summary, publisher, lang, onePager, documents.',
				},
			],
		],
		['an empty title', { title: '' }, [{ field: 'title', message: 'must not be empty' }]],
		['an unknown language', { lang: 'klingon' }, [{ field: 'lang', message: 'unknown language "klingon". Use one of "en" or "zh-cn".' }]],
		[
			'more than 6 benefits',
			{ onePager: { benefits: ['1', '2', '3', '4', '5', '6', '7'] } },
			[{ field: 'onePager.benefits', message: 'lists more than 6 benefits: the one-pager has room for 6' }],
		],
	])('rejects %s', (_rule, data, expected) => {
		expect(check(TranslationSchema(), data).problems).toEqual(expected);
	});
});

// A YAML mapping where a list belongs (a forgotten "-") is reported, not thrown: list rules run
// only on lists, and rules over a group of fields only on groups of fields.
describe('OfferSchema with a mapping where a list belongs', () => {
	it.each<[string, Record<string, unknown>, FieldProblem[]]>([
		['platforms', { platforms: { Azure: true } }, [{ field: 'platforms', message: NOT_A_LIST }]],
		['segments', { segments: {} }, [{ field: 'segments', message: NOT_A_LIST }]],
		['markets', { markets: { US: 1 } }, [{ field: 'markets', message: NOT_A_LIST }]],
		[
			'solutionAreas (forgotten "-")',
			{ solutionAreas: { area: 'Security', subAreas: ['Cloud security'] } },
			[{ field: 'solutionAreas', message: NOT_A_LIST }],
		],
		[
			'subAreas',
			{ solutionAreas: [{ area: 'Security', subAreas: { 'Cloud security': null } }] },
			[{ field: 'solutionAreas[0].subAreas', message: NOT_A_LIST }],
		],
		[
			'onePager.benefits',
			{ onePager: { template: 'azure', benefits: { 'Faster restocking': null } } },
			[{ field: 'onePager.benefits', message: NOT_A_LIST }],
		],
		[
			'documents.other (forgotten "-")',
			{ documents: { other: { title: 'Demo', url: 'https://contoso.example/demo' } } },
			[{ field: 'documents.other', message: NOT_A_LIST }],
		],
	])('%s: reports a problem instead of throwing', (_field, fields, expected) => {
		expect(parse(fields).problems).toEqual(expected);
	});

	it('an other document written as a list gets one problem, not also "needs exactly one of file or url"', () => {
		expect(parse({ documents: { other: [['documents/demo.mp4']] } }).problems).toEqual([
			{ field: 'documents.other[0]', message: 'must be a group of fields, found a list' },
		]);
	});

	it('a solution area written as a list gets one problem', () => {
		expect(parse({ solutionAreas: [['Security', 'Cloud security']] }).problems).toEqual([
			{ field: 'solutionAreas[0]', message: 'must be a group of fields, found a list' },
		]);
	});
});

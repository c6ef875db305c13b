import { describe, expect, it } from 'vitest';
import { logoPixelsNeeded, logoPrintedSize } from '../../src/domain/logo-size.ts';
import { OfferSchema } from '../../src/domain/offer-schema.ts';
import { renderOfferStarter, titleFromSlug } from '../../src/domain/offer-starter.ts';
import { DEFAULT_LOGO_BOX } from '../../src/domain/one-pager-template.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../src/domain/taxonomy.ts';
import { LOCALES, type Locale, SOLUTION_TYPES, type SolutionType } from '../../src/domain/vocabulary.ts';
import { problemMessages } from '../../src/domain/zod-problems.ts';
import { parseFrontmatter } from '../../src/loading/yaml-source.ts';

const TEMPLATES = ['azure', 'dynamics-365', 'microsoft-365', 'windows'];
/** Every field of index.mdx, as README's example lists them. */
const FIELDS = [
	'title',
	'summary',
	'publisher',
	'lang',
	'draft',
	'solutionType',
	'platforms',
	'segments',
	'solutionAreas',
	'markets',
	'landingPage',
	'onePager',
	'template',
	'headline',
	'benefits',
	'documents',
	'customerPresentation',
	'caseStudy',
	'customerWins',
	'channelPitchDeck',
	'referenceArchitecture',
	'other',
	'prerequisites',
	'mpnId',
	'businessProfileComplete',
	'live',
	'goldCompetency',
	'isvConnect',
	'azureConsumedRevenueUsd',
	'technicalValidation',
];

function render(options: Partial<{ slug: string; solutionType: SolutionType; template: string; lang: Locale; taxonomy: Taxonomy }> = {}) {
	return renderOfferStarter({
		slug: 'contoso-retail-insights',
		solutionType: 'IP',
		template: 'azure',
		lang: 'en',
		taxonomy: DEFAULT_TAXONOMY,
		...options,
	});
}

/** The frontmatter as the offer schema reads it, and the body. */
function read(text: string) {
	const parsed = parseFrontmatter(text);
	if ('problem' in parsed) throw new Error(parsed.problem.message);
	expect(parsed.yaml.problems).toEqual([]);
	const offer = OfferSchema({ taxonomy: DEFAULT_TAXONOMY }).safeParse(parsed.yaml.data, { error: problemMessages });
	expect(offer.error?.issues ?? []).toEqual([]);
	return { offer: offer.data, body: parsed.body };
}

describe('renderOfferStarter', () => {
	describe.each(LOCALES)('in %s', (lang) => {
		it.each(SOLUTION_TYPES.flatMap((type) => TEMPLATES.map((template) => [type.name, template] as const)))(
			'a %s offer with the %s template passes the offer schema, as a draft',
			(solutionType, template) => {
				const { offer } = read(render({ solutionType, template, lang }));
				expect(offer).toMatchObject({
					title: 'Contoso Retail Insights',
					lang,
					draft: true,
					solutionType,
					onePager: { template, benefits: [] },
					platforms: [],
					markets: [],
					documents: { other: [] },
				});
			},
		);
	});

	it('explains every field in a comment, in English', () => {
		const text = render();
		const lines = text.split('\n');
		for (const field of FIELDS) {
			const fieldLines = lines.filter((line) => new RegExp(`^ *(# )?${field}:`).test(line));
			expect(fieldLines, field).not.toEqual([]);
			for (const line of fieldLines) expect(line, field).toMatch(/\S {2,}# \S/);
		}
		expect(text).toContain('solutionType: IP                        # required: Device | IP | Service | Managed Service\n');
		expect(text).toContain('  template: azure                       # azure | dynamics-365 | microsoft-365 (or office-365) | windows\n');
		expect(text).toContain(
			'platforms: []                           # Microsoft platforms, e.g. [Azure]: Azure, Dynamics 365, Microsoft 365, Power Platform, Windows, Microsoft Teams, SQL Server, Surface\n',
		);
		expect(text).toContain('#   - area: Apps and Infrastructure\n#     subAreas: [Cloud migration]\n');
	});

	it('writes Chinese comments, placeholders and body for zh-cn, with aligned comments', () => {
		const text = render({ lang: 'zh-cn' });
		const { offer, body } = read(text);
		expect(offer).toMatchObject({ summary: '用一句话说明本方案为客户带来的价值。', publisher: '贵公司名称', lang: 'zh-cn' });
		expect(body).toContain('## 功能');
		// Chinese characters take two columns: the comment still starts at column 41.
		expect(text).toContain('publisher: 贵公司名称                   # 必填：销售本方案的公司\n');
	});

	it('quotes a title that YAML would read as a number or a boolean', () => {
		expect(read(render({ slug: '365' })).offer?.title).toBe('365');
		expect(render({ slug: '365' })).toContain('title: "365"');
		expect(read(render({ slug: 'true' })).offer?.title).toBe('True');
	});

	it("quotes the kit's own vocabulary in the comments", () => {
		const taxonomy: Taxonomy = {
			platforms: [{ name: 'Azure Stack HCI', aliases: ['HCI'] }],
			segments: [{ name: 'Mid-market' }],
			solutionAreas: [{ name: 'Edge computing', subAreas: ['Retail stores', 'Factories'] }],
		};
		const text = render({ taxonomy });
		expect(text).toContain('# Microsoft platforms, e.g. [Azure Stack HCI]: Azure Stack HCI\n');
		expect(text).toContain('# customer segments, e.g. [Mid-market]: Mid-market\n');
		expect(text).toContain('#   - area: Edge computing\n#     subAreas: [Retail stores]\n');
	});

	it("asks for a logo with the pixels that fill the templates' logo box sharply", () => {
		const { maxWidth, maxHeight } = DEFAULT_LOGO_BOX;
		const needed = logoPixelsNeeded(logoPrintedSize(DEFAULT_LOGO_BOX, { width: maxWidth, height: maxHeight }), { width: 1, height: 1 });
		expect(needed).toEqual({ width: 240, height: 72 });
		expect(render()).toMatch(/# optional: your logo in the header band, PNG or JPEG, at least 240 x 72 pixels\n/);
		expect(render({ lang: 'zh-cn' })).toMatch(/# 可选：页眉中的公司标志，PNG 或 JPEG，至少 240 x 72 像素\n/);
	});
});

describe('titleFromSlug', () => {
	it.each([
		['contoso-retail-insights', 'Contoso Retail Insights'],
		['x', 'X'],
		['office-365-backup', 'Office 365 Backup'],
		['365', '365'],
	])('%s: %s', (slug, title) => {
		expect(titleFromSlug(slug)).toBe(title);
	});
});

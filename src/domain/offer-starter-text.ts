// The words of a new offer's index.mdx, in each language of the kit: comments that explain every
// field, placeholders that are valid values, and a body outline.
import { pixelsToPrint } from './logo-size.ts';
import { DEFAULT_LOGO_BOX } from './one-pager-template.ts';
import type { Locale } from './vocabulary.ts';

/** The pixels a logo needs to fill the templates' logo box sharply: what `npm run validate` asks of a logo of the box's shape. */
const LOGO_PIXELS = pixelsToPrint({ width: DEFAULT_LOGO_BOX.maxWidth, height: DEFAULT_LOGO_BOX.maxHeight });

/** The vocabulary the comments quote, from the kit's taxonomy and the fixed vocabulary. */
export interface StarterVocabulary {
	solutionTypes: string;
	templates: string;
	languages: string;
	platforms: string;
	segments: string;
	firstPlatform: string;
	firstSegment: string;
}

/** The fields that get a comment, in the order of the file. */
export type StarterComment =
	| 'title'
	| 'summary'
	| 'publisher'
	| 'lang'
	| 'draft'
	| 'solutionType'
	| 'platforms'
	| 'segments'
	| 'solutionAreas'
	| 'markets'
	| 'landingPage'
	| 'onePager'
	| 'template'
	| 'headline'
	| 'logo'
	| 'benefits'
	| 'documents'
	| 'documentOnePager'
	| 'customerPresentation'
	| 'caseStudy'
	| 'customerWins'
	| 'channelPitchDeck'
	| 'referenceArchitecture'
	| 'other'
	| 'prerequisites'
	| 'mpnId'
	| 'businessProfileComplete'
	| 'live'
	| 'goldCompetency'
	| 'isvConnect'
	| 'azureConsumedRevenueUsd'
	| 'technicalValidation';

export interface StarterText {
	intro: string[];
	placeholders: { summary: string; publisher: string; headline: string };
	comments: Record<StarterComment, string>;
	body: string;
}

export const STARTER_TEXT: Record<Locale, (vocabulary: StarterVocabulary) => StarterText> = {
	en: (v) => ({
		intro: [
			"This offer's co-sell details: the fields of the Co-sell tab in Partner Center.",
			'Replace the placeholders, then run `npm run validate`. Lines that start with # are',
			'comments: keep them or delete them. README.md explains every field.',
		],
		placeholders: {
			summary: 'One sentence on the value this offer brings to customers.',
			publisher: 'Your company name',
			headline: 'Your headline',
		},
		comments: {
			title: "required: the offer's name, as sellers know it",
			summary: 'required: the value proposition, in one sentence',
			publisher: 'required: the company that sells the offer',
			lang: `the language of this file's text: ${v.languages}`,
			draft: 'a draft is validated but left out of the site: set false to publish',
			solutionType: `required: ${v.solutionTypes}`,
			platforms: `Microsoft platforms, e.g. [${v.firstPlatform}]: ${v.platforms}`,
			segments: `customer segments, e.g. [${v.firstSegment}]: ${v.segments}`,
			solutionAreas: '1 to 3 areas, each with 1 or 2 of its sub-areas, written as:',
			markets: 'countries where the offer seeks co-sell ready, e.g. [US, CA, GB]; [OOO] = all',
			landingPage: 'optional: the product landing page, an absolute https URL',
			onePager: 'the one-pager generated from a Microsoft template',
			template: v.templates,
			headline: 'optional: the one-pager headline; default: the summary',
			logo: `optional: your logo in the header band, PNG or JPEG, at least ${LOGO_PIXELS.width} x ${LOGO_PIXELS.height} pixels`,
			benefits: 'up to 6 short bullets, e.g. [Cut out-of-stocks by 20%]',
			documents: 'paths relative to this folder (keep files in documents/), or https URLs',
			documentOnePager: 'optional: your own designed one-pager instead',
			customerPresentation: 'co-sell ready: a pitch deck of 5 to 10 slides',
			caseStudy: 'optional: a customer case study',
			customerWins: 'optional: verifiable customer wins',
			channelPitchDeck: 'optional: one slide for resellers',
			referenceArchitecture: 'IP co-sell: how the offer uses Microsoft cloud services',
			other: 'at most 5 more: - { title: Demo video, url: https://... }',
			prerequisites: 'what git cannot know, declared by you',
			mpnId: 'your partner network (MPN) ID',
			businessProfileComplete: 'true once your business profile in Partner Center is complete',
			live: 'true once the offer is live on Azure Marketplace or AppSource',
			goldCompetency: 'needed by Service offers',
			isvConnect: 'needed by IP offers on Dynamics 365 or Power Apps',
			azureConsumedRevenueUsd: 'IP co-sell: Azure consumed revenue, trailing 12 months',
			technicalValidation: 'IP co-sell: true once Microsoft confirms the technical validation',
		},
		body: `## What it does

Describe the customer's problem and how the offer solves it, in a few short paragraphs.
Microsoft sellers read this page before they call a customer.

## How it works

- The main parts of the offer, and the Microsoft services it uses

## Results

- What customers gained, in numbers where you can

## Who to target

- The industries, company sizes and roles that buy it
`,
	}),
	'zh-cn': (v) => ({
		intro: [
			'本方案的共同销售（co-sell）信息，即合作伙伴中心“共同销售”选项卡中的各个字段。',
			'请替换示例内容，然后运行 `npm run validate` 检查。以 # 开头的行是注释，',
			'可以保留或删除。README.md 说明了每个字段。',
		],
		placeholders: {
			summary: '用一句话说明本方案为客户带来的价值。',
			publisher: '贵公司名称',
			headline: '单页介绍的标题',
		},
		comments: {
			title: '必填：销售人员熟知的方案名称',
			summary: '必填：一句话价值主张',
			publisher: '必填：销售本方案的公司',
			lang: `本文件文字的语言：${v.languages}`,
			draft: '草稿会被检查，但不会出现在网站上；准备发布时改为 false',
			solutionType: `必填：${v.solutionTypes}`,
			platforms: `微软平台，例如 [${v.firstPlatform}]：${v.platforms}`,
			segments: `客户规模，例如 [${v.firstSegment}]：${v.segments}`,
			solutionAreas: '1 至 3 个解决方案领域，每个领域选 1 至 2 个子领域，写法如下：',
			markets: '寻求共同销售就绪的国家或地区，例如 [CN, HK, SG]；[OOO] 表示全部',
			landingPage: '可选：产品着陆页，须为 https 绝对地址',
			onePager: '根据微软模板生成的单页介绍',
			template: v.templates,
			headline: '可选：单页介绍的标题，默认使用 summary',
			logo: `可选：页眉中的公司标志，PNG 或 JPEG，至少 ${LOGO_PIXELS.width} x ${LOGO_PIXELS.height} 像素`,
			benefits: '最多 6 条简短卖点，例如 [两个季度内缺货率降低 20%]',
			documents: '相对于本文件夹的路径（文件放在 documents/ 中），或 https 链接',
			documentOnePager: '可选：自行设计的单页介绍',
			customerPresentation: '共同销售就绪必需：5 至 10 页的客户演示文稿',
			caseStudy: '可选：客户案例',
			customerWins: '可选：可验证的客户成果',
			channelPitchDeck: '可选：面向经销商的一页介绍',
			referenceArchitecture: 'IP 共同销售必需：方案如何使用微软云服务',
			other: '最多 5 个其他文档或视频：- { title: 演示视频, url: https://... }',
			prerequisites: '代码仓库无法得知的信息，由贵公司自行声明',
			mpnId: '合作伙伴网络（MPN）ID',
			businessProfileComplete: '合作伙伴中心的公司资料填写完整后改为 true',
			live: '方案在 Azure Marketplace 或 AppSource 上线后改为 true',
			goldCompetency: 'Service 类型的方案需要金牌能力',
			isvConnect: '基于 Dynamics 365 或 Power Apps 的 IP 方案需要 ISV Connect',
			azureConsumedRevenueUsd: 'IP 共同销售：过去 12 个月的 Azure 消耗收入（美元）',
			technicalValidation: 'IP 共同销售：微软确认技术验证通过后改为 true',
		},
		body: `## 功能

用几段简短的文字说明客户面临的问题，以及本方案如何解决。微软销售人员在拜访客户前会阅读本页。

## 工作原理

- 方案的主要组成部分，以及它使用的微软服务

## 客户成果

- 客户获得的收益，尽量用数字说明

## 目标客户

- 适合的行业、企业规模和角色
`,
	}),
};

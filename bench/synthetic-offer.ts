// One synthetic offer as the files of its folder: index.mdx, an optional translation,
// contacts.csv and a few documents. Everything is drawn from a generator seeded by the kit's
// seed and the offer's position, so offer 17 is the same whatever the number of offers.

import { stringify } from 'yaml';
import { formatContactsCsv } from '../src/domain/contacts-csv.ts';
import { BUILT_IN_TEMPLATES, SOLUTION_TYPES, type SolutionType } from '../src/domain/vocabulary.ts';
import { type Random, seededRandom } from './random.ts';
import { syntheticBody } from './synthetic-body.ts';
import { pickMarkets, syntheticContacts } from './synthetic-contacts.ts';
import { documentBytes } from './synthetic-documents.ts';
import { CHINESE_BRAND_SLUGS, CHINESE_BRANDS, CHINESE_CITIES, COMPANY_STEMS, COMPANY_SUFFIXES } from './synthetic-names.ts';
import { type Bilingual, THEMES, type Theme } from './synthetic-themes.ts';

export interface SyntheticOffer {
	slug: string;
	/** Written in Chinese (`lang: zh-cn`)? */
	chinese: boolean;
	/** The translation's language, when the offer has one. */
	translation?: 'zh-cn' | 'en';
	contactCount: number;
	/** Files of the offer folder: path relative to it, and content. */
	files: Map<string, string | Uint8Array>;
}

/** Template names as offers write them, the `office-365` alias included. */
const TEMPLATE_SPELLINGS = [...BUILT_IN_TEMPLATES.map((template) => template.name), 'office-365'];

/** The first offers cover every solution type, template and language case; the rest are drawn. */
interface Profile {
	solutionType?: SolutionType;
	template?: string;
	chinese?: boolean;
	translated?: boolean;
}
const OPENING_PROFILES: readonly Profile[] = [
	{ solutionType: 'IP', template: 'azure', chinese: false, translated: false },
	{ solutionType: 'Service', template: 'microsoft-365', chinese: true, translated: false },
	{ solutionType: 'Managed Service', template: 'dynamics-365', chinese: false, translated: true },
	{ solutionType: 'Device', template: 'windows', chinese: false, translated: false },
	{ template: 'office-365', chinese: true, translated: true },
];

const EDITIONS: readonly Bilingual[] = [
	{ en: '', zh: '' },
	{ en: 'Pro', zh: '专业版' },
	{ en: 'Cloud', zh: '云服务' },
	{ en: 'Essentials', zh: '基础版' },
	{ en: 'Enterprise', zh: '企业版' },
	{ en: 'Plus', zh: '增强版' },
	{ en: 'Accelerator', zh: '加速方案' },
	{ en: 'Managed', zh: '托管服务' },
];

const EXTRA_BENEFITS: readonly Bilingual[] = [
	{ en: 'Transactable in the Microsoft marketplace', zh: '可在微软应用商店交易' },
	{ en: 'Delivered by Microsoft-certified engineers', zh: '由微软认证工程师交付' },
];

export function syntheticOffer(index: number, seed: number, isTaken: (slug: string) => boolean): SyntheticOffer {
	const random = seededRandom(seed).fork(index);
	const profile = OPENING_PROFILES[index] ?? {};
	const solutionType = profile.solutionType ?? random.pick(SOLUTION_TYPES).name;
	const theme = random.pick(THEMES.filter((candidate) => candidate.solutionTypes.includes(solutionType)));
	const chinese = profile.chinese ?? random.chance(0.15);
	const translated = profile.translated ?? random.chance(0.3);
	const template = profile.template ?? (random.chance(0.9) ? random.pick(theme.templates) : random.pick(TEMPLATE_SPELLINGS));

	const company = chinese ? chineseCompany(random) : latinCompany(random);
	const edition = random.pick(EDITIONS);
	const names: Bilingual = {
		en: [company.brand.en, theme.product.en, edition.en].filter(Boolean).join(' '),
		// A Latin brand keeps a space before Chinese text: "Adatum 云原生 DevOps 平台".
		zh: `${company.brand.zh}${/[A-Za-z]$/.test(company.brand.zh) ? ' ' : ''}${theme.product.zh}${edition.zh}`,
	};
	const slug = uniqueSlug(slugify(`${company.slug} ${theme.key} ${edition.en}`), isTaken);
	const domain = `${company.slug}.example`;
	const language = chinese ? 'zh' : 'en';
	const other = chinese ? 'en' : 'zh';

	const platforms = random.sample(theme.platforms, random.int(1, theme.platforms.length));
	const markets = pickMarkets(random);
	const contacts = syntheticContacts({ random: random.fork('contacts'), markets, chinese, domain });
	const benefits = random.sample([...theme.benefits, ...EXTRA_BENEFITS], random.int(2, 6));
	const withHeadline = random.chance(0.6);
	const texts = (lang: 'en' | 'zh') => ({
		title: names[lang],
		summary: summaryOf(theme, platforms, lang, benefits[0]),
		publisher: company.name[lang],
		onePager: {
			...(withHeadline ? { headline: (benefits[1] ?? theme.benefits[0] ?? theme.product)[lang] } : {}),
			benefits: benefits.map((benefit) => benefit[lang]),
		},
	});

	const files = new Map<string, string | Uint8Array>();
	const documents = pickDocuments(random, solutionType);
	for (const file of documentFiles(documents)) files.set(file, documentBytes(file, random.fork(file)));

	const main = texts(language);
	const frontmatter = {
		title: main.title,
		summary: main.summary,
		publisher: main.publisher,
		lang: chinese ? 'zh-cn' : 'en',
		...(random.chance(0.01) ? { draft: true } : {}),
		solutionType,
		platforms,
		segments: random.chance(0.05) ? [] : random.sample(['SMB', 'Corporate', 'Enterprise'], random.int(1, 3)),
		solutionAreas: [
			{ area: theme.area, subAreas: random.sample(theme.subAreas, random.int(1, 2)) },
			...(theme.extraArea && random.chance(0.5)
				? [{ area: theme.extraArea.area, subAreas: random.sample(theme.extraArea.subAreas, random.int(1, 2)) }]
				: []),
		],
		markets,
		landingPage: `https://${domain}/${slug}`,
		onePager: { template, ...main.onePager },
		documents,
		prerequisites: prerequisitesOf(random, solutionType),
	};
	const body = (lang: 'en' | 'zh') =>
		syntheticBody({ random: random.fork(`body-${lang}`), theme, language: lang, title: names[lang], solutionType });
	files.set('index.mdx', mdx(frontmatter, body(language)));
	const translation = translated ? (chinese ? 'en' : 'zh-cn') : undefined;
	if (translation) {
		const text = texts(other);
		files.set(`index.${translation}.mdx`, mdx(text, body(other)));
	}
	files.set('contacts.csv', formatContactsCsv(contacts, { target: 'repository' }));
	return { slug, chinese, ...(translation ? { translation } : {}), contactCount: contacts.length, files };
}

function mdx(frontmatter: object, body: string): string {
	return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body}`;
}

export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
	if (!isTaken(base)) return base;
	for (let n = 2; ; n++) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}

interface Company {
	brand: Bilingual;
	name: Bilingual;
	slug: string;
}

function latinCompany(random: Random): Company {
	const stem = random.pick(COMPANY_STEMS);
	const name = `${stem} ${random.pick(COMPANY_SUFFIXES)}`;
	return { brand: { en: stem, zh: stem }, name: { en: name, zh: name }, slug: slugify(stem) };
}

function chineseCompany(random: Random): Company {
	const index = random.int(0, CHINESE_BRANDS.length - 1);
	const brand = CHINESE_BRANDS[index] ?? '星桥数字';
	const slug = CHINESE_BRAND_SLUGS[index] ?? 'xingqiao';
	const city = random.pick(CHINESE_CITIES);
	const latin = `${slug.charAt(0).toUpperCase()}${slug.slice(1)}`;
	return {
		brand: { en: latin, zh: brand },
		name: { en: `${latin} Digital Technology (${cityPinyin(city)}) Co., Ltd.`, zh: `${brand}科技（${city}）有限公司` },
		slug,
	};
}

function cityPinyin(city: string): string {
	const names: Record<string, string> = {
		深圳: 'Shenzhen',
		上海: 'Shanghai',
		北京: 'Beijing',
		杭州: 'Hangzhou',
		广州: 'Guangzhou',
		成都: 'Chengdu',
		苏州: 'Suzhou',
		南京: 'Nanjing',
	};
	return names[city] ?? city;
}

function summaryOf(theme: Theme, platforms: readonly string[], lang: 'en' | 'zh', lead: Bilingual | undefined): string {
	const benefit = (lead ?? theme.benefits[0] ?? theme.product)[lang];
	return lang === 'en'
		? `${theme.product.en} on ${platforms.join(' and ')}: ${benefit.charAt(0).toLowerCase()}${benefit.slice(1)}.`
		: `基于 ${platforms.join('、')} 的${theme.product.zh}：${benefit}。`;
}

interface Documents {
	onePager?: string;
	customerPresentation?: string;
	caseStudy?: string;
	customerWins?: string;
	referenceArchitecture?: string;
	other: { title: string; file?: string; url?: string }[];
}

function pickDocuments(random: Random, solutionType: SolutionType): Documents {
	const documents: Documents = { other: [] };
	if (random.chance(0.1)) documents.onePager = 'documents/one-pager.pdf';
	if (random.chance(0.8)) documents.customerPresentation = 'documents/pitch.pptx';
	if (random.chance(0.5)) documents.caseStudy = 'documents/case-study.pdf';
	if (random.chance(0.2)) documents.customerWins = 'documents/customer-wins.pdf';
	if (solutionType === 'IP' && random.chance(0.7)) documents.referenceArchitecture = 'documents/architecture.png';
	if (random.chance(0.4)) documents.other.push({ title: 'Datasheet', file: 'documents/datasheet.pdf' });
	if (random.chance(0.5)) documents.other.push({ title: 'Product demo (video)', url: 'https://www.example.com/demo' });
	if (random.chance(0.2)) documents.other.push({ title: 'Rollout plan', file: 'documents/rollout-plan.xlsx' });
	return documents;
}

function documentFiles(documents: Documents): string[] {
	const slots = [
		documents.onePager,
		documents.customerPresentation,
		documents.caseStudy,
		documents.customerWins,
		documents.referenceArchitecture,
	];
	return [...slots, ...documents.other.map((other) => other.file)].filter((file): file is string => file !== undefined);
}

function prerequisitesOf(random: Random, solutionType: SolutionType) {
	const ip = solutionType === 'IP';
	return {
		mpnId: String(random.int(1_000_000, 9_999_999)),
		businessProfileComplete: random.chance(0.85),
		live: random.chance(0.9),
		goldCompetency: solutionType === 'Service' || solutionType === 'Managed Service' ? random.chance(0.8) : false,
		isvConnect: random.chance(0.2),
		azureConsumedRevenueUsd: ip ? random.int(0, 60) * 5000 : 0,
		technicalValidation: ip ? random.chance(0.7) : false,
	};
}

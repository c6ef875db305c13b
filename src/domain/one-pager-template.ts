// One-pager templates: `templates/<name>.yaml`, one small declarative file per template
// (colours, header title, section order, labels in English and Chinese). A user adds a
// template by adding a file; `onePager.template` names it by its file name or an alias
// (which template an offer uses: offer-template.ts).

import { z } from 'astro/zod';
import type { LogoBox } from './logo-size.ts';
import { fields } from './schema-kit.ts';
import { didYouMean, listChoices } from './suggest.ts';
import { SOLUTION_TYPE_NAMES } from './term-names.ts';
import { LOCALES, type Locale, type Term } from './vocabulary.ts';

/** The blocks of the page below the title, in the order a template lists them. */
export const SECTIONS = ['summary', 'benefits', 'facts', 'contacts', 'learnMore'] as const;
export type Section = (typeof SECTIONS)[number];
/** Sections that need the full page width and cannot stand beside another. */
const FULL_WIDTH: readonly Section[] = ['contacts'];

/** Every text the page prints besides the offer's own, with the English and Chinese defaults. */
export const DEFAULT_LABELS = {
	en: {
		tagline: 'Partner solution brief',
		benefits: 'Key benefits',
		facts: 'At a glance',
		solutionType: 'Solution type',
		platforms: 'Microsoft platforms',
		solutionAreas: 'Solution areas',
		markets: 'Markets',
		allMarkets: 'All countries and regions',
		contacts: 'Partner sales contacts',
		country: 'Country/Region',
		name: 'Name',
		jobTitle: 'Job title',
		email: 'Email',
		moreContacts: '+{count} more in the sales kit',
		noContacts: 'Ask the publisher for a sales contact in your country or region.',
		learnMore: 'Learn more',
		scanLandingPage: 'Scan to open the product page',
		scanOfferPage: 'Scan to open this offer in the sales kit',
		publishedBy: 'Published by {publisher}',
		lastUpdated: 'Last updated {date}',
		device: SOLUTION_TYPE_NAMES.Device.en,
		ip: SOLUTION_TYPE_NAMES.IP.en,
		service: SOLUTION_TYPE_NAMES.Service.en,
		managedService: SOLUTION_TYPE_NAMES['Managed Service'].en,
	},
	'zh-cn': {
		tagline: '合作伙伴解决方案简介',
		benefits: '主要优势',
		facts: '概览',
		solutionType: '解决方案类型',
		platforms: 'Microsoft 平台',
		solutionAreas: '解决方案领域',
		markets: '市场',
		allMarkets: '所有国家和地区',
		contacts: '合作伙伴销售联系人',
		country: '国家/地区',
		name: '姓名',
		jobTitle: '职位',
		email: '电子邮件',
		moreContacts: '另有 {count} 位联系人，请查看销售资料库',
		noContacts: '请联系发布者，获取您所在国家或地区的销售联系人。',
		learnMore: '了解更多',
		scanLandingPage: '扫码打开产品页面',
		scanOfferPage: '扫码在销售资料库中查看此方案',
		publishedBy: '发布者：{publisher}',
		lastUpdated: '更新日期：{date}',
		device: SOLUTION_TYPE_NAMES.Device['zh-cn'],
		ip: SOLUTION_TYPE_NAMES.IP['zh-cn'],
		service: SOLUTION_TYPE_NAMES.Service['zh-cn'],
		managedService: SOLUTION_TYPE_NAMES['Managed Service']['zh-cn'],
	},
} as const satisfies Record<Locale, Record<string, string>>;

export type LabelKey = keyof (typeof DEFAULT_LABELS)['en'];
export type Labels = Record<LabelKey, string>;
const LABEL_KEYS = Object.keys(DEFAULT_LABELS.en) as LabelKey[];

/** How many lines each field may take before it is shortened with an ellipsis, and the allowed range. */
export const LINE_LIMITS = {
	title: { default: 2, max: 3 },
	headline: { default: 2, max: 3 },
	summary: { default: 4, max: 8 },
	benefit: { default: 2, max: 4 },
	fact: { default: 4, max: 6 },
} as const;
export type LineLimitKey = keyof typeof LINE_LIMITS;
export type LineLimits = Record<LineLimitKey, number>;

const DEFAULT_COLORS = { ink: '#1b1b1b', muted: '#5f6b7a', headerText: '#ffffff' } as const;

/** The partner logo's box in the header band, in points: the default, and the largest the band holds. */
export const LOGO_BOX = { maxWidth: { default: 120, max: 200 }, maxHeight: { default: 36, max: 40 } } as const;

/** The logo's box of a template that sets none (as the built-in ones). */
export const DEFAULT_LOGO_BOX: LogoBox = { maxWidth: LOGO_BOX.maxWidth.default, maxHeight: LOGO_BOX.maxHeight.default };

const logoSide = (key: keyof typeof LOGO_BOX) =>
	z
		.number()
		.min(12, 'must be at least 12 (points)')
		.max(LOGO_BOX[key].max, `must be at most ${LOGO_BOX[key].max} (points): a larger logo does not fit the header band`)
		.default(LOGO_BOX[key].default);

const color = () =>
	z
		.string()
		.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. "#0078d4"')
		.transform((value) => value.toLowerCase());

const templateName = (what: string) =>
	z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `must be a ${what} of lowercase letters, digits and single hyphens, e.g. "azure"`);

/** A text in each language, or one text for all. */
const localized = () =>
	z.union([z.string().trim().min(1, 'must not be empty'), fields({ en: z.string().trim().min(1), 'zh-cn': z.string().trim().min(1) })], {
		error: 'must be a text, or one text per language: `en:` and `zh-cn:`',
	});

const sectionName = (value: unknown, ctx: z.RefinementCtx, path: (string | number)[]): Section | undefined => {
	if (typeof value === 'string' && (SECTIONS as readonly string[]).includes(value)) return value as Section;
	ctx.addIssue({
		code: 'custom',
		path,
		message: `unknown section ${JSON.stringify(value)}.${typeof value === 'string' ? didYouMean(value, SECTIONS) : ''} Use ${listChoices(SECTIONS)}.`,
	});
	return undefined;
};

/** `[summary, [benefits, facts], contacts, learnMore]`: a section per row, or two side by side. */
const sectionsSchema = () =>
	z.array(z.unknown()).transform((rows, ctx) => {
		const result: Section[][] = [];
		const seen = new Set<Section>();
		rows.forEach((row, index) => {
			const names = Array.isArray(row) ? row : [row];
			if (Array.isArray(row) && (row.length < 1 || row.length > 2)) {
				ctx.addIssue({
					code: 'custom',
					path: [index],
					message: 'must name one section, or two to stand side by side, e.g. [benefits, facts]',
				});
				return;
			}
			const parsed: Section[] = [];
			names.forEach((name, inner) => {
				const section = sectionName(name, ctx, Array.isArray(row) ? [index, inner] : [index]);
				if (!section) return;
				if (seen.has(section)) {
					ctx.addIssue({
						code: 'custom',
						path: Array.isArray(row) ? [index, inner] : [index],
						message: `repeats section "${section}": list it once`,
					});
					return;
				}
				if (names.length > 1 && FULL_WIDTH.includes(section)) {
					ctx.addIssue({
						code: 'custom',
						path: [index, inner],
						message: `"${section}" needs the full page width: list it on a line of its own`,
					});
				}
				seen.add(section);
				parsed.push(section);
			});
			if (parsed.length > 0) result.push(parsed);
		});
		const missing = SECTIONS.filter((section) => !seen.has(section));
		if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `misses ${listChoices(missing, 'and')}: list every section once` });
		return result;
	});

const labelsSchema = () =>
	fields(
		Object.fromEntries(LABEL_KEYS.map((key) => [key, z.string().trim().min(1, 'must not be empty').optional()])) as Record<
			LabelKey,
			z.ZodOptional<z.ZodString>
		>,
	);

const lineLimit = (key: LineLimitKey) =>
	z
		.number()
		.int('must be a whole number')
		.min(1, 'must be at least 1')
		.max(LINE_LIMITS[key].max, `must be at most ${LINE_LIMITS[key].max}: more does not fit on one page`)
		.default(LINE_LIMITS[key].default);

/** The contents of a template file. */
export const TemplateFileSchema = () =>
	fields({
		/** Other names `onePager.template` may use, e.g. [office-365]. */
		aliases: z.array(templateName('name')).default([]),
		/** The title in the header band, e.g. "Microsoft Azure": one text, or one per language. */
		title: localized(),
		colors: fields({
			/** Header band, headings, links. */
			primary: color(),
			/** The stripe under the header band and the bullets. */
			accent: color(),
			/** Background of the facts panel and of the contacts table header. */
			tint: color(),
			/** Body text. */
			ink: color().default(DEFAULT_COLORS.ink),
			/** Secondary text: publisher, table headings, footer. */
			muted: color().default(DEFAULT_COLORS.muted),
			/** Text on the header band. */
			headerText: color().default(DEFAULT_COLORS.headerText),
		}),
		/** The order of the sections below the title; two in brackets stand side by side. */
		sections: sectionsSchema(),
		/** How many lines a field may take before it is shortened. */
		maxLines: fields({
			title: lineLimit('title'),
			headline: lineLimit('headline'),
			summary: lineLimit('summary'),
			benefit: lineLimit('benefit'),
			fact: lineLimit('fact'),
		}).default({
			title: LINE_LIMITS.title.default,
			headline: LINE_LIMITS.headline.default,
			summary: LINE_LIMITS.summary.default,
			benefit: LINE_LIMITS.benefit.default,
			fact: LINE_LIMITS.fact.default,
		}),
		/** The box the partner logo (`onePager.logo`) is scaled into, at the right of the header band, in points. */
		logo: fields({ maxWidth: logoSide('maxWidth'), maxHeight: logoSide('maxHeight') }).default(DEFAULT_LOGO_BOX),
		/** Labels that replace the defaults, per language. */
		labels: fields({ en: labelsSchema().optional(), 'zh-cn': labelsSchema().optional() }).default({}),
	});

export type TemplateFile = z.output<ReturnType<typeof TemplateFileSchema>>;
export type Rgb = readonly [number, number, number];

/** A template ready for the layout: every label resolved in both languages. */
export interface OnePagerTemplate {
	/** The file name without `.yaml`: what `onePager.template` names. */
	name: string;
	aliases: string[];
	title: Record<Locale, string>;
	colors: Record<keyof TemplateFile['colors'], Rgb>;
	sections: Section[][];
	maxLines: LineLimits;
	logo: LogoBox;
	labels: Record<Locale, Labels>;
}

export function toRgb(hex: string): Rgb {
	const value = Number.parseInt(hex.slice(1), 16);
	return [((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
}

/** Resolves a parsed template file: defaults filled in, colours as RGB. */
export function resolveTemplate(name: string, file: TemplateFile): OnePagerTemplate {
	const title = typeof file.title === 'string' ? { en: file.title, 'zh-cn': file.title } : file.title;
	const labels = Object.fromEntries(
		LOCALES.map((locale) => [locale, { ...DEFAULT_LABELS[locale], ...stripUndefined(file.labels[locale] ?? {}) }]),
	) as Record<Locale, Labels>;
	const colors = Object.fromEntries(Object.entries(file.colors).map(([key, hex]) => [key, toRgb(hex)])) as OnePagerTemplate['colors'];
	return { name, aliases: file.aliases, title, colors, sections: file.sections, maxLines: file.maxLines, logo: file.logo, labels };
}

function stripUndefined<T extends object>(record: T): Partial<T> {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The template names and aliases, as the offer schema's `onePager.template` vocabulary. */
export function templateTerms(templates: readonly OnePagerTemplate[]): Term[] {
	return templates.map((template) => ({ name: template.name, aliases: template.aliases }));
}

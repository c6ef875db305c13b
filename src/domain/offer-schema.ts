import { z } from 'astro/zod';
import { classifyDocument, classifyLogo } from './documents.ts';
import { countryList, EVEN_WITH_ISSUES, fields, httpsUrl, list, term, text } from './schema-kit.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.ts';
import {
	BUILT_IN_TEMPLATES,
	DEFAULT_LOCALE,
	DOCUMENT_SLOTS,
	LOCALES,
	type Locale,
	MAX_BENEFITS,
	MAX_OTHER_DOCUMENTS,
	MAX_SOLUTION_AREAS,
	MAX_SUB_AREAS,
	SOLUTION_TYPES,
	type Term,
} from './vocabulary.ts';

/** What the offer schema depends on: the vocabulary and the kit's settings. */
export interface SchemaContext {
	taxonomy: Taxonomy;
	/** One-pager templates available in `templates/`. */
	templates?: readonly Term[];
	/** The language of offer files that do not say `lang`. */
	defaultLocale?: Locale;
}

const LOCALE_TERMS: Term[] = LOCALES.map((name) => ({ name, aliases: [name === 'zh-cn' ? 'zh-CN' : name] }));

export const LocaleSchema = () => term(LOCALE_TERMS, 'language').transform((name) => name as Locale);

/** A document: a path relative to the offer folder, or an https URL. */
const DocumentReferenceSchema = () =>
	z.string().superRefine((value, ctx) => {
		const location = classifyDocument(value);
		if ('problem' in location) ctx.addIssue({ code: 'custom', message: location.problem });
	});

/** A partner logo: a PNG or JPEG file in the offer folder (`validate` checks the file itself). */
const LogoReferenceSchema = () =>
	z.string().transform((value, ctx) => {
		const location = classifyLogo(value);
		if ('path' in location) return location.path;
		ctx.addIssue({ code: 'custom', message: location.problem });
		return z.NEVER;
	});

const OtherDocumentSchema = () =>
	fields({
		/** The title sellers see. */
		title: text(),
		/** A file in the offer folder... */
		file: DocumentReferenceSchema().optional(),
		/** ...or a link (a video, a web page). */
		url: httpsUrl().optional(),
	}).superRefine((document, ctx) => {
		if ((document.file === undefined) === (document.url === undefined)) {
			ctx.addIssue({ code: 'custom', message: 'needs exactly one of `file:` (a path in the offer folder) or `url:` (an https link)' });
		}
	}, EVEN_WITH_ISSUES.fields);

const Benefits = () =>
	list(text(), { max: MAX_BENEFITS, tooMany: `lists more than ${MAX_BENEFITS} benefits: the one-pager has room for ${MAX_BENEFITS}` });

const slotShape = Object.fromEntries(DOCUMENT_SLOTS.map((slot) => [slot, DocumentReferenceSchema().optional()])) as {
	[Slot in (typeof DOCUMENT_SLOTS)[number]]: z.ZodOptional<ReturnType<typeof DocumentReferenceSchema>>;
};

const SolutionAreaSchema = (taxonomy: Taxonomy) =>
	fields({
		area: term(
			taxonomy.solutionAreas.map((area) => ({ name: area.name })),
			'solution area',
		),
		subAreas: list(
			term(
				taxonomy.solutionAreas.flatMap((area) => area.subAreas.map((name) => ({ name }))),
				'sub-area',
			),
			{
				max: MAX_SUB_AREAS,
				tooMany: `lists more than ${MAX_SUB_AREAS} sub-areas: Partner Center allows 1 or 2 per area`,
				unique: 'sub-area',
			},
		).min(1, 'must name at least one sub-area'),
	}).superRefine((entry, ctx) => {
		const area = taxonomy.solutionAreas.find((candidate) => candidate.name === entry.area);
		if (!area || !Array.isArray(entry.subAreas)) return;
		entry.subAreas.forEach((subArea, index) => {
			if (typeof subArea === 'string' && !area.subAreas.includes(subArea)) {
				ctx.addIssue({
					code: 'custom',
					path: ['subAreas', index],
					message: `"${subArea}" is not a sub-area of "${area.name}": pick from ${area.subAreas.join(', ')}`,
				});
			}
		});
	}, EVEN_WITH_ISSUES.fields);

/** The frontmatter of `offers/<slug>/index.mdx`. */
export const OfferSchema = ({ taxonomy, templates = BUILT_IN_TEMPLATES, defaultLocale = DEFAULT_LOCALE }: SchemaContext) =>
	fields({
		/** The offer's name as sellers know it. */
		title: text(),
		/** One sentence: the value proposition. */
		summary: text(),
		/** The company that sells the offer. */
		publisher: text(),
		/** The language of this file's text. Default: the site's default language. */
		lang: LocaleSchema().default(defaultLocale),
		/** A draft is validated but left out of the site. */
		draft: z.boolean().default(false),
		/** Device, IP, Service or Managed Service (Partner Center's solution type). */
		solutionType: term(SOLUTION_TYPES, 'solution type'),
		/** Microsoft platforms the offer runs on or extends, from the taxonomy. */
		platforms: list(term(taxonomy.platforms, 'platform'), { unique: 'platform' }).default([]),
		/** Customer segments: SMB, Corporate, Enterprise by default. */
		segments: list(term(taxonomy.segments, 'segment'), { unique: 'segment' }).default([]),
		/** 1 to 3 solution areas, each with 1 or 2 of its sub-areas. */
		solutionAreas: list(SolutionAreaSchema(taxonomy), {
			max: MAX_SOLUTION_AREAS,
			tooMany: `lists more than ${MAX_SOLUTION_AREAS} solution areas: Partner Center allows 1 to 3`,
			unique: 'solution area',
			keyOf: (entry) => (entry as { area?: unknown } | undefined)?.area,
		}).default([]),
		/** Countries where the offer seeks co-sell ready status; `[OOO]` means all. */
		markets: countryList().default([]),
		/** The product landing page (Partner Center's external reference URL). */
		landingPage: httpsUrl().optional(),
		/** The text of the generated one-pager and its template. */
		onePager: fields({
			template: term(templates, 'one-pager template'),
			/** Default: the summary. */
			headline: text().optional(),
			benefits: Benefits().default([]),
			/** The partner's logo in the header band: a PNG or JPEG file of the offer folder, e.g. documents/logo.png. */
			logo: LogoReferenceSchema().optional(),
		}).optional(),
		/** The co-sell documents: paths relative to the offer folder, or https URLs. */
		documents: fields({
			...slotShape,
			/** Up to five more documents or videos. */
			other: list(OtherDocumentSchema(), {
				max: MAX_OTHER_DOCUMENTS,
				tooMany: `lists more than ${MAX_OTHER_DOCUMENTS} other documents: Partner Center allows 5`,
			}).default([]),
		}).default({ other: [] }),
		/** What git cannot know, declared by the partner and shown as declared. */
		prerequisites: fields({
			/** Partner network (MPN) ID. */
			mpnId: z
				.unknown()
				.transform((value, ctx) => {
					const digits = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
					if (typeof digits === 'string' && /^\d+$/.test(digits.trim())) return digits.trim();
					ctx.addIssue({ code: 'custom', message: 'must be digits only, in quotes, e.g. "1234567"' });
					return z.NEVER;
				})
				.optional(),
			businessProfileComplete: z.boolean().default(false),
			/** Live on Azure Marketplace or AppSource. */
			live: z.boolean().default(false),
			goldCompetency: z.boolean().default(false),
			isvConnect: z.boolean().default(false),
			/** Azure consumed revenue over the trailing 12 months, or marketplace billed revenue, in USD. */
			azureConsumedRevenueUsd: z.number().nonnegative('must not be negative').optional(),
			technicalValidation: z.boolean().default(false),
		}).default({
			businessProfileComplete: false,
			live: false,
			goldCompetency: false,
			isvConnect: false,
			technicalValidation: false,
		}),
	});

export type Offer = z.output<ReturnType<typeof OfferSchema>>;

/** Is the offer published: on the site, with its one-pagers and documents? A draft is only validated. */
export function isPublished(offer: Pick<Offer, 'draft'>): boolean {
	return !offer.draft;
}

/** Fields of `index.mdx` that a translation may override; everything else is inherited. */
const TRANSLATABLE = ['title', 'summary', 'publisher', 'lang', 'onePager', 'documents'];

/**
 * The title of one of `index.mdx`'s other documents in a translation, naming the document it
 * translates by its `file:` or `url:`, as `index.mdx` writes it (a list in another order, or
 * with a document left out, still names the right one).
 */
const TranslatedDocumentSchema = () =>
	fields({
		/** The title in the translation's language. */
		title: text(),
		/** The file of the document this title translates... */
		file: z.string().optional(),
		/** ...or its link. */
		url: z.string().optional(),
	}).superRefine((document, ctx) => {
		if ((document.file === undefined) === (document.url === undefined)) {
			ctx.addIssue({
				code: 'custom',
				message: 'needs exactly one of `file:` or `url:`: the file or link of the index.mdx document whose title this translates',
			});
		}
	}, EVEN_WITH_ISSUES.fields);

/** The frontmatter of `offers/<slug>/index.<lang>.mdx`: text fields only. */
export const TranslationSchema = () => {
	const mainFields = new Set(Object.keys(OfferSchema({ taxonomy: DEFAULT_TAXONOMY }).shape));
	const inherited = (key: string) =>
		TRANSLATABLE.includes(key)
			? undefined
			: `cannot be translated: it is inherited from index.mdx. Remove it here, or change it in index.mdx`;
	return fields(
		{
			title: text().optional(),
			summary: text().optional(),
			publisher: text().optional(),
			lang: LocaleSchema().optional(),
			onePager: fields(
				{
					headline: text().optional(),
					benefits: Benefits().optional(),
				},
				(key) =>
					key === 'template'
						? 'cannot be translated: only headline and benefits can. Set it in index.mdx'
						: key === 'logo'
							? 'cannot be translated: the one-pagers in both languages print the logo of index.mdx. Set it there'
							: undefined,
			).optional(),
			documents: fields(
				{
					/** Titles of `index.mdx`'s other documents in this language. */
					other: list(TranslatedDocumentSchema(), {
						max: MAX_OTHER_DOCUMENTS,
						tooMany: `lists more than ${MAX_OTHER_DOCUMENTS} other documents: index.mdx has at most ${MAX_OTHER_DOCUMENTS} to translate`,
					}).optional(),
				},
				(key) =>
					(DOCUMENT_SLOTS as readonly string[]).includes(key)
						? 'cannot be translated: a document is the same file in every language. Only the titles of documents.other can be translated here'
						: undefined,
			).optional(),
		},
		(key) => (mainFields.has(key) ? inherited(key) : undefined),
	);
};

export type Translation = z.output<ReturnType<typeof TranslationSchema>>;

// The options of `salesKit()`: their schema and their parser, one definition for the
// integration, which is given them, and the commands, which read them from the project's Astro
// config (kit-config.ts).
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { PAGE_SIZE_NAMES } from '../domain/page-size.ts';
import { formatPath } from '../domain/problem.ts';
import { withTrailingSlash } from '../domain/trailing-slash.ts';
import { DEFAULT_LOCALE, LOCALES } from '../domain/vocabulary.ts';
import { problemMessages } from '../domain/zod-problems.ts';
import { kitSiteAddress } from './kit-site.ts';

/** The kit's own folder inside Astro's cache folder (`cacheDir`): what builds keep for the next one. */
export function salesKitCacheDir(astroCacheDir: URL): URL {
	return new URL('sales-kit/', astroCacheDir);
}

/**
 * The kit's branding and settings: the options of `salesKit()` in astro.config.mjs.
 * A wrong value fails the build with a message that says how to fix it.
 */
export const SalesKitConfigSchema = () =>
	z.strictObject({
		/** The kit's name, in the header and the browser tab. Default: "Sales kit". */
		siteName: z.string().trim().min(1, 'must not be empty').default('Sales kit'),
		/** The name in Chinese, if it differs. Default: `siteName`. */
		siteNameZh: z.string().trim().min(1, 'must not be empty').optional(),
		/**
		 * A logo in `public/`, as its path from the site root, e.g. "/logo.svg". Shown in the header
		 * at 32 px high. Default: none, the site name only.
		 */
		logo: z
			.string()
			.regex(
				/^\/[^?#]+\.(svg|png|jpg|jpeg|webp)$/i,
				'must be a path in public/ starting with "/", e.g. "/logo.svg" (svg, png, jpg or webp)',
			)
			.optional(),
		/**
		 * The edit address of the content folder in the kit's repository, e.g.
		 * "https://github.com/contoso/sales-kit/edit/main/content/". Each offer page then links to
		 * its `offers/<slug>/index.mdx` under it ("Edit this offer"). Default: no edit link.
		 */
		editUrl: z
			.string()
			.trim()
			.refine(isEditAddress, 'must be an https address without ? or #, e.g. "https://github.com/contoso/sales-kit/edit/main/content/"')
			.transform(withTrailingSlash)
			.optional(),
		/** The brand colour as #rrggbb, used for the header, links and buttons. Default: #0f6cbd. */
		brandColor: z
			.string()
			.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. "#0f6cbd"')
			.default('#0f6cbd')
			.transform((value) => value.toLowerCase()),
		/** The language of pages at the root and of offer files without `lang`. Default: "en". */
		defaultLocale: z.enum(LOCALES, { error: `must be one of ${LOCALES.map((l) => `"${l}"`).join(', ')}` }).default(DEFAULT_LOCALE),
		/** Page size of the generated one-pagers: "A4" (default) or "Letter" (US Letter). */
		pdfPageSize: z.enum(PAGE_SIZE_NAMES, { error: `must be ${PAGE_SIZE_NAMES.map((name) => `"${name}"`).join(' or ')}` }).default('A4'),
		/**
		 * Where the kit is published: the https address of its home page, base path included, e.g.
		 * "https://partners.contoso.example/kit/". A one-pager of an offer without a landing page
		 * then carries a QR code of the offer's page in the kit. Default: none.
		 */
		site: z
			.string()
			.transform((value, ctx) => {
				const address = kitSiteAddress(value);
				if (address) return address;
				ctx.addIssue({
					code: 'custom',
					message: `must be the https address of the kit's home page, base path included, e.g. "https://partners.contoso.example/kit/", found "${value}"`,
				});
				return z.NEVER;
			})
			.optional(),
		/**
		 * Let search engines index the site. Default false: the pages name partner staff with their
		 * email addresses, so every page says `noindex, nofollow` and the site ships a robots.txt
		 * that disallows everything. True leaves both out (add your own robots.txt to public/).
		 */
		indexable: z.boolean({ error: 'must be true or false' }).default(false),
	});

function isEditAddress(value: string): boolean {
	if (!URL.canParse(value)) return false;
	const url = new URL(value);
	return url.protocol === 'https:' && url.search === '' && url.hash === '' && !value.includes('?') && !value.includes('#');
}

export type SalesKitUserConfig = z.input<ReturnType<typeof SalesKitConfigSchema>>;
export type SalesKitConfig = z.output<ReturnType<typeof SalesKitConfigSchema>>;

/** Validates the options of `salesKit()`; throws an error listing every wrong option. */
export function parseSalesKitConfig(options: unknown): SalesKitConfig {
	const result = SalesKitConfigSchema().safeParse(options ?? {}, { error: problemMessages });
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : formatPath(issue.path);
		return `- ${field}: ${issue.code === 'unrecognized_keys' ? 'is not an option of salesKit()' : issue.message}`;
	});
	throw new AstroError(
		`Invalid salesKit() options in astro.config.mjs:\n${lines.join('\n')}`,
		`Fix the options of salesKit() in astro.config.mjs. The options are ${Object.keys(SalesKitConfigSchema().shape).join(', ')} (see the README).`,
	);
}

// The fixed vocabulary of Partner Center's co-sell tab (commercial-marketplace-co-sell.md).
// What the docs never published (platforms, solution areas) lives in the taxonomy instead.

/** A vocabulary term and the other spellings that mean it. */
export interface Term {
	readonly name: string;
	readonly aliases?: readonly string[];
}

/** Solution (offer) types; the 2020 labels "Device (hardware)" and "IP (application)" are aliases. */
export const SOLUTION_TYPES = [
	{ name: 'Device', aliases: ['Device (hardware)'] },
	{ name: 'IP', aliases: ['IP (application)'] },
	{ name: 'Service' },
	{ name: 'Managed Service' },
] as const satisfies readonly Term[];
export type SolutionType = (typeof SOLUTION_TYPES)[number]['name'];

/** Contact roles, exactly as Partner Center's contacts template spells them. */
export const CONTACT_ROLES = ['Partner marketing', 'Partner sales', 'Partner technical sales', 'Partner customer success manager'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** The role whose coverage makes an offer co-sell ready in a country (co-sell-requirements.md). */
export const SALES_ROLE: ContactRole = 'Partner sales';

/** The built-in one-pager templates (Microsoft's four); "office-365" was renamed "microsoft-365" in 2020. */
export const BUILT_IN_TEMPLATES = [
	{ name: 'azure' },
	{ name: 'dynamics-365' },
	{ name: 'microsoft-365', aliases: ['office-365'] },
	{ name: 'windows' },
] as const satisfies readonly Term[];

/** Document slots of the co-sell tab, in Partner Center's order. */
export const DOCUMENT_SLOTS = [
	'onePager',
	'customerPresentation',
	'caseStudy',
	'customerWins',
	'channelPitchDeck',
	'referenceArchitecture',
] as const;
export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number];

/** Partner Center caps "other documents" at five documents or videos. */
export const MAX_OTHER_DOCUMENTS = 5;

/** File types Partner Center accepted for co-sell documents (stated 2021). */
export const ACCEPTED_DOCUMENT_EXTENSIONS = ['.pdf', '.ppt', '.pptx', '.doc', '.docx', '.xls', '.xlsx', '.jpg', '.png', '.mp4'] as const;

/** No limit is documented; [decision] warn above 25 MB, a size mail and browsers still handle. */
export const DOCUMENT_SIZE_WARNING_BYTES = 25 * 1024 * 1024;

/** Solution areas: 1 to 3, each with 1 to 2 sub-areas (commercial-marketplace-co-sell.md). */
export const MAX_SOLUTION_AREAS = 3;
export const MAX_SUB_AREAS = 2;

/** The one-pager lists at most six benefits: what fits its template. */
export const MAX_BENEFITS = 6;

/** Languages the kit is written in; an offer file's `lang` and translation suffix use these. */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for `<html lang>`, `Intl` and PDFs. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };
export const DEFAULT_LOCALE: Locale = 'en';

/** Resolves a term or one of its aliases, ignoring case and surrounding spaces. */
export function resolveTerm(terms: readonly Term[], input: string): string | undefined {
	const wanted = input.trim().toLowerCase();
	for (const term of terms) {
		if (term.name.toLowerCase() === wanted) return term.name;
		if (term.aliases?.some((alias) => alias.toLowerCase() === wanted)) return term.name;
	}
	return undefined;
}

/** Every spelling a user may write: names and aliases, for "did you mean" suggestions. */
export function spellings(terms: readonly Term[]): string[] {
	return terms.flatMap((term) => [term.name, ...(term.aliases ?? [])]);
}

// Offers for one-pager tests, built from frontmatter objects and contacts CSV text the way
// loadKit builds them from files.
import { parseContactsCsv } from '../../src/domain/contacts-csv.ts';
import { OfferSchema, TranslationSchema } from '../../src/domain/offer-schema.ts';
import { DEFAULT_TAXONOMY } from '../../src/domain/taxonomy.ts';
import type { Locale } from '../../src/domain/vocabulary.ts';
import type { OfferSource } from '../../src/pdf/content.ts';

export const CONTACTS_HEADER = 'Name,Email,Job title,Role,Countries/Regions,States/Provinces';

export interface TestOffer {
	slug?: string;
	frontmatter: Record<string, unknown>;
	translations?: Partial<Record<Locale, Record<string, unknown>>>;
	/** Contact rows without the header. */
	contacts?: string[];
}

export function testOffer({ slug = 'test-offer', frontmatter, translations = {}, contacts = [] }: TestOffer): OfferSource {
	const dir = `/kit/offers/${slug}`;
	const csv = parseContactsCsv([CONTACTS_HEADER, ...contacts].join('\n'), { mode: 'strict' });
	if (csv.problems.length > 0) throw new Error(`bad test contacts: ${JSON.stringify(csv.problems)}`);
	return {
		slug,
		dir,
		path: `${dir}/index.mdx`,
		data: OfferSchema({ taxonomy: DEFAULT_TAXONOMY }).parse(frontmatter),
		translations: Object.entries(translations).map(([lang, data]) => ({
			lang: lang as Locale,
			path: `${dir}/index.${lang}.mdx`,
			data: TranslationSchema().parse(data),
		})),
		contacts: csv.contacts,
	};
}

export const BASE_FRONTMATTER = {
	title: 'Contoso Retail Insights',
	summary: 'Store-level demand forecasting on Azure that cuts out-of-stocks by 20 to 30%.',
	publisher: 'Contoso Ltd.',
	solutionType: 'IP',
	platforms: ['Azure', 'Power Platform'],
	segments: ['Enterprise'],
	solutionAreas: [{ area: 'Data and AI', subAreas: ['Analytics'] }],
	markets: ['US', 'CA'],
	landingPage: 'https://contoso.example/retail',
	onePager: {
		template: 'azure',
		headline: 'Know what every store will sell next week',
		benefits: ['Fewer out-of-stocks', 'Daily forecasts'],
	},
};

export const BASE_CONTACTS = [
	'Ava Reyes,ava@contoso.example,Account executive,Partner sales,"US, CA",',
	'Li Wei,li.wei@contoso.example,Marketing lead,Partner marketing,OOO,',
];

/** Text of `words` words, for fields that must be too long. */
export function longText(words: number, word = 'forecast'): string {
	return Array.from({ length: words }, (_, index) => `${word}${index}`).join(' ');
}

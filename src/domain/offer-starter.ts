// The index.mdx of a new offer (`npm run new`): a document a partner fills in. Every field has a
// comment, placeholders are valid values, and the offer starts as a draft, so it passes
// `npm run validate` (with readiness warnings) and stays off the site until it is filled in.
import { stringify } from 'yaml';
import { STARTER_TEXT, type StarterVocabulary } from './offer-starter-text.ts';
import type { Taxonomy } from './taxonomy.ts';
import { BUILT_IN_TEMPLATES, LOCALES, type Locale, SOLUTION_TYPES, type SolutionType, type Term } from './vocabulary.ts';

export interface OfferStarterOptions {
	slug: string;
	solutionType: SolutionType;
	/** A one-pager template name, as the schema resolves it. */
	template: string;
	/** The templates to list in the comment. Default: the four built-in ones. */
	templates?: readonly Term[];
	lang: Locale;
	/** The kit's vocabulary, which the comments quote. */
	taxonomy: Taxonomy;
}

/** Trailing comments start after this many columns, as in the README's example. */
const COMMENT_COLUMN = 40;

/** "contoso-retail-insights" becomes "Contoso Retail Insights": the title placeholder. */
export function titleFromSlug(slug: string): string {
	return slug
		.split('-')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

export function renderOfferStarter({
	slug,
	solutionType,
	template,
	lang,
	taxonomy,
	templates = BUILT_IN_TEMPLATES,
}: OfferStarterOptions): string {
	const text = STARTER_TEXT[lang](vocabularyOf(taxonomy, templates));
	const c = text.comments;
	const area = taxonomy.solutionAreas[0];
	const areaExample: [string][] = area ? [[`#   - area: ${area.name}`], [`#     subAreas: [${area.subAreas[0] ?? ''}]`]] : [];
	const lines: [yaml: string, comment?: string][] = [
		['---'],
		...text.intro.map((line): [string] => [`# ${line}`]),
		[`title: ${scalar(titleFromSlug(slug))}`, c.title],
		[`summary: ${scalar(text.placeholders.summary)}`, c.summary],
		[`publisher: ${scalar(text.placeholders.publisher)}`, c.publisher],
		[`lang: ${lang}`, c.lang],
		['draft: true', c.draft],
		[`solutionType: ${solutionType}`, c.solutionType],
		['platforms: []', c.platforms],
		['segments: []', c.segments],
		['solutionAreas: []', c.solutionAreas],
		...areaExample,
		['markets: []', c.markets],
		['# landingPage: https://www.example.com/your-offer', c.landingPage],
		['onePager:', c.onePager],
		[`  template: ${template}`, c.template],
		[`  # headline: ${text.placeholders.headline}`, c.headline],
		['  # logo: documents/logo.png', c.logo],
		['  benefits: []', c.benefits],
		['documents:', c.documents],
		['  # onePager: documents/one-pager.pdf', c.documentOnePager],
		['  # customerPresentation: documents/pitch.pptx', c.customerPresentation],
		['  # caseStudy: documents/case-study.pdf', c.caseStudy],
		['  # customerWins: documents/customer-wins.pdf', c.customerWins],
		['  # channelPitchDeck: documents/channel-pitch.pptx', c.channelPitchDeck],
		['  # referenceArchitecture: documents/architecture.png', c.referenceArchitecture],
		['  other: []', c.other],
		['prerequisites:', c.prerequisites],
		['  # mpnId: "1234567"', c.mpnId],
		['  businessProfileComplete: false', c.businessProfileComplete],
		['  live: false', c.live],
		['  goldCompetency: false', c.goldCompetency],
		['  isvConnect: false', c.isvConnect],
		['  # azureConsumedRevenueUsd: 100000', c.azureConsumedRevenueUsd],
		['  technicalValidation: false', c.technicalValidation],
		['---'],
	];
	return `${lines.map(([yaml, comment]) => withComment(yaml, comment)).join('\n')}\n\n${text.body}`;
}

/** A line with its comment at `COMMENT_COLUMN`, or two spaces after a longer line (as in the README). */
function withComment(yaml: string, comment: string | undefined): string {
	if (comment === undefined) return yaml;
	return `${yaml}${' '.repeat(Math.max(2, COMMENT_COLUMN - displayWidth(yaml)))}# ${comment}`;
}

/** Columns a line takes in an editor: Chinese characters and full-width punctuation take two. */
function displayWidth(line: string): number {
	return [...line].reduce(
		(width, char) =>
			width + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1),
		0,
	);
}

function vocabularyOf(taxonomy: Taxonomy, templates: readonly Term[]): StarterVocabulary {
	const choices = (terms: readonly Term[]) => terms.map((term) => term.name).join(' | ');
	return {
		solutionTypes: choices(SOLUTION_TYPES),
		templates: templates.map((term) => [term.name, ...(term.aliases ?? []).map((alias) => `(or ${alias})`)].join(' ')).join(' | '),
		languages: LOCALES.join(' | '),
		platforms: taxonomy.platforms.map((term) => term.name).join(', '),
		segments: choices(taxonomy.segments),
		firstPlatform: taxonomy.platforms[0]?.name ?? '',
		firstSegment: taxonomy.segments[0]?.name ?? '',
	};
}

/** A YAML scalar: plain when it reads back as the same string, quoted otherwise ("123", "true"). */
function scalar(value: string): string {
	return stringify(value, { lineWidth: 0 }).trimEnd();
}

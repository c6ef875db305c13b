import { z } from 'astro/zod';
import { fields, list, text } from './schema-kit.ts';
import type { Locale, Term } from './vocabulary.ts';

/** A solution area and the sub-areas an offer may pick under it. */
export interface SolutionArea {
	readonly name: string;
	readonly subAreas: readonly string[];
}

/** The kinds of term a taxonomy lists. */
export type TaxonomyKind = 'platform' | 'segment' | 'solutionArea' | 'subArea';

/** A term's names in languages other than English, as `taxonomy.yaml` gives them (`zh-cn: 零售分析`). */
export type LocalNames = Partial<Record<Locale, string>>;

/** The user-editable vocabulary: what Partner Center never published as a list. */
export interface Taxonomy {
	readonly platforms: readonly Term[];
	readonly segments: readonly Term[];
	readonly solutionAreas: readonly SolutionArea[];
	/** The names `taxonomy.yaml` gives its terms in other languages, by kind and then by the term's name. */
	readonly names?: Readonly<Record<TaxonomyKind, Readonly<Record<string, LocalNames>>>>;
}

/** [decision] The default vocabulary; a `taxonomy.yaml` in the content folder replaces it. */
export const DEFAULT_TAXONOMY: Taxonomy = {
	platforms: [
		{ name: 'Azure' },
		// Aliases: the spellings and short forms partners write for the same platform.
		{ name: 'Dynamics 365', aliases: ['D365', 'Dynamics'] },
		{ name: 'Microsoft 365', aliases: ['Office 365', 'O365', 'M365'] },
		{ name: 'Power Platform', aliases: ['Power BI', 'PowerBI', 'Power Apps', 'PowerApps', 'Power Automate'] },
		{ name: 'Windows' },
		{ name: 'Microsoft Teams' },
		{ name: 'SQL Server' },
		{ name: 'Surface' },
	],
	// Segment sizes from a 2019 draft of the co-sell docs: SMB under 500 employees,
	// Corporate under 2,500, Enterprise 2,500 and more.
	segments: [{ name: 'SMB' }, { name: 'Corporate' }, { name: 'Enterprise' }],
	solutionAreas: [
		{
			name: 'Apps and Infrastructure',
			subAreas: ['Cloud migration', 'Cloud-native apps', 'DevOps', 'SAP on Azure', 'Hybrid cloud'],
		},
		{
			name: 'Data and AI',
			subAreas: ['Analytics', 'AI and machine learning', 'Internet of Things', 'Data modernization'],
		},
		{
			name: 'Business Applications',
			subAreas: ['Sales', 'Customer service', 'Finance and operations', 'Power Platform apps'],
		},
		{ name: 'Modern Workplace', subAreas: ['Teamwork', 'Modern desktop', 'Frontline workers', 'Compliance'] },
		{
			name: 'Security',
			subAreas: ['Identity and access', 'Threat protection', 'Information protection', 'Cloud security'],
		},
	],
	// The default terms' Chinese names ship with the kit: src/domain/term-names.ts.
};

/** Names in other languages, beside a term's name: `zh-cn: 零售分析`. */
const localNameFields = {
	/** The term's Simplified Chinese name, printed on Chinese pages and one-pagers. */
	'zh-cn': text().optional(),
};

/** A plain name stands for `{ name }`. */
const named = (value: unknown) => (typeof value === 'string' ? { name: value } : value);
const nameOf = (item: unknown) => (item as { name?: unknown } | undefined)?.name;

/** A term written as a plain name, or as `{ name, aliases, zh-cn }`. */
const TermSchema = z.preprocess(
	named,
	fields({
		/** The canonical name, shown on the site. */
		name: text(),
		/** Other spellings that mean the same term, e.g. an old product name. */
		aliases: z.array(text()).default([]),
		...localNameFields,
	}),
);

const TermListSchema = (what: string) => list(TermSchema, { unique: what, keyOf: nameOf }).min(1, `must list at least one ${what}`);

/** A sub-area written as a plain name, or as `{ name, zh-cn }`. */
const SubAreaSchema = z.preprocess(named, fields({ name: text(), ...localNameFields }));

type WithLocalNames = { name: string } & { [Key in keyof typeof localNameFields]?: string };

/** The local names of the terms that have some, by name: `{ 'Retail stores': { 'zh-cn': '零售门店' } }`. */
function localNamesOf(terms: readonly WithLocalNames[] | undefined): Record<string, LocalNames> {
	return Object.fromEntries(
		(terms ?? []).flatMap((term) => (term['zh-cn'] === undefined ? [] : [[term.name, { 'zh-cn': term['zh-cn'] }]])),
	);
}

/**
 * `taxonomy.yaml`: every key is optional; a missing key keeps its default list.
 */
export const TaxonomySchema = () =>
	fields({
		/** Microsoft platforms an offer may name in `platforms`. */
		platforms: TermListSchema('platform').optional(),
		/** Customer segments an offer may name in `segments`. Default: SMB, Corporate, Enterprise. */
		segments: TermListSchema('segment').optional(),
		/** Solution areas, each with the sub-areas an offer may pick under it. */
		solutionAreas: list(
			fields({
				name: text(),
				subAreas: list(SubAreaSchema, { unique: 'sub-area', keyOf: nameOf }).min(1, 'must list at least one sub-area'),
				...localNameFields,
			}),
			{ unique: 'solution area', keyOf: nameOf },
		)
			.min(1, 'must list at least one solution area')
			.optional(),
	}).transform((file): Taxonomy => {
		const names = {
			platform: localNamesOf(file.platforms),
			segment: localNamesOf(file.segments),
			solutionArea: localNamesOf(file.solutionAreas),
			subArea: localNamesOf(file.solutionAreas?.flatMap((area) => area.subAreas)),
		};
		return {
			platforms: file.platforms?.map(({ name, aliases }) => ({ name, aliases })) ?? DEFAULT_TAXONOMY.platforms,
			segments: file.segments?.map(({ name, aliases }) => ({ name, aliases })) ?? DEFAULT_TAXONOMY.segments,
			solutionAreas:
				file.solutionAreas?.map((area) => ({ name: area.name, subAreas: area.subAreas.map((subArea) => subArea.name) })) ??
				DEFAULT_TAXONOMY.solutionAreas,
			...(Object.values(names).some((byName) => Object.keys(byName).length > 0) ? { names } : {}),
		};
	});

import { z } from 'astro/zod';
import { fields, list, text } from './schema-kit.ts';
import type { Term } from './vocabulary.ts';

/** A solution area and the sub-areas an offer may pick under it. */
export interface SolutionArea {
	readonly name: string;
	readonly subAreas: readonly string[];
}

/** The user-editable vocabulary: what Partner Center never published as a list. */
export interface Taxonomy {
	readonly platforms: readonly Term[];
	readonly segments: readonly Term[];
	readonly solutionAreas: readonly SolutionArea[];
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
};

/** A term written as a plain name, or as `{ name, aliases }`. */
const TermSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { name: value } : value),
	fields({
		/** The canonical name, shown on the site. */
		name: text(),
		/** Other spellings that mean the same term, e.g. an old product name. */
		aliases: z.array(text()).default([]),
	}),
);

const TermListSchema = (what: string) =>
	list(TermSchema, { unique: what, keyOf: (term) => (term as Partial<Term> | undefined)?.name }).min(1, `must list at least one ${what}`);

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
				subAreas: list(text(), { unique: 'sub-area' }).min(1, 'must list at least one sub-area'),
			}),
			{ unique: 'solution area', keyOf: (area) => (area as { name?: unknown } | undefined)?.name },
		)
			.min(1, 'must list at least one solution area')
			.optional(),
	}).transform(
		(file): Taxonomy => ({
			platforms: file.platforms ?? DEFAULT_TAXONOMY.platforms,
			segments: file.segments ?? DEFAULT_TAXONOMY.segments,
			solutionAreas: file.solutionAreas ?? DEFAULT_TAXONOMY.solutionAreas,
		}),
	);

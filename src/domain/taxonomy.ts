import { z } from 'astro/zod';
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
		{ name: 'Dynamics 365' },
		{ name: 'Microsoft 365', aliases: ['Office 365'] },
		{ name: 'Power Platform' },
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

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** A term written as a plain name, or as `{ name, aliases }`. */
const TermSchema = z.union([
	nonEmptyText.transform((name): Term => ({ name })),
	z.strictObject({
		/** The canonical name, shown on the site. */
		name: nonEmptyText,
		/** Other spellings that mean the same term, e.g. an old product name. */
		aliases: z.array(nonEmptyText).default([]),
	}),
]);

function uniqueNames<T>(items: readonly T[], nameOf: (item: T) => string, ctx: z.RefinementCtx, what: string) {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		const key = nameOf(item).toLowerCase();
		if (seen.has(key)) {
			ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${nameOf(item)}": remove it` });
		}
		seen.add(key);
	});
}

const TermListSchema = (what: string) =>
	z
		.array(TermSchema)
		.min(1, `must list at least one ${what}`)
		.superRefine((terms, ctx) => uniqueNames(terms, (term) => term.name, ctx, what));

/**
 * `taxonomy.yaml`: every key is optional; a missing key keeps its default list.
 */
export const TaxonomySchema = () =>
	z
		.strictObject({
			/** Microsoft platforms an offer may name in `platforms`. */
			platforms: TermListSchema('platform').optional(),
			/** Customer segments an offer may name in `segments`. Default: SMB, Corporate, Enterprise. */
			segments: TermListSchema('segment').optional(),
			/** Solution areas, each with the sub-areas an offer may pick under it. */
			solutionAreas: z
				.array(
					z.strictObject({
						name: nonEmptyText,
						subAreas: z
							.array(nonEmptyText)
							.min(1, 'must list at least one sub-area')
							.superRefine((names, ctx) => uniqueNames(names, (name) => name, ctx, 'sub-area')),
					}),
				)
				.min(1, 'must list at least one solution area')
				.superRefine((areas, ctx) => uniqueNames(areas, (area) => area.name, ctx, 'solution area'))
				.optional(),
		})
		.transform(
			(file): Taxonomy => ({
				platforms: file.platforms ?? DEFAULT_TAXONOMY.platforms,
				segments: file.segments ?? DEFAULT_TAXONOMY.segments,
				solutionAreas: file.solutionAreas ?? DEFAULT_TAXONOMY.solutionAreas,
			}),
		);

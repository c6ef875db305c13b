// What every part of a page's layout reads: the content in one language, the template, the
// page's size and spacing, the line limits of this attempt, and the texts of the labels.

import { ALL_COUNTRIES } from '../domain/countries.ts';
import { countryName } from '../domain/country-names.ts';
import type { LabelKey, LineLimits, OnePagerTemplate } from '../domain/one-pager-template.ts';
import type { SolutionType } from '../domain/vocabulary.ts';
import type { OnePagerContent } from './content.ts';
import type { Spacing } from './layout-page.ts';
import type { PageText } from './layout-text.ts';

export interface PageContext {
	readonly content: OnePagerContent;
	readonly template: OnePagerTemplate;
	readonly text: PageText;
	readonly width: number;
	readonly height: number;
	readonly limits: LineLimits;
	readonly space: Spacing;
	readonly labels: Record<LabelKey, string>;
	readonly colors: OnePagerTemplate['colors'];
	/** The width between the margins. */
	readonly contentWidth: number;
	/** Between the items of a list: `, ` or `、`. */
	readonly separator: string;
}

const SOLUTION_TYPE_LABELS: Record<SolutionType, LabelKey> = {
	Device: 'device',
	IP: 'ip',
	Service: 'service',
	'Managed Service': 'managedService',
};

/** The solution type as the labels of a language name it. */
export function solutionTypeLabel(labels: Record<LabelKey, string>, type: string): string {
	const key = SOLUTION_TYPE_LABELS[type as SolutionType] as LabelKey | undefined;
	return key ? labels[key] : type;
}

/** Countries as the page names them: "all markets" for the world (OOO), else their names in the page's language and list punctuation. */
export function countriesText(page: PageContext, codes: readonly string[]): string {
	return codes.includes(ALL_COUNTRIES)
		? page.labels.allMarkets
		: codes.map((code) => countryName(code, page.content.locale)).join(page.separator);
}
